# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'axis_anchors.ui'
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
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AxisAnchorsDialog(object):
    def setupUi(self, AxisAnchorsDialog):
        if not AxisAnchorsDialog.objectName():
            AxisAnchorsDialog.setObjectName(u"AxisAnchorsDialog")
        AxisAnchorsDialog.resize(760, 680)
        self.dialogLayout = QVBoxLayout(AxisAnchorsDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.headline = QLabel(AxisAnchorsDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setProperty(u"kind", u"detailTitle")

        self.dialogLayout.addWidget(self.headline)

        self.hintLabel = QLabel(AxisAnchorsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"kind", u"hint")

        self.dialogLayout.addWidget(self.hintLabel)

        self.scroll = QScrollArea(AxisAnchorsDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollBody = QWidget()
        self.scrollBody.setObjectName(u"scrollBody")
        self.scrollBodyLayout = QVBoxLayout(self.scrollBody)
        self.scrollBodyLayout.setSpacing(8)
        self.scrollBodyLayout.setObjectName(u"scrollBodyLayout")
        self.scrollBodyLayout.setContentsMargins(0, -1, 8, -1)
        self.axis1Header = QHBoxLayout()
        self.axis1Header.setObjectName(u"axis1Header")
        self.axis1Title = QLabel(self.scrollBody)
        self.axis1Title.setObjectName(u"axis1Title")
        self.axis1Title.setText(u"")
        self.axis1Title.setProperty(u"kind", u"sectionTitle")

        self.axis1Header.addWidget(self.axis1Title)

        self.axis1Spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.axis1Header.addItem(self.axis1Spacer)

        self.axis1DefaultButton = QPushButton(self.scrollBody)
        self.axis1DefaultButton.setObjectName(u"axis1DefaultButton")

        self.axis1Header.addWidget(self.axis1DefaultButton)


        self.scrollBodyLayout.addLayout(self.axis1Header)

        self.axis1Form = QFormLayout()
        self.axis1Form.setObjectName(u"axis1Form")
        self.axis1Form.setHorizontalSpacing(12)
        self.axis1Form.setVerticalSpacing(6)
        self.axis1Form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.axis1Anchor1Label = QLabel(self.scrollBody)
        self.axis1Anchor1Label.setObjectName(u"axis1Anchor1Label")

        self.axis1Form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.axis1Anchor1Label)

        self.axis1Anchor1Edit = QLineEdit(self.scrollBody)
        self.axis1Anchor1Edit.setObjectName(u"axis1Anchor1Edit")
        self.axis1Anchor1Edit.setMaxLength(200)

        self.axis1Form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.axis1Anchor1Edit)

        self.axis1Anchor2Label = QLabel(self.scrollBody)
        self.axis1Anchor2Label.setObjectName(u"axis1Anchor2Label")

        self.axis1Form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.axis1Anchor2Label)

        self.axis1Anchor2Edit = QLineEdit(self.scrollBody)
        self.axis1Anchor2Edit.setObjectName(u"axis1Anchor2Edit")
        self.axis1Anchor2Edit.setMaxLength(200)

        self.axis1Form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.axis1Anchor2Edit)

        self.axis1Anchor3Label = QLabel(self.scrollBody)
        self.axis1Anchor3Label.setObjectName(u"axis1Anchor3Label")

        self.axis1Form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.axis1Anchor3Label)

        self.axis1Anchor3Edit = QLineEdit(self.scrollBody)
        self.axis1Anchor3Edit.setObjectName(u"axis1Anchor3Edit")
        self.axis1Anchor3Edit.setMaxLength(200)

        self.axis1Form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.axis1Anchor3Edit)

        self.axis1Anchor4Label = QLabel(self.scrollBody)
        self.axis1Anchor4Label.setObjectName(u"axis1Anchor4Label")

        self.axis1Form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.axis1Anchor4Label)

        self.axis1Anchor4Edit = QLineEdit(self.scrollBody)
        self.axis1Anchor4Edit.setObjectName(u"axis1Anchor4Edit")
        self.axis1Anchor4Edit.setMaxLength(200)

        self.axis1Form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.axis1Anchor4Edit)


        self.scrollBodyLayout.addLayout(self.axis1Form)

        self.axis2Header = QHBoxLayout()
        self.axis2Header.setObjectName(u"axis2Header")
        self.axis2Title = QLabel(self.scrollBody)
        self.axis2Title.setObjectName(u"axis2Title")
        self.axis2Title.setText(u"")
        self.axis2Title.setProperty(u"kind", u"sectionTitle")

        self.axis2Header.addWidget(self.axis2Title)

        self.axis2Spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.axis2Header.addItem(self.axis2Spacer)

        self.axis2DefaultButton = QPushButton(self.scrollBody)
        self.axis2DefaultButton.setObjectName(u"axis2DefaultButton")

        self.axis2Header.addWidget(self.axis2DefaultButton)


        self.scrollBodyLayout.addLayout(self.axis2Header)

        self.axis2Form = QFormLayout()
        self.axis2Form.setObjectName(u"axis2Form")
        self.axis2Form.setHorizontalSpacing(12)
        self.axis2Form.setVerticalSpacing(6)
        self.axis2Form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.axis2Anchor1Label = QLabel(self.scrollBody)
        self.axis2Anchor1Label.setObjectName(u"axis2Anchor1Label")

        self.axis2Form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.axis2Anchor1Label)

        self.axis2Anchor1Edit = QLineEdit(self.scrollBody)
        self.axis2Anchor1Edit.setObjectName(u"axis2Anchor1Edit")
        self.axis2Anchor1Edit.setMaxLength(200)

        self.axis2Form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.axis2Anchor1Edit)

        self.axis2Anchor2Label = QLabel(self.scrollBody)
        self.axis2Anchor2Label.setObjectName(u"axis2Anchor2Label")

        self.axis2Form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.axis2Anchor2Label)

        self.axis2Anchor2Edit = QLineEdit(self.scrollBody)
        self.axis2Anchor2Edit.setObjectName(u"axis2Anchor2Edit")
        self.axis2Anchor2Edit.setMaxLength(200)

        self.axis2Form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.axis2Anchor2Edit)

        self.axis2Anchor3Label = QLabel(self.scrollBody)
        self.axis2Anchor3Label.setObjectName(u"axis2Anchor3Label")

        self.axis2Form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.axis2Anchor3Label)

        self.axis2Anchor3Edit = QLineEdit(self.scrollBody)
        self.axis2Anchor3Edit.setObjectName(u"axis2Anchor3Edit")
        self.axis2Anchor3Edit.setMaxLength(200)

        self.axis2Form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.axis2Anchor3Edit)

        self.axis2Anchor4Label = QLabel(self.scrollBody)
        self.axis2Anchor4Label.setObjectName(u"axis2Anchor4Label")

        self.axis2Form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.axis2Anchor4Label)

        self.axis2Anchor4Edit = QLineEdit(self.scrollBody)
        self.axis2Anchor4Edit.setObjectName(u"axis2Anchor4Edit")
        self.axis2Anchor4Edit.setMaxLength(200)

        self.axis2Form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.axis2Anchor4Edit)


        self.scrollBodyLayout.addLayout(self.axis2Form)

        self.axis3Header = QHBoxLayout()
        self.axis3Header.setObjectName(u"axis3Header")
        self.axis3Title = QLabel(self.scrollBody)
        self.axis3Title.setObjectName(u"axis3Title")
        self.axis3Title.setText(u"")
        self.axis3Title.setProperty(u"kind", u"sectionTitle")

        self.axis3Header.addWidget(self.axis3Title)

        self.axis3Spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.axis3Header.addItem(self.axis3Spacer)

        self.axis3DefaultButton = QPushButton(self.scrollBody)
        self.axis3DefaultButton.setObjectName(u"axis3DefaultButton")

        self.axis3Header.addWidget(self.axis3DefaultButton)


        self.scrollBodyLayout.addLayout(self.axis3Header)

        self.axis3Form = QFormLayout()
        self.axis3Form.setObjectName(u"axis3Form")
        self.axis3Form.setHorizontalSpacing(12)
        self.axis3Form.setVerticalSpacing(6)
        self.axis3Form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.axis3Anchor1Label = QLabel(self.scrollBody)
        self.axis3Anchor1Label.setObjectName(u"axis3Anchor1Label")

        self.axis3Form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.axis3Anchor1Label)

        self.axis3Anchor1Edit = QLineEdit(self.scrollBody)
        self.axis3Anchor1Edit.setObjectName(u"axis3Anchor1Edit")
        self.axis3Anchor1Edit.setMaxLength(200)

        self.axis3Form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.axis3Anchor1Edit)

        self.axis3Anchor2Label = QLabel(self.scrollBody)
        self.axis3Anchor2Label.setObjectName(u"axis3Anchor2Label")

        self.axis3Form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.axis3Anchor2Label)

        self.axis3Anchor2Edit = QLineEdit(self.scrollBody)
        self.axis3Anchor2Edit.setObjectName(u"axis3Anchor2Edit")
        self.axis3Anchor2Edit.setMaxLength(200)

        self.axis3Form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.axis3Anchor2Edit)

        self.axis3Anchor3Label = QLabel(self.scrollBody)
        self.axis3Anchor3Label.setObjectName(u"axis3Anchor3Label")

        self.axis3Form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.axis3Anchor3Label)

        self.axis3Anchor3Edit = QLineEdit(self.scrollBody)
        self.axis3Anchor3Edit.setObjectName(u"axis3Anchor3Edit")
        self.axis3Anchor3Edit.setMaxLength(200)

        self.axis3Form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.axis3Anchor3Edit)

        self.axis3Anchor4Label = QLabel(self.scrollBody)
        self.axis3Anchor4Label.setObjectName(u"axis3Anchor4Label")

        self.axis3Form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.axis3Anchor4Label)

        self.axis3Anchor4Edit = QLineEdit(self.scrollBody)
        self.axis3Anchor4Edit.setObjectName(u"axis3Anchor4Edit")
        self.axis3Anchor4Edit.setMaxLength(200)

        self.axis3Form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.axis3Anchor4Edit)


        self.scrollBodyLayout.addLayout(self.axis3Form)

        self.axis4Header = QHBoxLayout()
        self.axis4Header.setObjectName(u"axis4Header")
        self.axis4Title = QLabel(self.scrollBody)
        self.axis4Title.setObjectName(u"axis4Title")
        self.axis4Title.setText(u"")
        self.axis4Title.setProperty(u"kind", u"sectionTitle")

        self.axis4Header.addWidget(self.axis4Title)

        self.axis4Spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.axis4Header.addItem(self.axis4Spacer)

        self.axis4DefaultButton = QPushButton(self.scrollBody)
        self.axis4DefaultButton.setObjectName(u"axis4DefaultButton")

        self.axis4Header.addWidget(self.axis4DefaultButton)


        self.scrollBodyLayout.addLayout(self.axis4Header)

        self.axis4Form = QFormLayout()
        self.axis4Form.setObjectName(u"axis4Form")
        self.axis4Form.setHorizontalSpacing(12)
        self.axis4Form.setVerticalSpacing(6)
        self.axis4Form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.axis4Anchor1Label = QLabel(self.scrollBody)
        self.axis4Anchor1Label.setObjectName(u"axis4Anchor1Label")

        self.axis4Form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.axis4Anchor1Label)

        self.axis4Anchor1Edit = QLineEdit(self.scrollBody)
        self.axis4Anchor1Edit.setObjectName(u"axis4Anchor1Edit")
        self.axis4Anchor1Edit.setMaxLength(200)

        self.axis4Form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.axis4Anchor1Edit)

        self.axis4Anchor2Label = QLabel(self.scrollBody)
        self.axis4Anchor2Label.setObjectName(u"axis4Anchor2Label")

        self.axis4Form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.axis4Anchor2Label)

        self.axis4Anchor2Edit = QLineEdit(self.scrollBody)
        self.axis4Anchor2Edit.setObjectName(u"axis4Anchor2Edit")
        self.axis4Anchor2Edit.setMaxLength(200)

        self.axis4Form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.axis4Anchor2Edit)

        self.axis4Anchor3Label = QLabel(self.scrollBody)
        self.axis4Anchor3Label.setObjectName(u"axis4Anchor3Label")

        self.axis4Form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.axis4Anchor3Label)

        self.axis4Anchor3Edit = QLineEdit(self.scrollBody)
        self.axis4Anchor3Edit.setObjectName(u"axis4Anchor3Edit")
        self.axis4Anchor3Edit.setMaxLength(200)

        self.axis4Form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.axis4Anchor3Edit)

        self.axis4Anchor4Label = QLabel(self.scrollBody)
        self.axis4Anchor4Label.setObjectName(u"axis4Anchor4Label")

        self.axis4Form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.axis4Anchor4Label)

        self.axis4Anchor4Edit = QLineEdit(self.scrollBody)
        self.axis4Anchor4Edit.setObjectName(u"axis4Anchor4Edit")
        self.axis4Anchor4Edit.setMaxLength(200)

        self.axis4Form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.axis4Anchor4Edit)


        self.scrollBodyLayout.addLayout(self.axis4Form)

        self.axis5Header = QHBoxLayout()
        self.axis5Header.setObjectName(u"axis5Header")
        self.axis5Title = QLabel(self.scrollBody)
        self.axis5Title.setObjectName(u"axis5Title")
        self.axis5Title.setText(u"")
        self.axis5Title.setProperty(u"kind", u"sectionTitle")

        self.axis5Header.addWidget(self.axis5Title)

        self.axis5Spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.axis5Header.addItem(self.axis5Spacer)

        self.axis5DefaultButton = QPushButton(self.scrollBody)
        self.axis5DefaultButton.setObjectName(u"axis5DefaultButton")

        self.axis5Header.addWidget(self.axis5DefaultButton)


        self.scrollBodyLayout.addLayout(self.axis5Header)

        self.axis5Form = QFormLayout()
        self.axis5Form.setObjectName(u"axis5Form")
        self.axis5Form.setHorizontalSpacing(12)
        self.axis5Form.setVerticalSpacing(6)
        self.axis5Form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.axis5Anchor1Label = QLabel(self.scrollBody)
        self.axis5Anchor1Label.setObjectName(u"axis5Anchor1Label")

        self.axis5Form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.axis5Anchor1Label)

        self.axis5Anchor1Edit = QLineEdit(self.scrollBody)
        self.axis5Anchor1Edit.setObjectName(u"axis5Anchor1Edit")
        self.axis5Anchor1Edit.setMaxLength(200)

        self.axis5Form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.axis5Anchor1Edit)

        self.axis5Anchor2Label = QLabel(self.scrollBody)
        self.axis5Anchor2Label.setObjectName(u"axis5Anchor2Label")

        self.axis5Form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.axis5Anchor2Label)

        self.axis5Anchor2Edit = QLineEdit(self.scrollBody)
        self.axis5Anchor2Edit.setObjectName(u"axis5Anchor2Edit")
        self.axis5Anchor2Edit.setMaxLength(200)

        self.axis5Form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.axis5Anchor2Edit)

        self.axis5Anchor3Label = QLabel(self.scrollBody)
        self.axis5Anchor3Label.setObjectName(u"axis5Anchor3Label")

        self.axis5Form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.axis5Anchor3Label)

        self.axis5Anchor3Edit = QLineEdit(self.scrollBody)
        self.axis5Anchor3Edit.setObjectName(u"axis5Anchor3Edit")
        self.axis5Anchor3Edit.setMaxLength(200)

        self.axis5Form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.axis5Anchor3Edit)

        self.axis5Anchor4Label = QLabel(self.scrollBody)
        self.axis5Anchor4Label.setObjectName(u"axis5Anchor4Label")

        self.axis5Form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.axis5Anchor4Label)

        self.axis5Anchor4Edit = QLineEdit(self.scrollBody)
        self.axis5Anchor4Edit.setObjectName(u"axis5Anchor4Edit")
        self.axis5Anchor4Edit.setMaxLength(200)

        self.axis5Form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.axis5Anchor4Edit)


        self.scrollBodyLayout.addLayout(self.axis5Form)

        self.scroll.setWidget(self.scrollBody)

        self.dialogLayout.addWidget(self.scroll)

        self.messageLabel = QLabel(AxisAnchorsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)
        self.messageLabel.setProperty(u"kind", u"fieldError")

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AxisAnchorsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.axis1Anchor1Label.setBuddy(self.axis1Anchor1Edit)
        self.axis1Anchor2Label.setBuddy(self.axis1Anchor2Edit)
        self.axis1Anchor3Label.setBuddy(self.axis1Anchor3Edit)
        self.axis1Anchor4Label.setBuddy(self.axis1Anchor4Edit)
        self.axis2Anchor1Label.setBuddy(self.axis2Anchor1Edit)
        self.axis2Anchor2Label.setBuddy(self.axis2Anchor2Edit)
        self.axis2Anchor3Label.setBuddy(self.axis2Anchor3Edit)
        self.axis2Anchor4Label.setBuddy(self.axis2Anchor4Edit)
        self.axis3Anchor1Label.setBuddy(self.axis3Anchor1Edit)
        self.axis3Anchor2Label.setBuddy(self.axis3Anchor2Edit)
        self.axis3Anchor3Label.setBuddy(self.axis3Anchor3Edit)
        self.axis3Anchor4Label.setBuddy(self.axis3Anchor4Edit)
        self.axis4Anchor1Label.setBuddy(self.axis4Anchor1Edit)
        self.axis4Anchor2Label.setBuddy(self.axis4Anchor2Edit)
        self.axis4Anchor3Label.setBuddy(self.axis4Anchor3Edit)
        self.axis4Anchor4Label.setBuddy(self.axis4Anchor4Edit)
        self.axis5Anchor1Label.setBuddy(self.axis5Anchor1Edit)
        self.axis5Anchor2Label.setBuddy(self.axis5Anchor2Edit)
        self.axis5Anchor3Label.setBuddy(self.axis5Anchor3Edit)
        self.axis5Anchor4Label.setBuddy(self.axis5Anchor4Edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.axis1DefaultButton, self.axis1Anchor1Edit)
        QWidget.setTabOrder(self.axis1Anchor1Edit, self.axis1Anchor2Edit)
        QWidget.setTabOrder(self.axis1Anchor2Edit, self.axis1Anchor3Edit)
        QWidget.setTabOrder(self.axis1Anchor3Edit, self.axis1Anchor4Edit)
        QWidget.setTabOrder(self.axis1Anchor4Edit, self.axis2DefaultButton)
        QWidget.setTabOrder(self.axis2DefaultButton, self.axis2Anchor1Edit)
        QWidget.setTabOrder(self.axis2Anchor1Edit, self.axis2Anchor2Edit)
        QWidget.setTabOrder(self.axis2Anchor2Edit, self.axis2Anchor3Edit)
        QWidget.setTabOrder(self.axis2Anchor3Edit, self.axis2Anchor4Edit)
        QWidget.setTabOrder(self.axis2Anchor4Edit, self.axis3DefaultButton)
        QWidget.setTabOrder(self.axis3DefaultButton, self.axis3Anchor1Edit)
        QWidget.setTabOrder(self.axis3Anchor1Edit, self.axis3Anchor2Edit)
        QWidget.setTabOrder(self.axis3Anchor2Edit, self.axis3Anchor3Edit)
        QWidget.setTabOrder(self.axis3Anchor3Edit, self.axis3Anchor4Edit)
        QWidget.setTabOrder(self.axis3Anchor4Edit, self.axis4DefaultButton)
        QWidget.setTabOrder(self.axis4DefaultButton, self.axis4Anchor1Edit)
        QWidget.setTabOrder(self.axis4Anchor1Edit, self.axis4Anchor2Edit)
        QWidget.setTabOrder(self.axis4Anchor2Edit, self.axis4Anchor3Edit)
        QWidget.setTabOrder(self.axis4Anchor3Edit, self.axis4Anchor4Edit)
        QWidget.setTabOrder(self.axis4Anchor4Edit, self.axis5DefaultButton)
        QWidget.setTabOrder(self.axis5DefaultButton, self.axis5Anchor1Edit)
        QWidget.setTabOrder(self.axis5Anchor1Edit, self.axis5Anchor2Edit)
        QWidget.setTabOrder(self.axis5Anchor2Edit, self.axis5Anchor3Edit)
        QWidget.setTabOrder(self.axis5Anchor3Edit, self.axis5Anchor4Edit)
        QWidget.setTabOrder(self.axis5Anchor4Edit, self.buttonBox)

        self.retranslateUi(AxisAnchorsDialog)
    # setupUi

    def retranslateUi(self, AxisAnchorsDialog):
        AxisAnchorsDialog.setWindowTitle(QCoreApplication.translate("AxisAnchorsDialog", u"Axis Anchors", None))
        self.headline.setText(QCoreApplication.translate("AxisAnchorsDialog", u"What a 1, 2, 3 and 4 look like on each skill axis", None))
        self.hintLabel.setText(QCoreApplication.translate("AxisAnchorsDialog", u"Interviewers see these beside each axis's rating while scoring, and printed scorecards carry them. Write what the candidate says or does at each step; clear all four to score an axis without anchors. One set for the whole file: the role's weights already say how much an axis counts.", None))
        self.axis1DefaultButton.setText(QCoreApplication.translate("AxisAnchorsDialog", u"Hirefile's Wording", None))
#if QT_CONFIG(tooltip)
        self.axis1DefaultButton.setToolTip(QCoreApplication.translate("AxisAnchorsDialog", u"Put Hirefile's anchors for this axis back in the fields (kept when you save)", None))
#endif // QT_CONFIG(tooltip)
        self.axis1Anchor1Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"1 Strong no", None))
        self.axis1Anchor2Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"2 No", None))
        self.axis1Anchor3Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"3 Yes", None))
        self.axis1Anchor4Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"4 Strong yes", None))
        self.axis2DefaultButton.setText(QCoreApplication.translate("AxisAnchorsDialog", u"Hirefile's Wording", None))
#if QT_CONFIG(tooltip)
        self.axis2DefaultButton.setToolTip(QCoreApplication.translate("AxisAnchorsDialog", u"Put Hirefile's anchors for this axis back in the fields (kept when you save)", None))
#endif // QT_CONFIG(tooltip)
        self.axis2Anchor1Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"1 Strong no", None))
        self.axis2Anchor2Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"2 No", None))
        self.axis2Anchor3Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"3 Yes", None))
        self.axis2Anchor4Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"4 Strong yes", None))
        self.axis3DefaultButton.setText(QCoreApplication.translate("AxisAnchorsDialog", u"Hirefile's Wording", None))
#if QT_CONFIG(tooltip)
        self.axis3DefaultButton.setToolTip(QCoreApplication.translate("AxisAnchorsDialog", u"Put Hirefile's anchors for this axis back in the fields (kept when you save)", None))
#endif // QT_CONFIG(tooltip)
        self.axis3Anchor1Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"1 Strong no", None))
        self.axis3Anchor2Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"2 No", None))
        self.axis3Anchor3Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"3 Yes", None))
        self.axis3Anchor4Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"4 Strong yes", None))
        self.axis4DefaultButton.setText(QCoreApplication.translate("AxisAnchorsDialog", u"Hirefile's Wording", None))
#if QT_CONFIG(tooltip)
        self.axis4DefaultButton.setToolTip(QCoreApplication.translate("AxisAnchorsDialog", u"Put Hirefile's anchors for this axis back in the fields (kept when you save)", None))
#endif // QT_CONFIG(tooltip)
        self.axis4Anchor1Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"1 Strong no", None))
        self.axis4Anchor2Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"2 No", None))
        self.axis4Anchor3Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"3 Yes", None))
        self.axis4Anchor4Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"4 Strong yes", None))
        self.axis5DefaultButton.setText(QCoreApplication.translate("AxisAnchorsDialog", u"Hirefile's Wording", None))
#if QT_CONFIG(tooltip)
        self.axis5DefaultButton.setToolTip(QCoreApplication.translate("AxisAnchorsDialog", u"Put Hirefile's anchors for this axis back in the fields (kept when you save)", None))
#endif // QT_CONFIG(tooltip)
        self.axis5Anchor1Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"1 Strong no", None))
        self.axis5Anchor2Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"2 No", None))
        self.axis5Anchor3Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"3 Yes", None))
        self.axis5Anchor4Label.setText(QCoreApplication.translate("AxisAnchorsDialog", u"4 Strong yes", None))
    # retranslateUi

