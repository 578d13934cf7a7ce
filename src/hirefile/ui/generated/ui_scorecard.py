# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scorecard.ui'
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
    QLabel, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ScorecardDialog(object):
    def setupUi(self, ScorecardDialog):
        if not ScorecardDialog.objectName():
            ScorecardDialog.setObjectName(u"ScorecardDialog")
        ScorecardDialog.resize(920, 860)
        ScorecardDialog.setMinimumSize(QSize(800, 480))
        self.dialogLayout = QVBoxLayout(ScorecardDialog)
        self.dialogLayout.setSpacing(0)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(0, 0, 0, 0)
        self.headerBox = QWidget(ScorecardDialog)
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

        self.bannerBox = QWidget(ScorecardDialog)
        self.bannerBox.setObjectName(u"bannerBox")
        self.bannerLayout = QVBoxLayout(self.bannerBox)
        self.bannerLayout.setSpacing(6)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(24, 0, 24, 6)
        self.doneBanner = QFrame(self.bannerBox)
        self.doneBanner.setObjectName(u"doneBanner")
        self.doneBanner.setVisible(False)
        self.doneLayout = QHBoxLayout(self.doneBanner)
        self.doneLayout.setSpacing(8)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLayout.setContentsMargins(12, 8, 12, 8)
        self.doneText = QLabel(self.doneBanner)
        self.doneText.setObjectName(u"doneText")
        self.doneText.setText(u"")
        self.doneText.setWordWrap(True)

        self.doneLayout.addWidget(self.doneText)


        self.bannerLayout.addWidget(self.doneBanner)


        self.dialogLayout.addWidget(self.bannerBox)

        self.scroll = QScrollArea(ScorecardDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollHost = QWidget()
        self.scrollHost.setObjectName(u"scrollHost")
        self.scrollLayout = QVBoxLayout(self.scrollHost)
        self.scrollLayout.setSpacing(8)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.scrollLayout.setContentsMargins(24, 12, 24, 18)
        self.ratingsTitle = QLabel(self.scrollHost)
        self.ratingsTitle.setObjectName(u"ratingsTitle")
        self.ratingsTitle.setProperty(u"kind", u"sectionTitle")
        self.ratingsTitle.setIndent(0)

        self.scrollLayout.addWidget(self.ratingsTitle)

        self.ratingsHint = QLabel(self.scrollHost)
        self.ratingsHint.setObjectName(u"ratingsHint")
        self.ratingsHint.setWordWrap(True)
        self.ratingsHint.setProperty(u"kind", u"hint")

        self.scrollLayout.addWidget(self.ratingsHint)

        self.ratingsError = QLabel(self.scrollHost)
        self.ratingsError.setObjectName(u"ratingsError")
        self.ratingsError.setText(u"")
        self.ratingsError.setWordWrap(True)
        self.ratingsError.setProperty(u"kind", u"fieldError")
        self.ratingsError.setVisible(False)

        self.scrollLayout.addWidget(self.ratingsError)

        self.ratingsHost = QWidget(self.scrollHost)
        self.ratingsHost.setObjectName(u"ratingsHost")
        self.ratingsHostLayout = QVBoxLayout(self.ratingsHost)
        self.ratingsHostLayout.setSpacing(10)
        self.ratingsHostLayout.setObjectName(u"ratingsHostLayout")
        self.ratingsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.scrollLayout.addWidget(self.ratingsHost)

        self.questionsTitle = QLabel(self.scrollHost)
        self.questionsTitle.setObjectName(u"questionsTitle")
        self.questionsTitle.setProperty(u"kind", u"sectionTitle")
        self.questionsTitle.setIndent(0)

        self.scrollLayout.addWidget(self.questionsTitle)

        self.questionsHost = QWidget(self.scrollHost)
        self.questionsHost.setObjectName(u"questionsHost")
        self.questionsHostLayout = QVBoxLayout(self.questionsHost)
        self.questionsHostLayout.setSpacing(8)
        self.questionsHostLayout.setObjectName(u"questionsHostLayout")
        self.questionsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.scrollLayout.addWidget(self.questionsHost)

        self.recommendationTitle = QLabel(self.scrollHost)
        self.recommendationTitle.setObjectName(u"recommendationTitle")
        self.recommendationTitle.setProperty(u"kind", u"sectionTitle")
        self.recommendationTitle.setIndent(0)

        self.scrollLayout.addWidget(self.recommendationTitle)

        self.recommendationHint = QLabel(self.scrollHost)
        self.recommendationHint.setObjectName(u"recommendationHint")
        self.recommendationHint.setWordWrap(True)
        self.recommendationHint.setProperty(u"kind", u"hint")

        self.scrollLayout.addWidget(self.recommendationHint)

        self.recommendationHost = QWidget(self.scrollHost)
        self.recommendationHost.setObjectName(u"recommendationHost")
        self.recommendationHostLayout = QVBoxLayout(self.recommendationHost)
        self.recommendationHostLayout.setSpacing(4)
        self.recommendationHostLayout.setObjectName(u"recommendationHostLayout")
        self.recommendationHostLayout.setContentsMargins(0, 0, 0, 0)

        self.scrollLayout.addWidget(self.recommendationHost)

        self.recommendationError = QLabel(self.scrollHost)
        self.recommendationError.setObjectName(u"recommendationError")
        self.recommendationError.setText(u"")
        self.recommendationError.setWordWrap(True)
        self.recommendationError.setProperty(u"kind", u"fieldError")
        self.recommendationError.setVisible(False)

        self.scrollLayout.addWidget(self.recommendationError)

        self.takeawaysTitle = QLabel(self.scrollHost)
        self.takeawaysTitle.setObjectName(u"takeawaysTitle")
        self.takeawaysTitle.setProperty(u"kind", u"sectionTitle")
        self.takeawaysTitle.setIndent(0)

        self.scrollLayout.addWidget(self.takeawaysTitle)

        self.takeawaysEdit = QPlainTextEdit(self.scrollHost)
        self.takeawaysEdit.setObjectName(u"takeawaysEdit")
        self.takeawaysEdit.setTabChangesFocus(True)
        self.takeawaysEdit.setMinimumSize(QSize(0, 64))
        self.takeawaysEdit.setMaximumSize(QSize(16777215, 96))

        self.scrollLayout.addWidget(self.takeawaysEdit)

        self.privateRow = QHBoxLayout()
        self.privateRow.setSpacing(10)
        self.privateRow.setObjectName(u"privateRow")
        self.privateRow.setContentsMargins(0, 0, 0, 0)
        self.privateTitle = QLabel(self.scrollHost)
        self.privateTitle.setObjectName(u"privateTitle")
        self.privateTitle.setProperty(u"kind", u"sectionTitle")
        self.privateTitle.setIndent(0)

        self.privateRow.addWidget(self.privateTitle)

        self.privateHint = QLabel(self.scrollHost)
        self.privateHint.setObjectName(u"privateHint")
        self.privateHint.setProperty(u"kind", u"private")

        self.privateRow.addWidget(self.privateHint)

        self.privateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.privateRow.addItem(self.privateSpacer)


        self.scrollLayout.addLayout(self.privateRow)

        self.privateEdit = QPlainTextEdit(self.scrollHost)
        self.privateEdit.setObjectName(u"privateEdit")
        self.privateEdit.setTabChangesFocus(True)
        self.privateEdit.setMinimumSize(QSize(0, 52))
        self.privateEdit.setMaximumSize(QSize(16777215, 80))

        self.scrollLayout.addWidget(self.privateEdit)

        self.scrollSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scrollLayout.addItem(self.scrollSpacer)

        self.scroll.setWidget(self.scrollHost)

        self.dialogLayout.addWidget(self.scroll)

        self.footer = QFrame(ScorecardDialog)
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
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy1)

        self.footerLayout.addWidget(self.messageLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.closeButton = QPushButton(self.footer)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setProperty(u"kind", u"tool")

        self.footerLayout.addWidget(self.closeButton)

        self.saveButton = QPushButton(self.footer)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"kind", u"tool")

        self.footerLayout.addWidget(self.saveButton)

        self.submitButton = QPushButton(self.footer)
        self.submitButton.setObjectName(u"submitButton")
        self.submitButton.setProperty(u"kind", u"primary")

        self.footerLayout.addWidget(self.submitButton)


        self.dialogLayout.addWidget(self.footer)

        QWidget.setTabOrder(self.scroll, self.takeawaysEdit)
        QWidget.setTabOrder(self.takeawaysEdit, self.privateEdit)
        QWidget.setTabOrder(self.privateEdit, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.submitButton)

        self.retranslateUi(ScorecardDialog)
    # setupUi

    def retranslateUi(self, ScorecardDialog):
        ScorecardDialog.setWindowTitle(QCoreApplication.translate("ScorecardDialog", u"Scorecard", None))
        self.ratingsTitle.setText(QCoreApplication.translate("ScorecardDialog", u"Ratings", None))
        self.ratingsHint.setText(QCoreApplication.translate("ScorecardDialog", u"Rate each axis this interview covers and write the evidence: what the candidate said or did. Keys 1\u20134 choose Strong no \u2026 Strong yes, 0 means not assessed.", None))
        self.questionsTitle.setText(QCoreApplication.translate("ScorecardDialog", u"Questions", None))
        self.recommendationTitle.setText(QCoreApplication.translate("ScorecardDialog", u"Overall recommendation", None))
        self.recommendationHint.setText(QCoreApplication.translate("ScorecardDialog", u"Would you hire this person for this role, from what you saw?", None))
        self.takeawaysTitle.setText(QCoreApplication.translate("ScorecardDialog", u"Key take-aways", None))
        self.takeawaysEdit.setPlaceholderText(QCoreApplication.translate("ScorecardDialog", u"Two or three sentences the debrief should hear", None))
#if QT_CONFIG(accessibility)
        self.takeawaysEdit.setAccessibleName(QCoreApplication.translate("ScorecardDialog", u"Key take-aways", None))
#endif // QT_CONFIG(accessibility)
        self.privateTitle.setText(QCoreApplication.translate("ScorecardDialog", u"Private note", None))
        self.privateHint.setText(QCoreApplication.translate("ScorecardDialog", u"only you see this", None))
        self.privateEdit.setPlaceholderText(QCoreApplication.translate("ScorecardDialog", u"For yourself: never shown to the others, never in the debrief", None))
#if QT_CONFIG(accessibility)
        self.privateEdit.setAccessibleName(QCoreApplication.translate("ScorecardDialog", u"Private note, only you see this", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("ScorecardDialog", u"Close", None))
        self.saveButton.setText(QCoreApplication.translate("ScorecardDialog", u"Save &draft", None))
        self.submitButton.setText(QCoreApplication.translate("ScorecardDialog", u"&Submit\u2026", None))
    # retranslateUi

