# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(560, 320)
        self.dialogLayout = QVBoxLayout(ConflictDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.headline = QLabel(ConflictDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)

        self.dialogLayout.addWidget(self.headline)

        self.valuesLayout = QFormLayout()
        self.valuesLayout.setObjectName(u"valuesLayout")
        self.valuesLayout.setHorizontalSpacing(12)
        self.valuesLayout.setVerticalSpacing(10)
        self.theirsLabel = QLabel(ConflictDialog)
        self.theirsLabel.setObjectName(u"theirsLabel")
        self.theirsLabel.setText(u"")
        self.theirsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.valuesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.theirsLabel)

        self.theirsValue = QLabel(ConflictDialog)
        self.theirsValue.setObjectName(u"theirsValue")
        self.theirsValue.setText(u"")
        self.theirsValue.setTextFormat(Qt.TextFormat.PlainText)
        self.theirsValue.setWordWrap(True)
        self.theirsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.valuesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.theirsValue)

        self.mineLabel = QLabel(ConflictDialog)
        self.mineLabel.setObjectName(u"mineLabel")

        self.valuesLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mineLabel)

        self.mineValue = QLabel(ConflictDialog)
        self.mineValue.setObjectName(u"mineValue")
        self.mineValue.setText(u"")
        self.mineValue.setTextFormat(Qt.TextFormat.PlainText)
        self.mineValue.setWordWrap(True)
        self.mineValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.valuesLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mineValue)


        self.dialogLayout.addLayout(self.valuesLayout)

        self.hintLabel = QLabel(ConflictDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ConflictDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.NoButton)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Changed by someone else", None))
        self.mineLabel.setText(QCoreApplication.translate("ConflictDialog", u"Yours (not saved)", None))
        self.hintLabel.setText(QCoreApplication.translate("ConflictDialog", u"Keep Theirs discards your change and shows theirs. Save Mine Anyway writes yours over theirs.", None))
        self.hintLabel.setProperty(u"kind", QCoreApplication.translate("ConflictDialog", u"hint", None))
    # retranslateUi

