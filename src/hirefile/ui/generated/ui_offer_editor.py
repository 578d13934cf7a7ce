# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offer_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDoubleSpinBox,
    QFormLayout, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QStackedWidget, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from hirefile.ui.common import OptionalDateEdit
from hirefile.ui.offers.letter import LetterEditor

class Ui_OfferEditor(object):
    def setupUi(self, OfferEditor):
        if not OfferEditor.objectName():
            OfferEditor.setObjectName(u"OfferEditor")
        OfferEditor.resize(1000, 740)
        self.dialogLayout = QVBoxLayout(OfferEditor)
        self.dialogLayout.setSpacing(0)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(0, 0, 0, 0)
        self.headerBox = QWidget(OfferEditor)
        self.headerBox.setObjectName(u"headerBox")
        self.headerLayout = QVBoxLayout(self.headerBox)
        self.headerLayout.setSpacing(3)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(24, 20, 24, 12)
        self.titleRow = QHBoxLayout()
        self.titleRow.setSpacing(12)
        self.titleRow.setObjectName(u"titleRow")
        self.headline = QLabel(self.headerBox)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"Candidate")
        self.headline.setProperty(u"kind", u"headline")

        self.titleRow.addWidget(self.headline)

        self.statusChip = QLabel(self.headerBox)
        self.statusChip.setObjectName(u"statusChip")
        self.statusChip.setText(u"Draft")

        self.titleRow.addWidget(self.statusChip, 0, Qt.AlignmentFlag.AlignVCenter)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)


        self.headerLayout.addLayout(self.titleRow)

        self.subtitle = QLabel(self.headerBox)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setText(u"Role")
        self.subtitle.setProperty(u"kind", u"subtitle")

        self.headerLayout.addWidget(self.subtitle)

        self.contextLabel = QLabel(self.headerBox)
        self.contextLabel.setObjectName(u"contextLabel")
        self.contextLabel.setText(u"")
        self.contextLabel.setTextFormat(Qt.TextFormat.RichText)
        self.contextLabel.setWordWrap(True)
        self.contextLabel.setProperty(u"kind", u"hint")

        self.headerLayout.addWidget(self.contextLabel)


        self.dialogLayout.addWidget(self.headerBox)

        self.bannerLayout = QVBoxLayout()
        self.bannerLayout.setSpacing(8)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(24, 0, 24, 12)
        self.warningBanner = QFrame(OfferEditor)
        self.warningBanner.setObjectName(u"warningBanner")
        self.warningBannerLayout = QHBoxLayout(self.warningBanner)
        self.warningBannerLayout.setSpacing(10)
        self.warningBannerLayout.setObjectName(u"warningBannerLayout")
        self.warningBannerLayout.setContentsMargins(12, 8, 12, 8)
        self.warningBannerIcon = QLabel(self.warningBanner)
        self.warningBannerIcon.setObjectName(u"warningBannerIcon")
        self.warningBannerIcon.setText(u"\u26a0")

        self.warningBannerLayout.addWidget(self.warningBannerIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.warningLabel = QLabel(self.warningBanner)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextFormat(Qt.TextFormat.RichText)

        self.warningBannerLayout.addWidget(self.warningLabel)

        self.warningBannerLayout.setStretch(1, 1)

        self.bannerLayout.addWidget(self.warningBanner)

        self.infoBanner = QFrame(OfferEditor)
        self.infoBanner.setObjectName(u"infoBanner")
        self.infoBannerLayout = QHBoxLayout(self.infoBanner)
        self.infoBannerLayout.setSpacing(10)
        self.infoBannerLayout.setObjectName(u"infoBannerLayout")
        self.infoBannerLayout.setContentsMargins(12, 8, 12, 8)
        self.infoLabel = QLabel(self.infoBanner)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setText(u"")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextFormat(Qt.TextFormat.RichText)

        self.infoBannerLayout.addWidget(self.infoLabel)


        self.bannerLayout.addWidget(self.infoBanner)


        self.dialogLayout.addLayout(self.bannerLayout)

        self.tabs = QTabWidget(OfferEditor)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.termsPage = QWidget()
        self.termsPage.setObjectName(u"termsPage")
        self.termsLayout = QHBoxLayout(self.termsPage)
        self.termsLayout.setSpacing(40)
        self.termsLayout.setObjectName(u"termsLayout")
        self.termsLayout.setContentsMargins(24, 16, 24, 16)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(8)
        self.leftColumn.setObjectName(u"leftColumn")
        self.payHeading = QLabel(self.termsPage)
        self.payHeading.setObjectName(u"payHeading")
        self.payHeading.setProperty(u"kind", u"sectionTitle")

        self.leftColumn.addWidget(self.payHeading)

        self.payForm = QFormLayout()
        self.payForm.setObjectName(u"payForm")
        self.payForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.payForm.setHorizontalSpacing(14)
        self.payForm.setVerticalSpacing(8)
        self.baseLabel = QLabel(self.termsPage)
        self.baseLabel.setObjectName(u"baseLabel")

        self.payForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.baseLabel)

        self.baseRow = QHBoxLayout()
        self.baseRow.setSpacing(6)
        self.baseRow.setObjectName(u"baseRow")
        self.baseEdit = QLineEdit(self.termsPage)
        self.baseEdit.setObjectName(u"baseEdit")
        self.baseEdit.setMaximumSize(QSize(180, 16777215))

        self.baseRow.addWidget(self.baseEdit)

        self.currencyCombo = QComboBox(self.termsPage)
        self.currencyCombo.setObjectName(u"currencyCombo")

        self.baseRow.addWidget(self.currencyCombo)

        self.periodCombo = QComboBox(self.termsPage)
        self.periodCombo.setObjectName(u"periodCombo")

        self.baseRow.addWidget(self.periodCombo)

        self.baseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.baseRow.addItem(self.baseSpacer)


        self.payForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.baseRow)

        self.baseError = QLabel(self.termsPage)
        self.baseError.setObjectName(u"baseError")
        self.baseError.setText(u"")
        self.baseError.setWordWrap(True)
        self.baseError.setProperty(u"kind", u"fieldError")

        self.payForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.baseError)

        self.bonusLabel = QLabel(self.termsPage)
        self.bonusLabel.setObjectName(u"bonusLabel")

        self.payForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bonusLabel)

        self.bonusRow = QHBoxLayout()
        self.bonusRow.setSpacing(6)
        self.bonusRow.setObjectName(u"bonusRow")
        self.bonusEdit = QLineEdit(self.termsPage)
        self.bonusEdit.setObjectName(u"bonusEdit")
        self.bonusEdit.setMaximumSize(QSize(180, 16777215))

        self.bonusRow.addWidget(self.bonusEdit)

        self.bonusCurrency = QLabel(self.termsPage)
        self.bonusCurrency.setObjectName(u"bonusCurrency")
        self.bonusCurrency.setText(u"")
        self.bonusCurrency.setProperty(u"kind", u"hint")

        self.bonusRow.addWidget(self.bonusCurrency)

        self.bonusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bonusRow.addItem(self.bonusSpacer)


        self.payForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.bonusRow)

        self.bonusNoteLabel = QLabel(self.termsPage)
        self.bonusNoteLabel.setObjectName(u"bonusNoteLabel")

        self.payForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bonusNoteLabel)

        self.bonusNoteEdit = QLineEdit(self.termsPage)
        self.bonusNoteEdit.setObjectName(u"bonusNoteEdit")

        self.payForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bonusNoteEdit)

        self.bonusError = QLabel(self.termsPage)
        self.bonusError.setObjectName(u"bonusError")
        self.bonusError.setText(u"")
        self.bonusError.setWordWrap(True)
        self.bonusError.setProperty(u"kind", u"fieldError")

        self.payForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bonusError)


        self.leftColumn.addLayout(self.payForm)

        self.gap1 = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.leftColumn.addItem(self.gap1)

        self.equityHeading = QLabel(self.termsPage)
        self.equityHeading.setObjectName(u"equityHeading")
        self.equityHeading.setProperty(u"kind", u"sectionTitle")

        self.leftColumn.addWidget(self.equityHeading)

        self.equityKindRow = QHBoxLayout()
        self.equityKindRow.setSpacing(18)
        self.equityKindRow.setObjectName(u"equityKindRow")
        self.noEquityRadio = QRadioButton(self.termsPage)
        self.noEquityRadio.setObjectName(u"noEquityRadio")
        self.noEquityRadio.setChecked(True)

        self.equityKindRow.addWidget(self.noEquityRadio)

        self.optionsRadio = QRadioButton(self.termsPage)
        self.optionsRadio.setObjectName(u"optionsRadio")

        self.equityKindRow.addWidget(self.optionsRadio)

        self.percentRadio = QRadioButton(self.termsPage)
        self.percentRadio.setObjectName(u"percentRadio")

        self.equityKindRow.addWidget(self.percentRadio)

        self.equityKindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.equityKindRow.addItem(self.equityKindSpacer)


        self.leftColumn.addLayout(self.equityKindRow)

        self.equityForm = QFormLayout()
        self.equityForm.setObjectName(u"equityForm")
        self.equityForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.equityForm.setHorizontalSpacing(14)
        self.equityForm.setVerticalSpacing(8)
        self.amountLabel = QLabel(self.termsPage)
        self.amountLabel.setObjectName(u"amountLabel")

        self.equityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountStack = QStackedWidget(self.termsPage)
        self.amountStack.setObjectName(u"amountStack")
        self.amountStack.setMaximumSize(QSize(200, 16777215))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.amountStack.sizePolicy().hasHeightForWidth())
        self.amountStack.setSizePolicy(sizePolicy)
        self.optionsSpin = QSpinBox()
        self.optionsSpin.setObjectName(u"optionsSpin")
        self.optionsSpin.setMinimum(0)
        self.optionsSpin.setMaximum(100000000)
        self.optionsSpin.setSuffix(u" options")
        self.optionsSpin.setMinimumSize(QSize(150, 0))
        self.optionsSpin.setGroupSeparatorShown(True)
        self.optionsSpin.setSingleStep(500)
        self.amountStack.addWidget(self.optionsSpin)
        self.percentSpin = QDoubleSpinBox()
        self.percentSpin.setObjectName(u"percentSpin")
        self.percentSpin.setMinimum(0.000000000000000)
        self.percentSpin.setMaximum(100.000000000000000)
        self.percentSpin.setSuffix(u" %")
        self.percentSpin.setMinimumSize(QSize(150, 0))
        self.percentSpin.setDecimals(2)
        self.percentSpin.setSingleStep(0.050000000000000)
        self.amountStack.addWidget(self.percentSpin)

        self.equityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amountStack)

        self.vestingLabel = QLabel(self.termsPage)
        self.vestingLabel.setObjectName(u"vestingLabel")

        self.equityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.vestingLabel)

        self.vestingRow = QHBoxLayout()
        self.vestingRow.setSpacing(8)
        self.vestingRow.setObjectName(u"vestingRow")
        self.vestingSpin = QSpinBox(self.termsPage)
        self.vestingSpin.setObjectName(u"vestingSpin")
        self.vestingSpin.setMinimum(1)
        self.vestingSpin.setMaximum(120)
        self.vestingSpin.setSuffix(u" months")
        self.vestingSpin.setMinimumSize(QSize(150, 0))

        self.vestingRow.addWidget(self.vestingSpin)

        self.cliffLabel = QLabel(self.termsPage)
        self.cliffLabel.setObjectName(u"cliffLabel")

        self.vestingRow.addWidget(self.cliffLabel)

        self.cliffSpin = QSpinBox(self.termsPage)
        self.cliffSpin.setObjectName(u"cliffSpin")
        self.cliffSpin.setMinimum(0)
        self.cliffSpin.setMaximum(120)
        self.cliffSpin.setSuffix(u" months")
        self.cliffSpin.setMinimumSize(QSize(150, 0))

        self.vestingRow.addWidget(self.cliffSpin)

        self.vestingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vestingRow.addItem(self.vestingSpacer)


        self.equityForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.vestingRow)

        self.equitySummary = QLabel(self.termsPage)
        self.equitySummary.setObjectName(u"equitySummary")
        self.equitySummary.setText(u"")
        self.equitySummary.setProperty(u"kind", u"summary")

        self.equityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.equitySummary)

        self.equityError = QLabel(self.termsPage)
        self.equityError.setObjectName(u"equityError")
        self.equityError.setText(u"")
        self.equityError.setWordWrap(True)
        self.equityError.setProperty(u"kind", u"fieldError")

        self.equityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.equityError)


        self.leftColumn.addLayout(self.equityForm)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.termsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(8)
        self.rightColumn.setObjectName(u"rightColumn")
        self.datesHeading = QLabel(self.termsPage)
        self.datesHeading.setObjectName(u"datesHeading")
        self.datesHeading.setProperty(u"kind", u"sectionTitle")

        self.rightColumn.addWidget(self.datesHeading)

        self.datesForm = QFormLayout()
        self.datesForm.setObjectName(u"datesForm")
        self.datesForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.datesForm.setHorizontalSpacing(14)
        self.datesForm.setVerticalSpacing(8)
        self.startLabel = QLabel(self.termsPage)
        self.startLabel.setObjectName(u"startLabel")

        self.datesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = OptionalDateEdit(self.termsPage)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setMinimumSize(QSize(150, 0))

        self.datesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.expiresLabel = QLabel(self.termsPage)
        self.expiresLabel.setObjectName(u"expiresLabel")

        self.datesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.expiresLabel)

        self.expiresEdit = OptionalDateEdit(self.termsPage)
        self.expiresEdit.setObjectName(u"expiresEdit")
        self.expiresEdit.setMinimumSize(QSize(150, 0))

        self.datesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.expiresEdit)

        self.expiresHint = QLabel(self.termsPage)
        self.expiresHint.setObjectName(u"expiresHint")
        self.expiresHint.setWordWrap(True)
        self.expiresHint.setProperty(u"kind", u"hint")

        self.datesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.expiresHint)

        self.datesError = QLabel(self.termsPage)
        self.datesError.setObjectName(u"datesError")
        self.datesError.setText(u"")
        self.datesError.setWordWrap(True)
        self.datesError.setProperty(u"kind", u"fieldError")

        self.datesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.datesError)


        self.rightColumn.addLayout(self.datesForm)

        self.gap2 = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.rightColumn.addItem(self.gap2)

        self.notesHeading = QLabel(self.termsPage)
        self.notesHeading.setObjectName(u"notesHeading")
        self.notesHeading.setProperty(u"kind", u"sectionTitle")

        self.rightColumn.addWidget(self.notesHeading)

        self.notesEdit = QPlainTextEdit(self.termsPage)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.rightColumn.addWidget(self.notesEdit)


        self.termsLayout.addLayout(self.rightColumn)

        self.termsLayout.setStretch(0, 5)
        self.termsLayout.setStretch(1, 4)
        self.tabs.addTab(self.termsPage, "")
        self.letterPage = QWidget()
        self.letterPage.setObjectName(u"letterPage")
        self.letterLayout = QVBoxLayout(self.letterPage)
        self.letterLayout.setObjectName(u"letterLayout")
        self.letterLayout.setContentsMargins(24, 16, 24, 16)
        self.letterEditor = LetterEditor(self.letterPage)
        self.letterEditor.setObjectName(u"letterEditor")

        self.letterLayout.addWidget(self.letterEditor)

        self.tabs.addTab(self.letterPage, "")
        self.historyPage = QWidget()
        self.historyPage.setObjectName(u"historyPage")
        self.historyLayout = QVBoxLayout(self.historyPage)
        self.historyLayout.setSpacing(8)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(24, 16, 24, 16)
        self.historyHint = QLabel(self.historyPage)
        self.historyHint.setObjectName(u"historyHint")
        self.historyHint.setWordWrap(True)
        self.historyHint.setProperty(u"kind", u"hint")

        self.historyLayout.addWidget(self.historyHint)

        self.historyTable = QTableView(self.historyPage)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setTabKeyNavigation(False)

        self.historyLayout.addWidget(self.historyTable)

        self.tabs.addTab(self.historyPage, "")

        self.dialogLayout.addWidget(self.tabs)

        self.footer = QFrame(OfferEditor)
        self.footer.setObjectName(u"footer")
        self.footerLayout = QHBoxLayout(self.footer)
        self.footerLayout.setSpacing(10)
        self.footerLayout.setObjectName(u"footerLayout")
        self.footerLayout.setContentsMargins(24, 12, 24, 12)
        self.footerMessage = QLabel(self.footer)
        self.footerMessage.setObjectName(u"footerMessage")
        self.footerMessage.setText(u"")
        self.footerMessage.setWordWrap(True)
        self.footerMessage.setProperty(u"kind", u"fieldError")

        self.footerLayout.addWidget(self.footerMessage)

        self.cancelButton = QPushButton(self.footer)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)
        self.cancelButton.setProperty(u"kind", u"tool")

        self.footerLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(self.footer)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"kind", u"primary")

        self.footerLayout.addWidget(self.saveButton)

        self.footerLayout.setStretch(0, 1)

        self.dialogLayout.addWidget(self.footer)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.baseLabel.setBuddy(self.baseEdit)
        self.bonusLabel.setBuddy(self.bonusEdit)
        self.bonusNoteLabel.setBuddy(self.bonusNoteEdit)
        self.amountLabel.setBuddy(self.optionsSpin)
        self.vestingLabel.setBuddy(self.vestingSpin)
        self.cliffLabel.setBuddy(self.cliffSpin)
        self.startLabel.setBuddy(self.startEdit)
        self.expiresLabel.setBuddy(self.expiresEdit)
        self.notesHeading.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.baseEdit)
        QWidget.setTabOrder(self.baseEdit, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.bonusEdit)
        QWidget.setTabOrder(self.bonusEdit, self.bonusNoteEdit)
        QWidget.setTabOrder(self.bonusNoteEdit, self.noEquityRadio)
        QWidget.setTabOrder(self.noEquityRadio, self.optionsRadio)
        QWidget.setTabOrder(self.optionsRadio, self.percentRadio)
        QWidget.setTabOrder(self.percentRadio, self.optionsSpin)
        QWidget.setTabOrder(self.optionsSpin, self.percentSpin)
        QWidget.setTabOrder(self.percentSpin, self.vestingSpin)
        QWidget.setTabOrder(self.vestingSpin, self.cliffSpin)
        QWidget.setTabOrder(self.cliffSpin, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.expiresEdit)
        QWidget.setTabOrder(self.expiresEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.letterEditor)
        QWidget.setTabOrder(self.letterEditor, self.historyTable)
        QWidget.setTabOrder(self.historyTable, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(OfferEditor)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, OfferEditor):
        OfferEditor.setWindowTitle(QCoreApplication.translate("OfferEditor", u"Offer", None))
        self.payHeading.setText(QCoreApplication.translate("OfferEditor", u"Pay", None))
        self.baseLabel.setText(QCoreApplication.translate("OfferEditor", u"&Base salary", None))
        self.baseEdit.setPlaceholderText(QCoreApplication.translate("OfferEditor", u"e.g. 120,000 or 95k", None))
#if QT_CONFIG(accessibility)
        self.baseEdit.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Base salary amount", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.currencyCombo.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Currency", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.currencyCombo.setToolTip(QCoreApplication.translate("OfferEditor", u"Currency (the company's default first)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Pay period", None))
#endif // QT_CONFIG(accessibility)
        self.bonusLabel.setText(QCoreApplication.translate("OfferEditor", u"Bo&nus", None))
        self.bonusEdit.setPlaceholderText(QCoreApplication.translate("OfferEditor", u"None", None))
#if QT_CONFIG(accessibility)
        self.bonusEdit.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Bonus amount", None))
#endif // QT_CONFIG(accessibility)
        self.bonusNoteLabel.setText(QCoreApplication.translate("OfferEditor", u"&What it is for", None))
        self.bonusNoteEdit.setPlaceholderText(QCoreApplication.translate("OfferEditor", u"e.g. signing bonus, or on reaching the first-year goals", None))
#if QT_CONFIG(accessibility)
        self.bonusNoteEdit.setAccessibleName(QCoreApplication.translate("OfferEditor", u"What the bonus is for", None))
#endif // QT_CONFIG(accessibility)
        self.equityHeading.setText(QCoreApplication.translate("OfferEditor", u"Equity", None))
        self.noEquityRadio.setText(QCoreApplication.translate("OfferEditor", u"No equit&y", None))
        self.optionsRadio.setText(QCoreApplication.translate("OfferEditor", u"Stock &options", None))
        self.percentRadio.setText(QCoreApplication.translate("OfferEditor", u"&Percent of the company", None))
        self.amountLabel.setText(QCoreApplication.translate("OfferEditor", u"&Amount", None))
#if QT_CONFIG(accessibility)
        self.optionsSpin.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Number of options", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.percentSpin.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Percent of the company", None))
#endif // QT_CONFIG(accessibility)
        self.vestingLabel.setText(QCoreApplication.translate("OfferEditor", u"&Vesting over", None))
#if QT_CONFIG(accessibility)
        self.vestingSpin.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Vesting period in months", None))
#endif // QT_CONFIG(accessibility)
        self.cliffLabel.setText(QCoreApplication.translate("OfferEditor", u"with a cli&ff of", None))
#if QT_CONFIG(accessibility)
        self.cliffSpin.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Cliff in months", None))
#endif // QT_CONFIG(accessibility)
        self.datesHeading.setText(QCoreApplication.translate("OfferEditor", u"Dates", None))
        self.startLabel.setText(QCoreApplication.translate("OfferEditor", u"&Start date", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.expiresLabel.setText(QCoreApplication.translate("OfferEditor", u"E&xpires on", None))
#if QT_CONFIG(accessibility)
        self.expiresEdit.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Offer expires on", None))
#endif // QT_CONFIG(accessibility)
        self.expiresHint.setText(QCoreApplication.translate("OfferEditor", u"The last day to accept. Two weeks is usual: a short, clear deadline keeps things moving.", None))
        self.notesHeading.setText(QCoreApplication.translate("OfferEditor", u"&Internal notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("OfferEditor", u"For you and your cofounder: how you got to these numbers, what you would move on. Never printed in the letter.", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Internal notes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.termsPage), QCoreApplication.translate("OfferEditor", u"&Terms", None))
        self.tabs.setTabText(self.tabs.indexOf(self.letterPage), QCoreApplication.translate("OfferEditor", u"&Letter", None))
        self.historyHint.setText(QCoreApplication.translate("OfferEditor", u"Every status change of this offer, with who made it and when.", None))
#if QT_CONFIG(accessibility)
        self.historyTable.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Status history", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.historyPage), QCoreApplication.translate("OfferEditor", u"&History", None))
        self.cancelButton.setText(QCoreApplication.translate("OfferEditor", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("OfferEditor", u"Save offer", None))
    # retranslateUi

