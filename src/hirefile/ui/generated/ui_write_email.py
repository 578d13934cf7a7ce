# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'write_email.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_WriteEmailDialog(object):
    def setupUi(self, WriteEmailDialog):
        if not WriteEmailDialog.objectName():
            WriteEmailDialog.setObjectName(u"WriteEmailDialog")
        WriteEmailDialog.resize(720, 620)
        self.dialogLayout = QVBoxLayout(WriteEmailDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.headline = QLabel(WriteEmailDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)

        self.dialogLayout.addWidget(self.headline)

        self.problemsLabel = QLabel(WriteEmailDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(8)
        self.templateLabel = QLabel(WriteEmailDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(WriteEmailDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.roleLabel = QLabel(WriteEmailDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(WriteEmailDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.reasonLabel = QLabel(WriteEmailDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(WriteEmailDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.toLabel = QLabel(WriteEmailDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QLineEdit(WriteEmailDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setReadOnly(True)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.subjectLabel = QLabel(WriteEmailDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(WriteEmailDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.bodyLabel = QLabel(WriteEmailDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")
        self.bodyLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(WriteEmailDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.attachmentsTitle = QLabel(WriteEmailDialog)
        self.attachmentsTitle.setObjectName(u"attachmentsTitle")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.attachmentsTitle)

        self.attachmentsLabel = QLabel(WriteEmailDialog)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")
        self.attachmentsLabel.setText(u"")
        self.attachmentsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.attachmentsLabel.setWordWrap(True)

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.attachmentsLabel)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.hintLabel = QLabel(WriteEmailDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.openButton = QPushButton(WriteEmailDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.saveButton = QPushButton(WriteEmailDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.copyButton = QPushButton(WriteEmailDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonRow.addWidget(self.copyButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.editTemplatesButton = QPushButton(WriteEmailDialog)
        self.editTemplatesButton.setObjectName(u"editTemplatesButton")

        self.buttonRow.addWidget(self.editTemplatesButton)

        self.closeButton = QPushButton(WriteEmailDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.openButton)
        QWidget.setTabOrder(self.openButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.editTemplatesButton)
        QWidget.setTabOrder(self.editTemplatesButton, self.closeButton)

        self.retranslateUi(WriteEmailDialog)
    # setupUi

    def retranslateUi(self, WriteEmailDialog):
        WriteEmailDialog.setWindowTitle(QCoreApplication.translate("WriteEmailDialog", u"Write E-mail", None))
        self.headline.setProperty(u"kind", QCoreApplication.translate("WriteEmailDialog", u"sectionTitle", None))
        self.problemsLabel.setProperty(u"kind", QCoreApplication.translate("WriteEmailDialog", u"fieldWarning", None))
        self.templateLabel.setText(QCoreApplication.translate("WriteEmailDialog", u"&Template", None))
        self.roleLabel.setText(QCoreApplication.translate("WriteEmailDialog", u"R&ole", None))
        self.reasonLabel.setText(QCoreApplication.translate("WriteEmailDialog", u"&Reason", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("WriteEmailDialog", u"Optional: a sentence or two on why, in your own words", None))
        self.toLabel.setText(QCoreApplication.translate("WriteEmailDialog", u"To", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("WriteEmailDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("WriteEmailDialog", u"&Subject", None))
        self.bodyLabel.setText(QCoreApplication.translate("WriteEmailDialog", u"&Body", None))
        self.attachmentsTitle.setText(QCoreApplication.translate("WriteEmailDialog", u"Attached", None))
        self.hintLabel.setProperty(u"kind", QCoreApplication.translate("WriteEmailDialog", u"hint", None))
        self.openButton.setText(QCoreApplication.translate("WriteEmailDialog", u"&Open in Mail App", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("WriteEmailDialog", u"Open the draft in your mail app, to edit and send from there", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("WriteEmailDialog", u"Save &Draft\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("WriteEmailDialog", u"Save the draft as an .eml file that mail apps open as a draft", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("WriteEmailDialog", u"&Copy", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("WriteEmailDialog", u"Copy the subject and the text, to paste into a new message", None))
#endif // QT_CONFIG(tooltip)
        self.editTemplatesButton.setText(QCoreApplication.translate("WriteEmailDialog", u"&Edit Templates\u2026", None))
#if QT_CONFIG(tooltip)
        self.editTemplatesButton.setToolTip(QCoreApplication.translate("WriteEmailDialog", u"Change this file's e-mail templates, or add your own", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("WriteEmailDialog", u"Close", None))
    # retranslateUi

