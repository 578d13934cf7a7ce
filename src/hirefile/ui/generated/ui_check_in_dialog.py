# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_in_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from hirefile.ui.common import (DateEdit, OptionalDateEdit)

class Ui_CheckInDialog(object):
    def setupUi(self, CheckInDialog):
        if not CheckInDialog.objectName():
            CheckInDialog.setObjectName(u"CheckInDialog")
        CheckInDialog.resize(520, 360)
        self.dialogLayout = QVBoxLayout(CheckInDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.headline = QLabel(CheckInDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"")
        self.headline.setWordWrap(True)

        self.dialogLayout.addWidget(self.headline)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(10)
        self.dueLabel = QLabel(CheckInDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = DateEdit(CheckInDialog)
        self.dueEdit.setObjectName(u"dueEdit")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.heldLabel = QLabel(CheckInDialog)
        self.heldLabel.setObjectName(u"heldLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldEdit = OptionalDateEdit(CheckInDialog)
        self.heldEdit.setObjectName(u"heldEdit")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.heldEdit)

        self.notesLabel = QLabel(CheckInDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(CheckInDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.problemLabel = QLabel(CheckInDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(CheckInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dueLabel.setBuddy(self.dueEdit)
        self.heldLabel.setBuddy(self.heldEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dueEdit, self.heldEdit)
        QWidget.setTabOrder(self.heldEdit, self.notesEdit)

        self.retranslateUi(CheckInDialog)
    # setupUi

    def retranslateUi(self, CheckInDialog):
        CheckInDialog.setWindowTitle(QCoreApplication.translate("CheckInDialog", u"Check-in", None))
        self.dueLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Due", None))
        self.heldLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Held on", None))
#if QT_CONFIG(tooltip)
        self.heldEdit.setToolTip(QCoreApplication.translate("CheckInDialog", u"The day you met; leave \u201cNot set\u201d until then", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("CheckInDialog", u"How are they settling in? What helps, what is in the way, what to change", None))
        self.problemLabel.setProperty(u"kind", QCoreApplication.translate("CheckInDialog", u"fieldError", None))
    # retranslateUi

