# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_database.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_TeamDatabaseDialog(object):
    def setupUi(self, TeamDatabaseDialog):
        if not TeamDatabaseDialog.objectName():
            TeamDatabaseDialog.setObjectName(u"TeamDatabaseDialog")
        TeamDatabaseDialog.resize(560, 460)
        self.dialogLayout = QVBoxLayout(TeamDatabaseDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.headline = QLabel(TeamDatabaseDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)

        self.dialogLayout.addWidget(self.headline)

        self.detailLabel = QLabel(TeamDatabaseDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setText(u"")
        self.detailLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.detailLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.detailLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(10)
        self.urlLabel = QLabel(TeamDatabaseDialog)
        self.urlLabel.setObjectName(u"urlLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.urlLabel)

        self.urlEdit = QLineEdit(TeamDatabaseDialog)
        self.urlEdit.setObjectName(u"urlEdit")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.urlEdit)

        self.hostLabel = QLabel(TeamDatabaseDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(TeamDatabaseDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(TeamDatabaseDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portEdit = QLineEdit(TeamDatabaseDialog)
        self.portEdit.setObjectName(u"portEdit")
        self.portEdit.setMaxLength(5)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.portEdit)

        self.databaseLabel = QLabel(TeamDatabaseDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(TeamDatabaseDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(TeamDatabaseDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(TeamDatabaseDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(TeamDatabaseDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(TeamDatabaseDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.passwordHint = QLabel(TeamDatabaseDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setTextFormat(Qt.TextFormat.PlainText)
        self.passwordHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.passwordHint)

        self.testLayout = QHBoxLayout()
        self.testLayout.setSpacing(10)
        self.testLayout.setObjectName(u"testLayout")
        self.testButton = QPushButton(TeamDatabaseDialog)
        self.testButton.setObjectName(u"testButton")
        self.testButton.setAutoDefault(False)

        self.testLayout.addWidget(self.testButton)

        self.statusLabel = QLabel(TeamDatabaseDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.testLayout.addWidget(self.statusLabel)


        self.dialogLayout.addLayout(self.testLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(TeamDatabaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.urlLabel.setBuddy(self.urlEdit)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portEdit)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.urlEdit, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.portEdit)
        QWidget.setTabOrder(self.portEdit, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.testButton)

        self.retranslateUi(TeamDatabaseDialog)
    # setupUi

    def retranslateUi(self, TeamDatabaseDialog):
        TeamDatabaseDialog.setWindowTitle(QCoreApplication.translate("TeamDatabaseDialog", u"Open Team Database", None))
        self.detailLabel.setProperty(u"kind", QCoreApplication.translate("TeamDatabaseDialog", u"hint", None))
        self.urlLabel.setText(QCoreApplication.translate("TeamDatabaseDialog", u"Database &URL", None))
        self.urlEdit.setPlaceholderText(QCoreApplication.translate("TeamDatabaseDialog", u"postgresql://lena@db.example.com/hiring", None))
        self.hostLabel.setText(QCoreApplication.translate("TeamDatabaseDialog", u"&Server", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("TeamDatabaseDialog", u"db.example.com", None))
        self.portLabel.setText(QCoreApplication.translate("TeamDatabaseDialog", u"P&ort", None))
        self.portEdit.setPlaceholderText(QCoreApplication.translate("TeamDatabaseDialog", u"5432", None))
        self.databaseLabel.setText(QCoreApplication.translate("TeamDatabaseDialog", u"&Database", None))
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("TeamDatabaseDialog", u"hiring", None))
        self.userLabel.setText(QCoreApplication.translate("TeamDatabaseDialog", u"U&ser", None))
        self.userEdit.setPlaceholderText(QCoreApplication.translate("TeamDatabaseDialog", u"lena", None))
        self.passwordLabel.setText(QCoreApplication.translate("TeamDatabaseDialog", u"&Password", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("TeamDatabaseDialog", u"from ~/.pgpass or PGPASSWORD when left empty", None))
        self.passwordHint.setText(QCoreApplication.translate("TeamDatabaseDialog", u"The password is used for this connection only and never saved. To open the database without typing it, add the server to ~/.pgpass.", None))
        self.passwordHint.setProperty(u"kind", QCoreApplication.translate("TeamDatabaseDialog", u"hint", None))
        self.testButton.setText(QCoreApplication.translate("TeamDatabaseDialog", u"&Test Connection", None))
    # retranslateUi

