# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'revise_scores.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReviseScoresDialog(object):
    def setupUi(self, ReviseScoresDialog):
        if not ReviseScoresDialog.objectName():
            ReviseScoresDialog.setObjectName(u"ReviseScoresDialog")
        ReviseScoresDialog.resize(560, 480)
        self.dialogLayout = QVBoxLayout(ReviseScoresDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.headline = QLabel(ReviseScoresDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"")
        self.headline.setWordWrap(True)
        self.headline.setProperty(u"kind", u"fieldTitle")

        self.dialogLayout.addWidget(self.headline)

        self.hintLabel = QLabel(ReviseScoresDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"kind", u"hint")

        self.dialogLayout.addWidget(self.hintLabel)

        self.aspectsForm = QFormLayout()
        self.aspectsForm.setObjectName(u"aspectsForm")
        self.aspectsForm.setHorizontalSpacing(14)
        self.aspectsForm.setVerticalSpacing(8)
        self.aspectsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.aspect1Label = QLabel(ReviseScoresDialog)
        self.aspect1Label.setObjectName(u"aspect1Label")
        self.aspect1Label.setText(u"")

        self.aspectsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.aspect1Label)

        self.aspect1Combo = QComboBox(ReviseScoresDialog)
        self.aspect1Combo.setObjectName(u"aspect1Combo")

        self.aspectsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.aspect1Combo)

        self.aspect2Label = QLabel(ReviseScoresDialog)
        self.aspect2Label.setObjectName(u"aspect2Label")
        self.aspect2Label.setText(u"")

        self.aspectsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.aspect2Label)

        self.aspect2Combo = QComboBox(ReviseScoresDialog)
        self.aspect2Combo.setObjectName(u"aspect2Combo")

        self.aspectsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.aspect2Combo)

        self.aspect3Label = QLabel(ReviseScoresDialog)
        self.aspect3Label.setObjectName(u"aspect3Label")
        self.aspect3Label.setText(u"")

        self.aspectsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.aspect3Label)

        self.aspect3Combo = QComboBox(ReviseScoresDialog)
        self.aspect3Combo.setObjectName(u"aspect3Combo")

        self.aspectsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.aspect3Combo)

        self.aspect4Label = QLabel(ReviseScoresDialog)
        self.aspect4Label.setObjectName(u"aspect4Label")
        self.aspect4Label.setText(u"")

        self.aspectsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.aspect4Label)

        self.aspect4Combo = QComboBox(ReviseScoresDialog)
        self.aspect4Combo.setObjectName(u"aspect4Combo")

        self.aspectsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.aspect4Combo)

        self.aspect5Label = QLabel(ReviseScoresDialog)
        self.aspect5Label.setObjectName(u"aspect5Label")
        self.aspect5Label.setText(u"")

        self.aspectsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.aspect5Label)

        self.aspect5Combo = QComboBox(ReviseScoresDialog)
        self.aspect5Combo.setObjectName(u"aspect5Combo")

        self.aspectsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.aspect5Combo)

        self.aspect6Label = QLabel(ReviseScoresDialog)
        self.aspect6Label.setObjectName(u"aspect6Label")
        self.aspect6Label.setText(u"")

        self.aspectsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.aspect6Label)

        self.aspect6Combo = QComboBox(ReviseScoresDialog)
        self.aspect6Combo.setObjectName(u"aspect6Combo")

        self.aspectsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.aspect6Combo)

        self.reasonLabel = QLabel(ReviseScoresDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.aspectsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(ReviseScoresDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(300)

        self.aspectsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(ReviseScoresDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setText(u"")
        self.reasonError.setWordWrap(True)
        self.reasonError.setVisible(False)
        self.reasonError.setProperty(u"kind", u"fieldError")

        self.aspectsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.dialogLayout.addLayout(self.aspectsForm)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ReviseScoresDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.aspect1Label.setBuddy(self.aspect1Combo)
        self.aspect2Label.setBuddy(self.aspect2Combo)
        self.aspect3Label.setBuddy(self.aspect3Combo)
        self.aspect4Label.setBuddy(self.aspect4Combo)
        self.aspect5Label.setBuddy(self.aspect5Combo)
        self.aspect6Label.setBuddy(self.aspect6Combo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.aspect1Combo, self.aspect2Combo)
        QWidget.setTabOrder(self.aspect2Combo, self.aspect3Combo)
        QWidget.setTabOrder(self.aspect3Combo, self.aspect4Combo)
        QWidget.setTabOrder(self.aspect4Combo, self.aspect5Combo)
        QWidget.setTabOrder(self.aspect5Combo, self.aspect6Combo)
        QWidget.setTabOrder(self.aspect6Combo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(ReviseScoresDialog)
    # setupUi

    def retranslateUi(self, ReviseScoresDialog):
        ReviseScoresDialog.setWindowTitle(QCoreApplication.translate("ReviseScoresDialog", u"Revise My Score", None))
        self.hintLabel.setText(QCoreApplication.translate("ReviseScoresDialog", u"Your score before the discussion stays on record. Choose a new score only where the discussion changed your mind, and say what changed it.", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReviseScoresDialog", u"&Why", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ReviseScoresDialog", u"What in the discussion changed your mind, e.g. saw the take-home's tests", None))
    # retranslateUi

