# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'role_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from hirefile.ui.common import OptionalDateEdit
from hirefile.ui.roles.fields import StringListEdit

class Ui_RoleEditor(object):
    def setupUi(self, RoleEditor):
        if not RoleEditor.objectName():
            RoleEditor.setObjectName(u"RoleEditor")
        RoleEditor.resize(900, 900)
        self.editorLayout = QVBoxLayout(RoleEditor)
        self.editorLayout.setSpacing(0)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(RoleEditor)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.scrollLayout = QHBoxLayout(self.scrollContents)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.scrollLayout.setContentsMargins(24, 16, 24, 24)
        self.formColumn = QWidget(self.scrollContents)
        self.formColumn.setObjectName(u"formColumn")
        self.formColumn.setMaximumSize(QSize(900, 16777215))
        self.columnLayout = QVBoxLayout(self.formColumn)
        self.columnLayout.setSpacing(6)
        self.columnLayout.setObjectName(u"columnLayout")
        self.columnLayout.setContentsMargins(0, 0, 0, 0)
        self.basicsHeading = QLabel(self.formColumn)
        self.basicsHeading.setObjectName(u"basicsHeading")
        self.basicsHeading.setProperty(u"kind", u"sectionTitle")

        self.columnLayout.addWidget(self.basicsHeading)

        self.basicsGrid = QGridLayout()
        self.basicsGrid.setObjectName(u"basicsGrid")
        self.basicsGrid.setHorizontalSpacing(12)
        self.basicsGrid.setVerticalSpacing(8)
        self.titleFieldLabel = QLabel(self.formColumn)
        self.titleFieldLabel.setObjectName(u"titleFieldLabel")

        self.basicsGrid.addWidget(self.titleFieldLabel, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(self.formColumn)
        self.titleEdit.setObjectName(u"titleEdit")

        self.basicsGrid.addWidget(self.titleEdit, 0, 1, 1, 3)

        self.titleError = QLabel(self.formColumn)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setWordWrap(True)
        self.titleError.setVisible(False)
        self.titleError.setProperty(u"kind", u"fieldError")

        self.basicsGrid.addWidget(self.titleError, 1, 1, 1, 3)

        self.trackLabel = QLabel(self.formColumn)
        self.trackLabel.setObjectName(u"trackLabel")

        self.basicsGrid.addWidget(self.trackLabel, 2, 0, 1, 1)

        self.trackCombo = QComboBox(self.formColumn)
        self.trackCombo.setObjectName(u"trackCombo")

        self.basicsGrid.addWidget(self.trackCombo, 2, 1, 1, 1)

        self.levelLabel = QLabel(self.formColumn)
        self.levelLabel.setObjectName(u"levelLabel")

        self.basicsGrid.addWidget(self.levelLabel, 2, 2, 1, 1)

        self.levelCombo = QComboBox(self.formColumn)
        self.levelCombo.setObjectName(u"levelCombo")

        self.basicsGrid.addWidget(self.levelCombo, 2, 3, 1, 1)

        self.typeLabel = QLabel(self.formColumn)
        self.typeLabel.setObjectName(u"typeLabel")

        self.basicsGrid.addWidget(self.typeLabel, 3, 0, 1, 1)

        self.typeCombo = QComboBox(self.formColumn)
        self.typeCombo.setObjectName(u"typeCombo")

        self.basicsGrid.addWidget(self.typeCombo, 3, 1, 1, 1)

        self.statusLabel = QLabel(self.formColumn)
        self.statusLabel.setObjectName(u"statusLabel")

        self.basicsGrid.addWidget(self.statusLabel, 3, 2, 1, 1)

        self.statusCombo = QComboBox(self.formColumn)
        self.statusCombo.setObjectName(u"statusCombo")

        self.basicsGrid.addWidget(self.statusCombo, 3, 3, 1, 1)

        self.headcountLabel = QLabel(self.formColumn)
        self.headcountLabel.setObjectName(u"headcountLabel")

        self.basicsGrid.addWidget(self.headcountLabel, 4, 0, 1, 1)

        self.headcountSpin = QSpinBox(self.formColumn)
        self.headcountSpin.setObjectName(u"headcountSpin")
        self.headcountSpin.setMinimum(1)
        self.headcountSpin.setMaximum(999)

        self.basicsGrid.addWidget(self.headcountSpin, 4, 1, 1, 1)

        self.targetStartLabel = QLabel(self.formColumn)
        self.targetStartLabel.setObjectName(u"targetStartLabel")

        self.basicsGrid.addWidget(self.targetStartLabel, 4, 2, 1, 1)

        self.targetStartEdit = OptionalDateEdit(self.formColumn)
        self.targetStartEdit.setObjectName(u"targetStartEdit")
        self.targetStartEdit.setCalendarPopup(True)

        self.basicsGrid.addWidget(self.targetStartEdit, 4, 3, 1, 1)

        self.locationLabel = QLabel(self.formColumn)
        self.locationLabel.setObjectName(u"locationLabel")

        self.basicsGrid.addWidget(self.locationLabel, 5, 0, 1, 1)

        self.locationEdit = QLineEdit(self.formColumn)
        self.locationEdit.setObjectName(u"locationEdit")

        self.basicsGrid.addWidget(self.locationEdit, 5, 1, 1, 1)

        self.remoteLabel = QLabel(self.formColumn)
        self.remoteLabel.setObjectName(u"remoteLabel")

        self.basicsGrid.addWidget(self.remoteLabel, 5, 2, 1, 1)

        self.remoteCombo = QComboBox(self.formColumn)
        self.remoteCombo.setObjectName(u"remoteCombo")

        self.basicsGrid.addWidget(self.remoteCombo, 5, 3, 1, 1)

        self.headcountError = QLabel(self.formColumn)
        self.headcountError.setObjectName(u"headcountError")
        self.headcountError.setText(u"")
        self.headcountError.setWordWrap(True)
        self.headcountError.setVisible(False)
        self.headcountError.setProperty(u"kind", u"fieldError")

        self.basicsGrid.addWidget(self.headcountError, 6, 1, 1, 3)

        self.basicsGrid.setColumnStretch(1, 1)
        self.basicsGrid.setColumnStretch(3, 1)
        self.basicsGrid.setColumnMinimumWidth(0, 96)
        self.basicsGrid.setColumnMinimumWidth(2, 96)

        self.columnLayout.addLayout(self.basicsGrid)

        self.gap1 = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.columnLayout.addItem(self.gap1)

        self.workHeading = QLabel(self.formColumn)
        self.workHeading.setObjectName(u"workHeading")
        self.workHeading.setProperty(u"kind", u"sectionTitle")

        self.columnLayout.addWidget(self.workHeading)

        self.responsibilitiesLabel = QLabel(self.formColumn)
        self.responsibilitiesLabel.setObjectName(u"responsibilitiesLabel")

        self.columnLayout.addWidget(self.responsibilitiesLabel)

        self.responsibilitiesEdit = QPlainTextEdit(self.formColumn)
        self.responsibilitiesEdit.setObjectName(u"responsibilitiesEdit")
        self.responsibilitiesEdit.setTabChangesFocus(True)
        self.responsibilitiesEdit.setMinimumSize(QSize(0, 110))
        self.responsibilitiesEdit.setMaximumSize(QSize(16777215, 150))

        self.columnLayout.addWidget(self.responsibilitiesEdit)

        self.gap2 = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.columnLayout.addItem(self.gap2)

        self.skillsLayout = QHBoxLayout()
        self.skillsLayout.setSpacing(20)
        self.skillsLayout.setObjectName(u"skillsLayout")
        self.mustLayout = QVBoxLayout()
        self.mustLayout.setSpacing(6)
        self.mustLayout.setObjectName(u"mustLayout")
        self.mustHavesLabel = QLabel(self.formColumn)
        self.mustHavesLabel.setObjectName(u"mustHavesLabel")

        self.mustLayout.addWidget(self.mustHavesLabel)

        self.mustHavesEdit = StringListEdit(self.formColumn)
        self.mustHavesEdit.setObjectName(u"mustHavesEdit")

        self.mustLayout.addWidget(self.mustHavesEdit)

        self.mustHavesWarning = QLabel(self.formColumn)
        self.mustHavesWarning.setObjectName(u"mustHavesWarning")
        self.mustHavesWarning.setText(u"")
        self.mustHavesWarning.setWordWrap(True)
        self.mustHavesWarning.setVisible(False)
        self.mustHavesWarning.setProperty(u"kind", u"fieldWarning")

        self.mustLayout.addWidget(self.mustHavesWarning)


        self.skillsLayout.addLayout(self.mustLayout)

        self.niceLayout = QVBoxLayout()
        self.niceLayout.setSpacing(6)
        self.niceLayout.setObjectName(u"niceLayout")
        self.niceToHavesLabel = QLabel(self.formColumn)
        self.niceToHavesLabel.setObjectName(u"niceToHavesLabel")

        self.niceLayout.addWidget(self.niceToHavesLabel)

        self.niceToHavesEdit = StringListEdit(self.formColumn)
        self.niceToHavesEdit.setObjectName(u"niceToHavesEdit")

        self.niceLayout.addWidget(self.niceToHavesEdit)

        self.niceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.niceLayout.addItem(self.niceSpacer)


        self.skillsLayout.addLayout(self.niceLayout)

        self.skillsLayout.setStretch(0, 1)
        self.skillsLayout.setStretch(1, 1)

        self.columnLayout.addLayout(self.skillsLayout)

        self.gap3 = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.columnLayout.addItem(self.gap3)

        self.techStackLabel = QLabel(self.formColumn)
        self.techStackLabel.setObjectName(u"techStackLabel")

        self.columnLayout.addWidget(self.techStackLabel)

        self.techStackEdit = QLineEdit(self.formColumn)
        self.techStackEdit.setObjectName(u"techStackEdit")

        self.columnLayout.addWidget(self.techStackEdit)

        self.gap4 = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.columnLayout.addItem(self.gap4)

        self.compHeading = QLabel(self.formColumn)
        self.compHeading.setObjectName(u"compHeading")
        self.compHeading.setProperty(u"kind", u"sectionTitle")

        self.columnLayout.addWidget(self.compHeading)

        self.compGrid = QGridLayout()
        self.compGrid.setObjectName(u"compGrid")
        self.compGrid.setHorizontalSpacing(12)
        self.compGrid.setVerticalSpacing(8)
        self.payLabel = QLabel(self.formColumn)
        self.payLabel.setObjectName(u"payLabel")

        self.compGrid.addWidget(self.payLabel, 0, 0, 1, 1)

        self.payLayout = QHBoxLayout()
        self.payLayout.setSpacing(8)
        self.payLayout.setObjectName(u"payLayout")
        self.payMinEdit = QLineEdit(self.formColumn)
        self.payMinEdit.setObjectName(u"payMinEdit")

        self.payLayout.addWidget(self.payMinEdit)

        self.payDash = QLabel(self.formColumn)
        self.payDash.setObjectName(u"payDash")
        self.payDash.setText(u"\u2013")

        self.payLayout.addWidget(self.payDash)

        self.payMaxEdit = QLineEdit(self.formColumn)
        self.payMaxEdit.setObjectName(u"payMaxEdit")

        self.payLayout.addWidget(self.payMaxEdit)

        self.currencyCombo = QComboBox(self.formColumn)
        self.currencyCombo.setObjectName(u"currencyCombo")
        self.currencyCombo.setEditable(True)
        self.currencyCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currencyCombo.setMinimumSize(QSize(84, 0))

        self.payLayout.addWidget(self.currencyCombo)

        self.periodCombo = QComboBox(self.formColumn)
        self.periodCombo.setObjectName(u"periodCombo")

        self.payLayout.addWidget(self.periodCombo)

        self.payLayout.setStretch(0, 2)
        self.payLayout.setStretch(2, 2)
        self.payLayout.setStretch(4, 1)

        self.compGrid.addLayout(self.payLayout, 0, 1, 1, 1)

        self.payError = QLabel(self.formColumn)
        self.payError.setObjectName(u"payError")
        self.payError.setText(u"")
        self.payError.setWordWrap(True)
        self.payError.setVisible(False)
        self.payError.setProperty(u"kind", u"fieldError")

        self.compGrid.addWidget(self.payError, 1, 1, 1, 1)

        self.payWarning = QLabel(self.formColumn)
        self.payWarning.setObjectName(u"payWarning")
        self.payWarning.setText(u"")
        self.payWarning.setWordWrap(True)
        self.payWarning.setVisible(False)
        self.payWarning.setProperty(u"kind", u"fieldWarning")

        self.compGrid.addWidget(self.payWarning, 2, 1, 1, 1)

        self.equityLabel = QLabel(self.formColumn)
        self.equityLabel.setObjectName(u"equityLabel")

        self.compGrid.addWidget(self.equityLabel, 3, 0, 1, 1)

        self.equityLayout = QHBoxLayout()
        self.equityLayout.setSpacing(8)
        self.equityLayout.setObjectName(u"equityLayout")
        self.equityMinEdit = QLineEdit(self.formColumn)
        self.equityMinEdit.setObjectName(u"equityMinEdit")

        self.equityLayout.addWidget(self.equityMinEdit)

        self.equityDash = QLabel(self.formColumn)
        self.equityDash.setObjectName(u"equityDash")
        self.equityDash.setText(u"\u2013")

        self.equityLayout.addWidget(self.equityDash)

        self.equityMaxEdit = QLineEdit(self.formColumn)
        self.equityMaxEdit.setObjectName(u"equityMaxEdit")

        self.equityLayout.addWidget(self.equityMaxEdit)

        self.equityPercent = QLabel(self.formColumn)
        self.equityPercent.setObjectName(u"equityPercent")
        self.equityPercent.setText(u"%")

        self.equityLayout.addWidget(self.equityPercent)

        self.equitySpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.equityLayout.addItem(self.equitySpacer)

        self.equityLayout.setStretch(0, 2)
        self.equityLayout.setStretch(2, 2)
        self.equityLayout.setStretch(4, 3)

        self.compGrid.addLayout(self.equityLayout, 3, 1, 1, 1)

        self.equityError = QLabel(self.formColumn)
        self.equityError.setObjectName(u"equityError")
        self.equityError.setText(u"")
        self.equityError.setWordWrap(True)
        self.equityError.setVisible(False)
        self.equityError.setProperty(u"kind", u"fieldError")

        self.compGrid.addWidget(self.equityError, 4, 1, 1, 1)

        self.compGrid.setColumnStretch(1, 1)
        self.compGrid.setColumnMinimumWidth(0, 96)

        self.columnLayout.addLayout(self.compGrid)

        self.gap5 = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.columnLayout.addItem(self.gap5)

        self.notesLabel = QLabel(self.formColumn)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setProperty(u"kind", u"sectionTitle")

        self.columnLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.formColumn)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 80))
        self.notesEdit.setMaximumSize(QSize(16777215, 120))

        self.columnLayout.addWidget(self.notesEdit)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.columnLayout.addItem(self.bottomSpacer)


        self.scrollLayout.addWidget(self.formColumn)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scrollLayout.addItem(self.rightSpacer)

        self.scrollLayout.setStretch(0, 1)
        self.scrollArea.setWidget(self.scrollContents)

        self.editorLayout.addWidget(self.scrollArea)

        self.editorFooter = QFrame(RoleEditor)
        self.editorFooter.setObjectName(u"editorFooter")
        self.footerLayout = QHBoxLayout(self.editorFooter)
        self.footerLayout.setSpacing(10)
        self.footerLayout.setObjectName(u"footerLayout")
        self.footerLayout.setContentsMargins(24, 10, 24, 10)
        self.stateLabel = QLabel(self.editorFooter)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")

        self.footerLayout.addWidget(self.stateLabel)

        self.messageLabel = QLabel(self.editorFooter)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"kind", u"fieldError")

        self.footerLayout.addWidget(self.messageLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.revertButton = QPushButton(self.editorFooter)
        self.revertButton.setObjectName(u"revertButton")
        self.revertButton.setEnabled(False)

        self.footerLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.editorFooter)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)

        self.footerLayout.addWidget(self.saveButton)

        self.footerLayout.setStretch(1, 1)

        self.editorLayout.addWidget(self.editorFooter)

#if QT_CONFIG(shortcut)
        self.titleFieldLabel.setBuddy(self.titleEdit)
        self.trackLabel.setBuddy(self.trackCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.headcountLabel.setBuddy(self.headcountSpin)
        self.targetStartLabel.setBuddy(self.targetStartEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.remoteLabel.setBuddy(self.remoteCombo)
        self.responsibilitiesLabel.setBuddy(self.responsibilitiesEdit)
        self.mustHavesLabel.setBuddy(self.mustHavesEdit)
        self.niceToHavesLabel.setBuddy(self.niceToHavesEdit)
        self.techStackLabel.setBuddy(self.techStackEdit)
        self.payLabel.setBuddy(self.payMinEdit)
        self.equityLabel.setBuddy(self.equityMinEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.trackCombo)
        QWidget.setTabOrder(self.trackCombo, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.headcountSpin)
        QWidget.setTabOrder(self.headcountSpin, self.targetStartEdit)
        QWidget.setTabOrder(self.targetStartEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.remoteCombo)
        QWidget.setTabOrder(self.remoteCombo, self.responsibilitiesEdit)
        QWidget.setTabOrder(self.responsibilitiesEdit, self.mustHavesEdit)
        QWidget.setTabOrder(self.mustHavesEdit, self.niceToHavesEdit)
        QWidget.setTabOrder(self.niceToHavesEdit, self.techStackEdit)
        QWidget.setTabOrder(self.techStackEdit, self.payMinEdit)
        QWidget.setTabOrder(self.payMinEdit, self.payMaxEdit)
        QWidget.setTabOrder(self.payMaxEdit, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.equityMinEdit)
        QWidget.setTabOrder(self.equityMinEdit, self.equityMaxEdit)
        QWidget.setTabOrder(self.equityMaxEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.saveButton)

        self.retranslateUi(RoleEditor)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, RoleEditor):
        self.basicsHeading.setText(QCoreApplication.translate("RoleEditor", u"Basics", None))
        self.titleFieldLabel.setText(QCoreApplication.translate("RoleEditor", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("RoleEditor", u"What the role is called in the job post", None))
        self.trackLabel.setText(QCoreApplication.translate("RoleEditor", u"Trac&k", None))
        self.levelLabel.setText(QCoreApplication.translate("RoleEditor", u"Le&vel", None))
        self.typeLabel.setText(QCoreApplication.translate("RoleEditor", u"&Employment", None))
        self.statusLabel.setText(QCoreApplication.translate("RoleEditor", u"St&atus", None))
        self.headcountLabel.setText(QCoreApplication.translate("RoleEditor", u"Head&count", None))
#if QT_CONFIG(tooltip)
        self.headcountSpin.setToolTip(QCoreApplication.translate("RoleEditor", u"How many people to hire into this role", None))
#endif // QT_CONFIG(tooltip)
        self.targetStartLabel.setText(QCoreApplication.translate("RoleEditor", u"Target &start", None))
#if QT_CONFIG(tooltip)
        self.targetStartEdit.setToolTip(QCoreApplication.translate("RoleEditor", u"When the person should start. Delete or Backspace clears the date.", None))
#endif // QT_CONFIG(tooltip)
        self.locationLabel.setText(QCoreApplication.translate("RoleEditor", u"Locat&ion", None))
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("RoleEditor", u"City or region, e.g. Berlin", None))
        self.remoteLabel.setText(QCoreApplication.translate("RoleEditor", u"Re&mote", None))
        self.workHeading.setText(QCoreApplication.translate("RoleEditor", u"The work", None))
        self.responsibilitiesLabel.setText(QCoreApplication.translate("RoleEditor", u"Da&y-to-day responsibilities", None))
        self.responsibilitiesEdit.setPlaceholderText(QCoreApplication.translate("RoleEditor", u"One per line: what this person actually does in a normal week", None))
        self.mustHavesLabel.setText(QCoreApplication.translate("RoleEditor", u"M&ust-haves", None))
        self.niceToHavesLabel.setText(QCoreApplication.translate("RoleEditor", u"&Nice-to-haves", None))
        self.techStackLabel.setText(QCoreApplication.translate("RoleEditor", u"Tec&h stack", None))
        self.techStackEdit.setPlaceholderText(QCoreApplication.translate("RoleEditor", u"Comma-separated, e.g. Python, PyTorch, SQL, Docker", None))
        self.compHeading.setText(QCoreApplication.translate("RoleEditor", u"Compensation", None))
        self.payLabel.setText(QCoreApplication.translate("RoleEditor", u"&Pay range", None))
        self.payMinEdit.setPlaceholderText(QCoreApplication.translate("RoleEditor", u"min, e.g. 120,000", None))
#if QT_CONFIG(accessibility)
        self.payMinEdit.setAccessibleName(QCoreApplication.translate("RoleEditor", u"Minimum pay", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.payMinEdit.setToolTip(QCoreApplication.translate("RoleEditor", u"Type amounts as you would say them: 120,000 or 95k", None))
#endif // QT_CONFIG(tooltip)
        self.payMaxEdit.setPlaceholderText(QCoreApplication.translate("RoleEditor", u"max, e.g. 150k", None))
#if QT_CONFIG(accessibility)
        self.payMaxEdit.setAccessibleName(QCoreApplication.translate("RoleEditor", u"Maximum pay", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.payMaxEdit.setToolTip(QCoreApplication.translate("RoleEditor", u"Type amounts as you would say them: 120,000 or 95k", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.currencyCombo.setAccessibleName(QCoreApplication.translate("RoleEditor", u"Currency", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.currencyCombo.setToolTip(QCoreApplication.translate("RoleEditor", u"ISO 4217 currency code, e.g. EUR", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("RoleEditor", u"Pay period", None))
#endif // QT_CONFIG(accessibility)
        self.equityLabel.setText(QCoreApplication.translate("RoleEditor", u"E&quity", None))
        self.equityMinEdit.setPlaceholderText(QCoreApplication.translate("RoleEditor", u"min, e.g. 0.10", None))
#if QT_CONFIG(accessibility)
        self.equityMinEdit.setAccessibleName(QCoreApplication.translate("RoleEditor", u"Minimum equity (percent)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.equityMinEdit.setToolTip(QCoreApplication.translate("RoleEditor", u"Percent of the company, up to two decimals", None))
#endif // QT_CONFIG(tooltip)
        self.equityMaxEdit.setPlaceholderText(QCoreApplication.translate("RoleEditor", u"max, e.g. 0.50", None))
#if QT_CONFIG(accessibility)
        self.equityMaxEdit.setAccessibleName(QCoreApplication.translate("RoleEditor", u"Maximum equity (percent)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.equityMaxEdit.setToolTip(QCoreApplication.translate("RoleEditor", u"Percent of the company, up to two decimals", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("RoleEditor", u"N&otes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("RoleEditor", u"For you and your cofounder: why this role, who it reports to, open questions", None))
        self.revertButton.setText(QCoreApplication.translate("RoleEditor", u"Revert", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("RoleEditor", u"Throw away the changes you have not saved", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("RoleEditor", u"Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("RoleEditor", u"Save the changes (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

