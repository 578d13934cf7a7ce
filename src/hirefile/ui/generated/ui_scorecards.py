# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scorecards.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QFrame, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ScorecardsDialog(object):
    def setupUi(self, ScorecardsDialog):
        if not ScorecardsDialog.objectName():
            ScorecardsDialog.setObjectName(u"ScorecardsDialog")
        ScorecardsDialog.resize(860, 760)
        ScorecardsDialog.setMinimumSize(QSize(740, 480))
        self.dialogLayout = QVBoxLayout(ScorecardsDialog)
        self.dialogLayout.setSpacing(0)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(0, 0, 0, 0)
        self.headerBox = QWidget(ScorecardsDialog)
        self.headerBox.setObjectName(u"headerBox")
        self.headerLayout = QVBoxLayout(self.headerBox)
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(24, 18, 24, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.headerRow.setContentsMargins(0, 0, 0, 0)
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLayout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel(self.headerBox)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"")
        self.headline.setWordWrap(True)
        self.headline.setProperty(u"kind", u"headline")

        self.titleLayout.addWidget(self.headline)

        self.subtitle = QLabel(self.headerBox)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setText(u"")
        self.subtitle.setWordWrap(True)
        self.subtitle.setProperty(u"kind", u"subtitle")

        self.titleLayout.addWidget(self.subtitle)


        self.headerRow.addLayout(self.titleLayout)

        self.statusChip = QLabel(self.headerBox)
        self.statusChip.setObjectName(u"statusChip")
        self.statusChip.setText(u"")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusChip.sizePolicy().hasHeightForWidth())
        self.statusChip.setSizePolicy(sizePolicy)

        self.headerRow.addWidget(self.statusChip)

        self.headerRow.setStretch(0, 1)

        self.headerLayout.addLayout(self.headerRow)


        self.dialogLayout.addWidget(self.headerBox)

        self.bannerBox = QWidget(ScorecardsDialog)
        self.bannerBox.setObjectName(u"bannerBox")
        self.bannerLayout = QVBoxLayout(self.bannerBox)
        self.bannerLayout.setSpacing(6)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(24, 0, 24, 6)
        self.sealedBanner = QFrame(self.bannerBox)
        self.sealedBanner.setObjectName(u"sealedBanner")
        self.sealedBanner.setVisible(False)
        self.sealedLayout = QHBoxLayout(self.sealedBanner)
        self.sealedLayout.setSpacing(8)
        self.sealedLayout.setObjectName(u"sealedLayout")
        self.sealedLayout.setContentsMargins(12, 8, 12, 8)
        self.sealedText = QLabel(self.sealedBanner)
        self.sealedText.setObjectName(u"sealedText")
        self.sealedText.setText(u"")
        self.sealedText.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.sealedText.sizePolicy().hasHeightForWidth())
        self.sealedText.setSizePolicy(sizePolicy1)

        self.sealedLayout.addWidget(self.sealedText)


        self.bannerLayout.addWidget(self.sealedBanner)


        self.dialogLayout.addWidget(self.bannerBox)

        self.scroll = QScrollArea(ScorecardsDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollHost = QWidget()
        self.scrollHost.setObjectName(u"scrollHost")
        self.scrollLayout = QVBoxLayout(self.scrollHost)
        self.scrollLayout.setSpacing(8)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.scrollLayout.setContentsMargins(24, 12, 24, 18)
        self.cardsHost = QWidget(self.scrollHost)
        self.cardsHost.setObjectName(u"cardsHost")
        self.cardsHostLayout = QVBoxLayout(self.cardsHost)
        self.cardsHostLayout.setSpacing(12)
        self.cardsHostLayout.setObjectName(u"cardsHostLayout")
        self.cardsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.scrollLayout.addWidget(self.cardsHost)

        self.scrollSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scrollLayout.addItem(self.scrollSpacer)

        self.scroll.setWidget(self.scrollHost)

        self.dialogLayout.addWidget(self.scroll)

        self.footer = QFrame(ScorecardsDialog)
        self.footer.setObjectName(u"footer")
        self.footerLayout = QHBoxLayout(self.footer)
        self.footerLayout.setSpacing(8)
        self.footerLayout.setObjectName(u"footerLayout")
        self.footerLayout.setContentsMargins(24, 10, 24, 10)
        self.messageLabel = QLabel(self.footer)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"kind", u"fieldError")
        sizePolicy1.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy1)

        self.footerLayout.addWidget(self.messageLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.writeButton = QPushButton(self.footer)
        self.writeButton.setObjectName(u"writeButton")
        self.writeButton.setProperty(u"kind", u"tool")

        self.footerLayout.addWidget(self.writeButton)

        self.closeButton = QPushButton(self.footer)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setProperty(u"kind", u"primary")

        self.footerLayout.addWidget(self.closeButton)


        self.dialogLayout.addWidget(self.footer)

        QWidget.setTabOrder(self.scroll, self.writeButton)
        QWidget.setTabOrder(self.writeButton, self.closeButton)

        self.retranslateUi(ScorecardsDialog)
    # setupUi

    def retranslateUi(self, ScorecardsDialog):
        ScorecardsDialog.setWindowTitle(QCoreApplication.translate("ScorecardsDialog", u"Feedback", None))
        self.writeButton.setText(QCoreApplication.translate("ScorecardsDialog", u"&Write your scorecard\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ScorecardsDialog", u"Close", None))
    # retranslateUi

