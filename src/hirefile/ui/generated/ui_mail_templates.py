# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mail_templates.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListView, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_MailTemplatesDialog(object):
    def setupUi(self, MailTemplatesDialog):
        if not MailTemplatesDialog.objectName():
            MailTemplatesDialog.setObjectName(u"MailTemplatesDialog")
        MailTemplatesDialog.resize(940, 620)
        self.dialogLayout = QVBoxLayout(MailTemplatesDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.panesLayout = QHBoxLayout()
        self.panesLayout.setSpacing(16)
        self.panesLayout.setObjectName(u"panesLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setSpacing(6)
        self.listLayout.setObjectName(u"listLayout")
        self.listLabel = QLabel(MailTemplatesDialog)
        self.listLabel.setObjectName(u"listLabel")

        self.listLayout.addWidget(self.listLabel)

        self.templateList = QListView(MailTemplatesDialog)
        self.templateList.setObjectName(u"templateList")
        self.templateList.setMinimumSize(QSize(210, 0))
        self.templateList.setMaximumSize(QSize(260, 16777215))

        self.listLayout.addWidget(self.templateList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setSpacing(6)
        self.listButtons.setObjectName(u"listButtons")
        self.addButton = QPushButton(MailTemplatesDialog)
        self.addButton.setObjectName(u"addButton")

        self.listButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(MailTemplatesDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.listButtons.addWidget(self.removeButton)


        self.listLayout.addLayout(self.listButtons)


        self.panesLayout.addLayout(self.listLayout)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(8)
        self.nameLabel = QLabel(MailTemplatesDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(MailTemplatesDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.subjectLabel = QLabel(MailTemplatesDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(MailTemplatesDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.bodyLabel = QLabel(MailTemplatesDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(MailTemplatesDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.problemsLabel = QLabel(MailTemplatesDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemsLabel.setWordWrap(True)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.problemsLabel)


        self.panesLayout.addLayout(self.fieldsLayout)

        self.placeholdersLayout = QVBoxLayout()
        self.placeholdersLayout.setSpacing(6)
        self.placeholdersLayout.setObjectName(u"placeholdersLayout")
        self.placeholdersLabel = QLabel(MailTemplatesDialog)
        self.placeholdersLabel.setObjectName(u"placeholdersLabel")

        self.placeholdersLayout.addWidget(self.placeholdersLabel)

        self.placeholderList = QListWidget(MailTemplatesDialog)
        self.placeholderList.setObjectName(u"placeholderList")
        self.placeholderList.setMinimumSize(QSize(200, 0))
        self.placeholderList.setMaximumSize(QSize(240, 16777215))

        self.placeholdersLayout.addWidget(self.placeholderList)


        self.panesLayout.addLayout(self.placeholdersLayout)


        self.dialogLayout.addLayout(self.panesLayout)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.revertButton = QPushButton(MailTemplatesDialog)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonRow.addWidget(self.revertButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(MailTemplatesDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(MailTemplatesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.templateList)
        self.nameLabel.setBuddy(self.nameEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.placeholdersLabel.setBuddy(self.placeholderList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateList, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.placeholderList)
        QWidget.setTabOrder(self.placeholderList, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(MailTemplatesDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, MailTemplatesDialog):
        MailTemplatesDialog.setWindowTitle(QCoreApplication.translate("MailTemplatesDialog", u"E-mail Templates", None))
        self.listLabel.setText(QCoreApplication.translate("MailTemplatesDialog", u"&Templates", None))
        self.listLabel.setProperty(u"kind", QCoreApplication.translate("MailTemplatesDialog", u"fieldLabel", None))
        self.addButton.setText(QCoreApplication.translate("MailTemplatesDialog", u"&Add", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("MailTemplatesDialog", u"Add a template of your own", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("MailTemplatesDialog", u"Re&move", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("MailTemplatesDialog", u"Remove a template you added", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("MailTemplatesDialog", u"&Name", None))
        self.subjectLabel.setText(QCoreApplication.translate("MailTemplatesDialog", u"&Subject", None))
        self.bodyLabel.setText(QCoreApplication.translate("MailTemplatesDialog", u"Te&xt", None))
        self.problemsLabel.setProperty(u"kind", QCoreApplication.translate("MailTemplatesDialog", u"fieldWarning", None))
        self.placeholdersLabel.setText(QCoreApplication.translate("MailTemplatesDialog", u"&Placeholders (click to insert)", None))
        self.placeholdersLabel.setProperty(u"kind", QCoreApplication.translate("MailTemplatesDialog", u"fieldLabel", None))
        self.revertButton.setText(QCoreApplication.translate("MailTemplatesDialog", u"&Revert to Hirefile's Text", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("MailTemplatesDialog", u"Put back the text Hirefile came with (your changes to it are removed)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("MailTemplatesDialog", u"Sa&ve", None))
        self.closeButton.setText(QCoreApplication.translate("MailTemplatesDialog", u"Close", None))
    # retranslateUi

