# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'onboarding_item.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from hirefile.ui.common import OptionalDateEdit

class Ui_OnboardingItemDialog(object):
    def setupUi(self, OnboardingItemDialog):
        if not OnboardingItemDialog.objectName():
            OnboardingItemDialog.setObjectName(u"OnboardingItemDialog")
        OnboardingItemDialog.resize(480, 240)
        self.dialogLayout = QVBoxLayout(OnboardingItemDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.headline = QLabel(OnboardingItemDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"")
        self.headline.setWordWrap(True)

        self.dialogLayout.addWidget(self.headline)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(10)
        self.textLabel = QLabel(OnboardingItemDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QLineEdit(OnboardingItemDialog)
        self.textEdit.setObjectName(u"textEdit")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.dueLabel = QLabel(OnboardingItemDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = OptionalDateEdit(OnboardingItemDialog)
        self.dueEdit.setObjectName(u"dueEdit")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.categoryLabel = QLabel(OnboardingItemDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(OnboardingItemDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.problemLabel = QLabel(OnboardingItemDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(OnboardingItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
        self.dueLabel.setBuddy(self.dueEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textEdit, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.categoryCombo)

        self.retranslateUi(OnboardingItemDialog)
    # setupUi

    def retranslateUi(self, OnboardingItemDialog):
        OnboardingItemDialog.setWindowTitle(QCoreApplication.translate("OnboardingItemDialog", u"Onboarding Item", None))
        self.textLabel.setText(QCoreApplication.translate("OnboardingItemDialog", u"&What", None))
        self.dueLabel.setText(QCoreApplication.translate("OnboardingItemDialog", u"&Due", None))
        self.categoryLabel.setText(QCoreApplication.translate("OnboardingItemDialog", u"&Kind", None))
        self.problemLabel.setProperty(u"kind", QCoreApplication.translate("OnboardingItemDialog", u"fieldError", None))
    # retranslateUi

