# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offer_status_note.ui'
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
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_StatusNoteDialog(object):
    def setupUi(self, StatusNoteDialog):
        if not StatusNoteDialog.objectName():
            StatusNoteDialog.setObjectName(u"StatusNoteDialog")
        StatusNoteDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(StatusNoteDialog)
        self.dialogLayout.setSpacing(0)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(0, 0, 0, 0)
        self.contentLayout = QVBoxLayout()
        self.contentLayout.setSpacing(8)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(24, 20, 24, 12)
        self.headline = QLabel(StatusNoteDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"Withdraw the offer?")
        self.headline.setProperty(u"kind", u"headline")

        self.contentLayout.addWidget(self.headline)

        self.body = QLabel(StatusNoteDialog)
        self.body.setObjectName(u"body")
        self.body.setText(u"")
        self.body.setWordWrap(True)
        self.body.setProperty(u"kind", u"hint")

        self.contentLayout.addWidget(self.body)

        self.noteLabel = QLabel(StatusNoteDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"&Why")

        self.contentLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(StatusNoteDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 90))

        self.contentLayout.addWidget(self.noteEdit)

        self.errorLabel = QLabel(StatusNoteDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"kind", u"fieldError")

        self.contentLayout.addWidget(self.errorLabel)


        self.dialogLayout.addLayout(self.contentLayout)

        self.footer = QFrame(StatusNoteDialog)
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
        self.okButton.setText(u"OK")
        self.okButton.setProperty(u"kind", u"primary")

        self.footerLayout.addWidget(self.okButton)


        self.dialogLayout.addWidget(self.footer)

        self.dialogLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.noteEdit, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(StatusNoteDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, StatusNoteDialog):
        StatusNoteDialog.setWindowTitle(QCoreApplication.translate("StatusNoteDialog", u"Offer", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("StatusNoteDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("StatusNoteDialog", u"Cancel", None))
    # retranslateUi

