# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_packet.ui'
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
    QLabel, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PacketOptions(object):
    def setupUi(self, PacketOptions):
        if not PacketOptions.objectName():
            PacketOptions.setObjectName(u"PacketOptions")
        PacketOptions.resize(560, 340)
        self.dialogLayout = QVBoxLayout(PacketOptions)
        self.dialogLayout.setSpacing(0)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(0, 0, 0, 0)
        self.contentLayout = QVBoxLayout()
        self.contentLayout.setSpacing(8)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(24, 20, 24, 12)
        self.headline = QLabel(PacketOptions)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"Interview packet")
        self.headline.setProperty(u"kind", u"headline")

        self.contentLayout.addWidget(self.headline)

        self.intro = QLabel(PacketOptions)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"kind", u"hint")

        self.contentLayout.addWidget(self.intro)

        self.gap = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.contentLayout.addItem(self.gap)

        self.withoutRadio = QRadioButton(PacketOptions)
        self.withoutRadio.setObjectName(u"withoutRadio")
        self.withoutRadio.setChecked(True)

        self.contentLayout.addWidget(self.withoutRadio)

        self.withoutHint = QLabel(PacketOptions)
        self.withoutHint.setObjectName(u"withoutHint")
        self.withoutHint.setWordWrap(True)
        self.withoutHint.setProperty(u"kind", u"hint")
        self.withoutHint.setIndent(26)

        self.contentLayout.addWidget(self.withoutHint)

        self.withRadio = QRadioButton(PacketOptions)
        self.withRadio.setObjectName(u"withRadio")

        self.contentLayout.addWidget(self.withRadio)

        self.withHint = QLabel(PacketOptions)
        self.withHint.setObjectName(u"withHint")
        self.withHint.setWordWrap(True)
        self.withHint.setProperty(u"kind", u"hint")
        self.withHint.setIndent(26)

        self.contentLayout.addWidget(self.withHint)

        self.contentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.contentSpacer)


        self.dialogLayout.addLayout(self.contentLayout)

        self.footer = QFrame(PacketOptions)
        self.footer.setObjectName(u"footer")
        self.footerLayout = QHBoxLayout(self.footer)
        self.footerLayout.setSpacing(10)
        self.footerLayout.setObjectName(u"footerLayout")
        self.footerLayout.setContentsMargins(24, 12, 24, 12)
        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.cancelButton = QPushButton(self.footer)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)
        self.cancelButton.setProperty(u"kind", u"tool")

        self.footerLayout.addWidget(self.cancelButton)

        self.okButton = QPushButton(self.footer)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setProperty(u"kind", u"primary")

        self.footerLayout.addWidget(self.okButton)


        self.dialogLayout.addWidget(self.footer)

        self.dialogLayout.setStretch(0, 1)
        QWidget.setTabOrder(self.withoutRadio, self.withRadio)
        QWidget.setTabOrder(self.withRadio, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(PacketOptions)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PacketOptions):
        PacketOptions.setWindowTitle(QCoreApplication.translate("PacketOptions", u"Interview packet", None))
        self.intro.setText(QCoreApplication.translate("PacketOptions", u"The candidate and the role at a glance, the interview loop, and a printable scorecard for each interview.", None))
        self.withoutRadio.setText(QCoreApplication.translate("PacketOptions", u"&Leave others' feedback out", None))
        self.withoutHint.setText(QCoreApplication.translate("PacketOptions", u"For an interviewer who has yet to meet the candidate: reading others' scores first anchors their own judgement, so independent feedback needs a packet without them.", None))
        self.withRadio.setText(QCoreApplication.translate("PacketOptions", u"&Include others' submitted feedback", None))
        self.withHint.setText(QCoreApplication.translate("PacketOptions", u"For a cofounder reviewing the candidate, or for the debrief. Drafts are never included.", None))
        self.cancelButton.setText(QCoreApplication.translate("PacketOptions", u"Cancel", None))
        self.okButton.setText(QCoreApplication.translate("PacketOptions", u"Save packet\u2026", None))
    # retranslateUi

