# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'identity_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_IdentityDialog(object):
    def setupUi(self, IdentityDialog):
        if not IdentityDialog.objectName():
            IdentityDialog.setObjectName(u"IdentityDialog")
        IdentityDialog.resize(520, 240)
        IdentityDialog.setMinimumSize(QSize(500, 0))
        self.dialogLayout = QVBoxLayout(IdentityDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(28, 24, 28, 20)
        self.headline = QLabel(IdentityDialog)
        self.headline.setObjectName(u"headline")

        self.dialogLayout.addWidget(self.headline)

        self.intro = QLabel(IdentityDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.introGap = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.dialogLayout.addItem(self.introGap)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.nameLabel = QLabel(IdentityDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(IdentityDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(IdentityDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.emailLabel = QLabel(IdentityDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(IdentityDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(IdentityDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailError)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(IdentityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.emailEdit)

        self.retranslateUi(IdentityDialog)
    # setupUi

    def retranslateUi(self, IdentityDialog):
        IdentityDialog.setWindowTitle(QCoreApplication.translate("IdentityDialog", u"Welcome to Hirefile", None))
        self.headline.setText(QCoreApplication.translate("IdentityDialog", u"Welcome to Hirefile", None))
        self.intro.setText(QCoreApplication.translate("IdentityDialog", u"Hirefile notes who adds and changes each record, so you and your cofounder can see who did what. Your name is asked once and kept on this computer, not in your hiring files.", None))
        self.nameLabel.setText(QCoreApplication.translate("IdentityDialog", u"Your &name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("IdentityDialog", u"e.g. Amara Okafor", None))
        self.emailLabel.setText(QCoreApplication.translate("IdentityDialog", u"&E-mail", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("IdentityDialog", u"optional", None))
    # retranslateUi

