# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from hirefile.ui.common import DateTimeEdit

class Ui_InterviewDialog(object):
    def setupUi(self, InterviewDialog):
        if not InterviewDialog.objectName():
            InterviewDialog.setObjectName(u"InterviewDialog")
        InterviewDialog.resize(660, 640)
        InterviewDialog.setMinimumSize(QSize(580, 0))
        self.dialogLayout = QVBoxLayout(InterviewDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 20, 24, 16)
        self.headline = QLabel(InterviewDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setProperty(u"kind", u"headline")

        self.dialogLayout.addWidget(self.headline)

        self.intro = QLabel(InterviewDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"kind", u"subtitle")

        self.dialogLayout.addWidget(self.intro)

        self.formScroll = QScrollArea(InterviewDialog)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formHost = QWidget()
        self.formHost.setObjectName(u"formHost")
        self.form = QFormLayout(self.formHost)
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(6)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(0, 0, 4, 0)
        self.applicationLabel = QLabel(self.formHost)
        self.applicationLabel.setObjectName(u"applicationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.applicationLabel)

        self.applicationBox = QWidget(self.formHost)
        self.applicationBox.setObjectName(u"applicationBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.applicationBox.sizePolicy().hasHeightForWidth())
        self.applicationBox.setSizePolicy(sizePolicy)
        self.applicationLayout = QVBoxLayout(self.applicationBox)
        self.applicationLayout.setSpacing(4)
        self.applicationLayout.setObjectName(u"applicationLayout")
        self.applicationLayout.setContentsMargins(0, 0, 0, 0)
        self.searchEdit = QLineEdit(self.applicationBox)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.applicationLayout.addWidget(self.searchEdit)

        self.applicationCombo = QComboBox(self.applicationBox)
        self.applicationCombo.setObjectName(u"applicationCombo")
        self.applicationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.applicationCombo.setMinimumContentsLength(30)

        self.applicationLayout.addWidget(self.applicationCombo)

        self.applicationFixed = QLabel(self.applicationBox)
        self.applicationFixed.setObjectName(u"applicationFixed")
        self.applicationFixed.setText(u"")
        self.applicationFixed.setWordWrap(True)
        self.applicationFixed.setProperty(u"kind", u"fieldTitle")

        self.applicationLayout.addWidget(self.applicationFixed)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.applicationBox)

        self.applicationError = QLabel(self.formHost)
        self.applicationError.setObjectName(u"applicationError")
        self.applicationError.setText(u"")
        self.applicationError.setWordWrap(True)
        self.applicationError.setProperty(u"kind", u"fieldError")
        self.applicationError.setVisible(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.applicationError)

        self.stepLabel = QLabel(self.formHost)
        self.stepLabel.setObjectName(u"stepLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stepLabel)

        self.stepCombo = QComboBox(self.formHost)
        self.stepCombo.setObjectName(u"stepCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stepCombo)

        self.kindLabel = QLabel(self.formHost)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.formHost)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.titleLabel = QLabel(self.formHost)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.formHost)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(self.formHost)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setWordWrap(True)
        self.titleError.setProperty(u"kind", u"fieldError")
        self.titleError.setVisible(False)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.axesCaption = QLabel(self.formHost)
        self.axesCaption.setObjectName(u"axesCaption")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.axesCaption)

        self.axesLabel = QLabel(self.formHost)
        self.axesLabel.setObjectName(u"axesLabel")
        self.axesLabel.setText(u"")
        self.axesLabel.setProperty(u"kind", u"hint")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.axesLabel)

        self.whenLabel = QLabel(self.formHost)
        self.whenLabel.setObjectName(u"whenLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenBox = QWidget(self.formHost)
        self.whenBox.setObjectName(u"whenBox")
        self.whenLayout = QHBoxLayout(self.whenBox)
        self.whenLayout.setSpacing(12)
        self.whenLayout.setObjectName(u"whenLayout")
        self.whenLayout.setContentsMargins(0, 0, 0, 0)
        self.whenEdit = DateTimeEdit(self.whenBox)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setCalendarPopup(True)

        self.whenLayout.addWidget(self.whenEdit)

        self.undatedCheck = QCheckBox(self.whenBox)
        self.undatedCheck.setObjectName(u"undatedCheck")

        self.whenLayout.addWidget(self.undatedCheck)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.whenBox)

        self.zoneHint = QLabel(self.formHost)
        self.zoneHint.setObjectName(u"zoneHint")
        self.zoneHint.setText(u"")
        self.zoneHint.setProperty(u"kind", u"faint")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.zoneHint)

        self.whenError = QLabel(self.formHost)
        self.whenError.setObjectName(u"whenError")
        self.whenError.setText(u"")
        self.whenError.setWordWrap(True)
        self.whenError.setProperty(u"kind", u"fieldError")
        self.whenError.setVisible(False)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.whenError)

        self.warningBanner = QFrame(self.formHost)
        self.warningBanner.setObjectName(u"warningBanner")
        self.warningBanner.setVisible(False)
        self.warningLayout = QHBoxLayout(self.warningBanner)
        self.warningLayout.setSpacing(12)
        self.warningLayout.setObjectName(u"warningLayout")
        self.warningLayout.setContentsMargins(10, 6, 10, 6)
        self.whenWarning = QLabel(self.warningBanner)
        self.whenWarning.setObjectName(u"whenWarning")
        self.whenWarning.setText(u"")
        self.whenWarning.setWordWrap(True)
        self.whenWarning.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.whenWarning.sizePolicy().hasHeightForWidth())
        self.whenWarning.setSizePolicy(sizePolicy1)

        self.warningLayout.addWidget(self.whenWarning)

        self.freeButton = QPushButton(self.warningBanner)
        self.freeButton.setObjectName(u"freeButton")
        self.freeButton.setProperty(u"kind", u"link")
        self.freeButton.setAutoDefault(False)

        self.warningLayout.addWidget(self.freeButton)


        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.warningBanner)

        self.minutesLabel = QLabel(self.formHost)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesSpin = QSpinBox(self.formHost)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMinimum(5)
        self.minutesSpin.setMaximum(480)
        self.minutesSpin.setSingleStep(15)
        self.minutesSpin.setValue(45)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.minutesSpin)

        self.minutesError = QLabel(self.formHost)
        self.minutesError.setObjectName(u"minutesError")
        self.minutesError.setText(u"")
        self.minutesError.setWordWrap(True)
        self.minutesError.setProperty(u"kind", u"fieldError")
        self.minutesError.setVisible(False)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.minutesError)

        self.panelLabel = QLabel(self.formHost)
        self.panelLabel.setObjectName(u"panelLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.panelLabel)

        self.panelList = QListWidget(self.formHost)
        self.panelList.setObjectName(u"panelList")
        self.panelList.setMinimumSize(QSize(0, 96))
        self.panelList.setMaximumSize(QSize(16777215, 150))

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.panelList)

        self.panelError = QLabel(self.formHost)
        self.panelError.setObjectName(u"panelError")
        self.panelError.setText(u"")
        self.panelError.setWordWrap(True)
        self.panelError.setProperty(u"kind", u"fieldError")
        self.panelError.setVisible(False)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.panelError)

        self.locationLabel = QLabel(self.formHost)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(self.formHost)
        self.locationEdit.setObjectName(u"locationEdit")

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.linkLabel = QLabel(self.formHost)
        self.linkLabel.setObjectName(u"linkLabel")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.linkLabel)

        self.linkEdit = QLineEdit(self.formHost)
        self.linkEdit.setObjectName(u"linkEdit")

        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.linkEdit)

        self.notesLabel = QLabel(self.formHost)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(17, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.formHost)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 64))
        self.notesEdit.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.formScroll.setWidget(self.formHost)

        self.dialogLayout.addWidget(self.formScroll)

        self.messageLabel = QLabel(InterviewDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"kind", u"fieldError")
        self.messageLabel.setVisible(False)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(InterviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.applicationLabel.setBuddy(self.searchEdit)
        self.stepLabel.setBuddy(self.stepCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.whenLabel.setBuddy(self.whenEdit)
        self.minutesLabel.setBuddy(self.minutesSpin)
        self.panelLabel.setBuddy(self.panelList)
        self.locationLabel.setBuddy(self.locationEdit)
        self.linkLabel.setBuddy(self.linkEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.applicationCombo)
        QWidget.setTabOrder(self.applicationCombo, self.stepCombo)
        QWidget.setTabOrder(self.stepCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.whenEdit)
        QWidget.setTabOrder(self.whenEdit, self.undatedCheck)
        QWidget.setTabOrder(self.undatedCheck, self.freeButton)
        QWidget.setTabOrder(self.freeButton, self.minutesSpin)
        QWidget.setTabOrder(self.minutesSpin, self.panelList)
        QWidget.setTabOrder(self.panelList, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.linkEdit)
        QWidget.setTabOrder(self.linkEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(InterviewDialog)
    # setupUi

    def retranslateUi(self, InterviewDialog):
        InterviewDialog.setWindowTitle(QCoreApplication.translate("InterviewDialog", u"Schedule interview", None))
        self.headline.setText(QCoreApplication.translate("InterviewDialog", u"Schedule an interview", None))
        self.applicationLabel.setText(QCoreApplication.translate("InterviewDialog", u"&Candidate", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Candidate", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleDescription(QCoreApplication.translate("InterviewDialog", u"Type to find the candidate and role to interview", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InterviewDialog", u"Search a candidate or a role\u2026", None))
#if QT_CONFIG(accessibility)
        self.applicationCombo.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Candidate and role", None))
#endif // QT_CONFIG(accessibility)
        self.stepLabel.setText(QCoreApplication.translate("InterviewDialog", u"Loop &step", None))
#if QT_CONFIG(accessibility)
        self.stepCombo.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Loop step", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("InterviewDialog", u"&Kind", None))
        self.titleLabel.setText(QCoreApplication.translate("InterviewDialog", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("InterviewDialog", u"e.g. System design", None))
        self.axesCaption.setText(QCoreApplication.translate("InterviewDialog", u"Assesses", None))
        self.whenLabel.setText(QCoreApplication.translate("InterviewDialog", u"&When", None))
        self.whenEdit.setDisplayFormat(QCoreApplication.translate("InterviewDialog", u"ddd d MMM yyyy, HH:mm", None))
#if QT_CONFIG(accessibility)
        self.whenEdit.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Date and time (local time)", None))
#endif // QT_CONFIG(accessibility)
        self.undatedCheck.setText(QCoreApplication.translate("InterviewDialog", u"Time not agreed &yet", None))
        self.freeButton.setText(QCoreApplication.translate("InterviewDialog", u"Use the next &free time", None))
        self.minutesLabel.setText(QCoreApplication.translate("InterviewDialog", u"&Length", None))
        self.minutesSpin.setSuffix(QCoreApplication.translate("InterviewDialog", u" min", None))
        self.panelLabel.setText(QCoreApplication.translate("InterviewDialog", u"&Interviewers", None))
#if QT_CONFIG(accessibility)
        self.panelList.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Interviewers", None))
#endif // QT_CONFIG(accessibility)
        self.locationLabel.setText(QCoreApplication.translate("InterviewDialog", u"&Place", None))
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("InterviewDialog", u"Room, address or \u201cphone\u201d", None))
        self.linkLabel.setText(QCoreApplication.translate("InterviewDialog", u"Lin&k", None))
        self.linkEdit.setPlaceholderText(QCoreApplication.translate("InterviewDialog", u"https://meet.example.com/\u2026", None))
        self.notesLabel.setText(QCoreApplication.translate("InterviewDialog", u"&Notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("InterviewDialog", u"For the interviewers: focus, practicalities", None))
    # retranslateUi

