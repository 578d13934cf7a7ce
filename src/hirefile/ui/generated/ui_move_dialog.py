# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'move_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_MoveDialog(object):
    def setupUi(self, MoveDialog):
        if not MoveDialog.objectName():
            MoveDialog.setObjectName(u"MoveDialog")
        MoveDialog.resize(460, 280)
        MoveDialog.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(MoveDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 20, 24, 18)
        self.headline = QLabel(MoveDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"Move to Rejected")

        self.dialogLayout.addWidget(self.headline)

        self.intro = QLabel(MoveDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(10)
        self.reasonLabel = QLabel(MoveDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(MoveDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)
        self.reasonCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.noteLabel = QLabel(MoveDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(MoveDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 80))
        self.noteEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.buttonBox = QDialogButtonBox(MoveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonCombo, self.noteEdit)

        self.retranslateUi(MoveDialog)
    # setupUi

    def retranslateUi(self, MoveDialog):
        MoveDialog.setWindowTitle(QCoreApplication.translate("MoveDialog", u"Say why", None))
        self.intro.setText(QCoreApplication.translate("MoveDialog", u"The reason is kept in the candidate's history, with who moved them and when.", None))
        self.reasonLabel.setText(QCoreApplication.translate("MoveDialog", u"&Reason", None))
        self.noteLabel.setText(QCoreApplication.translate("MoveDialog", u"&Note", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("MoveDialog", u"Optional: what was said, what to remember next time", None))
    # retranslateUi

