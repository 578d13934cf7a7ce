# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QGridLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_StepDialog(object):
    def setupUi(self, StepDialog):
        if not StepDialog.objectName():
            StepDialog.setObjectName(u"StepDialog")
        StepDialog.resize(560, 480)
        StepDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(StepDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 20, 24, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(6)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kindLabel = QLabel(StepDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(StepDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.titleFieldLabel = QLabel(StepDialog)
        self.titleFieldLabel.setObjectName(u"titleFieldLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleFieldLabel)

        self.titleEdit = QLineEdit(StepDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(StepDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setWordWrap(True)
        self.titleError.setVisible(False)
        self.titleError.setProperty(u"kind", u"fieldError")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.minutesLabel = QLabel(StepDialog)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesSpin = QSpinBox(StepDialog)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMinimum(5)
        self.minutesSpin.setMaximum(480)
        self.minutesSpin.setSingleStep(5)
        self.minutesSpin.setValue(45)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minutesSpin)

        self.minutesError = QLabel(StepDialog)
        self.minutesError.setObjectName(u"minutesError")
        self.minutesError.setText(u"")
        self.minutesError.setWordWrap(True)
        self.minutesError.setVisible(False)
        self.minutesError.setProperty(u"kind", u"fieldError")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.minutesError)

        self.axesLabel = QLabel(StepDialog)
        self.axesLabel.setObjectName(u"axesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.axesLabel)

        self.axesBox = QWidget(StepDialog)
        self.axesBox.setObjectName(u"axesBox")
        self.axesGrid = QGridLayout(self.axesBox)
        self.axesGrid.setObjectName(u"axesGrid")
        self.axesGrid.setHorizontalSpacing(16)
        self.axesGrid.setVerticalSpacing(6)
        self.axesGrid.setContentsMargins(0, 0, 0, 0)
        self.axisMlPractice = QCheckBox(self.axesBox)
        self.axisMlPractice.setObjectName(u"axisMlPractice")

        self.axesGrid.addWidget(self.axisMlPractice, 0, 0, 1, 1)

        self.axisSoftware = QCheckBox(self.axesBox)
        self.axisSoftware.setObjectName(u"axisSoftware")

        self.axesGrid.addWidget(self.axisSoftware, 0, 1, 1, 1)

        self.axisTheory = QCheckBox(self.axesBox)
        self.axisTheory.setObjectName(u"axisTheory")

        self.axesGrid.addWidget(self.axisTheory, 1, 0, 1, 1)

        self.axisSystems = QCheckBox(self.axesBox)
        self.axisSystems.setObjectName(u"axisSystems")

        self.axesGrid.addWidget(self.axisSystems, 1, 1, 1, 1)

        self.axisCulture = QCheckBox(self.axesBox)
        self.axisCulture.setObjectName(u"axisCulture")

        self.axesGrid.addWidget(self.axisCulture, 2, 0, 1, 1)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.axesBox)

        self.axesError = QLabel(StepDialog)
        self.axesError.setObjectName(u"axesError")
        self.axesError.setText(u"")
        self.axesError.setWordWrap(True)
        self.axesError.setVisible(False)
        self.axesError.setProperty(u"kind", u"fieldError")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.axesError)

        self.hoursLabel = QLabel(StepDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursSpin = QDoubleSpinBox(StepDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setMinimum(0.500000000000000)
        self.hoursSpin.setMaximum(40.000000000000000)
        self.hoursSpin.setSingleStep(0.500000000000000)
        self.hoursSpin.setValue(3.000000000000000)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.hoursSpin)

        self.hoursError = QLabel(StepDialog)
        self.hoursError.setObjectName(u"hoursError")
        self.hoursError.setText(u"")
        self.hoursError.setWordWrap(True)
        self.hoursError.setVisible(False)
        self.hoursError.setProperty(u"kind", u"fieldError")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.hoursError)

        self.alternativeLabel = QLabel(StepDialog)
        self.alternativeLabel.setObjectName(u"alternativeLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.alternativeLabel)

        self.alternativeCombo = QComboBox(StepDialog)
        self.alternativeCombo.setObjectName(u"alternativeCombo")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.alternativeCombo)

        self.alternativeHint = QLabel(StepDialog)
        self.alternativeHint.setObjectName(u"alternativeHint")
        self.alternativeHint.setProperty(u"kind", u"hint")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.alternativeHint)

        self.notesLabel = QLabel(StepDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(StepDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 80))

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(StepDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)
        self.messageLabel.setProperty(u"kind", u"fieldError")

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(StepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleFieldLabel.setBuddy(self.titleEdit)
        self.minutesLabel.setBuddy(self.minutesSpin)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.alternativeLabel.setBuddy(self.alternativeCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.minutesSpin)
        QWidget.setTabOrder(self.minutesSpin, self.axisMlPractice)
        QWidget.setTabOrder(self.axisMlPractice, self.axisSoftware)
        QWidget.setTabOrder(self.axisSoftware, self.axisTheory)
        QWidget.setTabOrder(self.axisTheory, self.axisSystems)
        QWidget.setTabOrder(self.axisSystems, self.axisCulture)
        QWidget.setTabOrder(self.axisCulture, self.hoursSpin)
        QWidget.setTabOrder(self.hoursSpin, self.alternativeCombo)
        QWidget.setTabOrder(self.alternativeCombo, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(StepDialog)
    # setupUi

    def retranslateUi(self, StepDialog):
        StepDialog.setWindowTitle(QCoreApplication.translate("StepDialog", u"Interview step", None))
        self.kindLabel.setText(QCoreApplication.translate("StepDialog", u"&Kind", None))
        self.titleFieldLabel.setText(QCoreApplication.translate("StepDialog", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("StepDialog", u"What you call this step, e.g. Past project deep dive", None))
        self.minutesLabel.setText(QCoreApplication.translate("StepDialog", u"&Length", None))
        self.minutesSpin.setSuffix(QCoreApplication.translate("StepDialog", u" min", None))
#if QT_CONFIG(tooltip)
        self.minutesSpin.setToolTip(QCoreApplication.translate("StepDialog", u"How long the conversation lasts", None))
#endif // QT_CONFIG(tooltip)
        self.axesLabel.setText(QCoreApplication.translate("StepDialog", u"Assesses", None))
#if QT_CONFIG(accessibility)
        self.axesBox.setAccessibleName(QCoreApplication.translate("StepDialog", u"Axes the step assesses", None))
#endif // QT_CONFIG(accessibility)
        self.axisMlPractice.setText(QCoreApplication.translate("StepDialog", u"ML &practice", None))
        self.axisSoftware.setText(QCoreApplication.translate("StepDialog", u"Soft&ware engineering", None))
        self.axisTheory.setText(QCoreApplication.translate("StepDialog", u"ML t&heory and math", None))
        self.axisSystems.setText(QCoreApplication.translate("StepDialog", u"ML s&ystems architecture", None))
        self.axisCulture.setText(QCoreApplication.translate("StepDialog", u"&Culture and collaboration", None))
        self.hoursLabel.setText(QCoreApplication.translate("StepDialog", u"&Expected hours", None))
        self.hoursSpin.setSuffix(QCoreApplication.translate("StepDialog", u" h", None))
#if QT_CONFIG(tooltip)
        self.hoursSpin.setToolTip(QCoreApplication.translate("StepDialog", u"How long candidates are expected to spend on the take-home", None))
#endif // QT_CONFIG(tooltip)
        self.alternativeLabel.setText(QCoreApplication.translate("StepDialog", u"&Alternative", None))
#if QT_CONFIG(tooltip)
        self.alternativeCombo.setToolTip(QCoreApplication.translate("StepDialog", u"Take-homes are hard on people with caregiving duties or a monitored work laptop: name the discussion step they may choose instead", None))
#endif // QT_CONFIG(tooltip)
        self.alternativeHint.setText(QCoreApplication.translate("StepDialog", u"The discussion step candidates may choose instead", None))
        self.notesLabel.setText(QCoreApplication.translate("StepDialog", u"&Notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("StepDialog", u"What interviewers should look for, practicalities", None))
    # retranslateUi

