# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidate_bulk_move.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_BulkMoveDialog(object):
    def setupUi(self, BulkMoveDialog):
        if not BulkMoveDialog.objectName():
            BulkMoveDialog.setObjectName(u"BulkMoveDialog")
        BulkMoveDialog.resize(500, 260)
        self.dialogLayout = QVBoxLayout(BulkMoveDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.headline = QLabel(BulkMoveDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)

        self.dialogLayout.addWidget(self.headline)

        self.introLabel = QLabel(BulkMoveDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(10)
        self.roleLabel = QLabel(BulkMoveDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(BulkMoveDialog)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setMinimumSize(QSize(320, 0))

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.stageLabel = QLabel(BulkMoveDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageCombo = QComboBox(BulkMoveDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stageCombo)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.summaryLabel = QLabel(BulkMoveDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.buttonBox = QDialogButtonBox(BulkMoveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.stageLabel.setBuddy(self.stageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roleCombo, self.stageCombo)

        self.retranslateUi(BulkMoveDialog)
    # setupUi

    def retranslateUi(self, BulkMoveDialog):
        BulkMoveDialog.setWindowTitle(QCoreApplication.translate("BulkMoveDialog", u"Move to stage", None))
        self.headline.setText(QCoreApplication.translate("BulkMoveDialog", u"Move to a stage", None))
        self.introLabel.setProperty(u"kind", QCoreApplication.translate("BulkMoveDialog", u"hint", None))
        self.roleLabel.setText(QCoreApplication.translate("BulkMoveDialog", u"In &role", None))
        self.stageLabel.setText(QCoreApplication.translate("BulkMoveDialog", u"Move to &stage", None))
        self.summaryLabel.setProperty(u"kind", QCoreApplication.translate("BulkMoveDialog", u"hint", None))
    # retranslateUi

