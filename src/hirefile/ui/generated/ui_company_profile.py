# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'company_profile.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QVBoxLayout, QWidget)

from hirefile.ui.offers.letter import LetterEditor

class Ui_CompanyDialog(object):
    def setupUi(self, CompanyDialog):
        if not CompanyDialog.objectName():
            CompanyDialog.setObjectName(u"CompanyDialog")
        CompanyDialog.resize(940, 680)
        self.dialogLayout = QVBoxLayout(CompanyDialog)
        self.dialogLayout.setSpacing(0)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(0, 0, 0, 0)
        self.headerBox = QWidget(CompanyDialog)
        self.headerBox.setObjectName(u"headerBox")
        self.headerLayout = QVBoxLayout(self.headerBox)
        self.headerLayout.setSpacing(3)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(24, 20, 24, 12)
        self.headline = QLabel(self.headerBox)
        self.headline.setObjectName(u"headline")
        self.headline.setProperty(u"kind", u"headline")

        self.headerLayout.addWidget(self.headline)

        self.intro = QLabel(self.headerBox)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"kind", u"hint")

        self.headerLayout.addWidget(self.intro)


        self.dialogLayout.addWidget(self.headerBox)

        self.tabs = QTabWidget(CompanyDialog)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.profilePage = QWidget()
        self.profilePage.setObjectName(u"profilePage")
        self.profileLayout = QHBoxLayout(self.profilePage)
        self.profileLayout.setSpacing(36)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileLayout.setContentsMargins(24, 16, 24, 16)
        self.formColumn = QVBoxLayout()
        self.formColumn.setObjectName(u"formColumn")
        self.profileForm = QFormLayout()
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.profileForm.setHorizontalSpacing(14)
        self.profileForm.setVerticalSpacing(8)
        self.nameLabel = QLabel(self.profilePage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.profilePage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.profilePage)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"kind", u"fieldError")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.addressLabel = QLabel(self.profilePage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.profilePage)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 84))

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.websiteLabel = QLabel(self.profilePage)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEdit = QLineEdit(self.profilePage)
        self.websiteEdit.setObjectName(u"websiteEdit")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.websiteError = QLabel(self.profilePage)
        self.websiteError.setObjectName(u"websiteError")
        self.websiteError.setText(u"")
        self.websiteError.setWordWrap(True)
        self.websiteError.setProperty(u"kind", u"fieldError")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.websiteError)

        self.signatoryNameLabel = QLabel(self.profilePage)
        self.signatoryNameLabel.setObjectName(u"signatoryNameLabel")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.signatoryNameLabel)

        self.signatoryNameEdit = QLineEdit(self.profilePage)
        self.signatoryNameEdit.setObjectName(u"signatoryNameEdit")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.signatoryNameEdit)

        self.signatoryTitleLabel = QLabel(self.profilePage)
        self.signatoryTitleLabel.setObjectName(u"signatoryTitleLabel")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.signatoryTitleLabel)

        self.signatoryTitleEdit = QLineEdit(self.profilePage)
        self.signatoryTitleEdit.setObjectName(u"signatoryTitleEdit")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.signatoryTitleEdit)

        self.currencyLabel = QLabel(self.profilePage)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.profileForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.currencyLabel)

        self.currencyRow = QHBoxLayout()
        self.currencyRow.setSpacing(10)
        self.currencyRow.setObjectName(u"currencyRow")
        self.currencyCombo = QComboBox(self.profilePage)
        self.currencyCombo.setObjectName(u"currencyCombo")

        self.currencyRow.addWidget(self.currencyCombo)

        self.currencyHint = QLabel(self.profilePage)
        self.currencyHint.setObjectName(u"currencyHint")
        self.currencyHint.setWordWrap(True)
        self.currencyHint.setProperty(u"kind", u"hint")

        self.currencyRow.addWidget(self.currencyHint)

        self.currencyRow.setStretch(1, 1)

        self.profileForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.currencyRow)

        self.currencyError = QLabel(self.profilePage)
        self.currencyError.setObjectName(u"currencyError")
        self.currencyError.setText(u"")
        self.currencyError.setWordWrap(True)
        self.currencyError.setProperty(u"kind", u"fieldError")

        self.profileForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.currencyError)

        self.stageLabel = QLabel(self.profilePage)
        self.stageLabel.setObjectName(u"stageLabel")

        self.profileForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageRow = QHBoxLayout()
        self.stageRow.setObjectName(u"stageRow")
        self.stageCombo = QComboBox(self.profilePage)
        self.stageCombo.setObjectName(u"stageCombo")

        self.stageRow.addWidget(self.stageCombo)

        self.stageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stageRow.addItem(self.stageSpacer)


        self.profileForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.stageRow)

        self.timeZoneLabel = QLabel(self.profilePage)
        self.timeZoneLabel.setObjectName(u"timeZoneLabel")

        self.profileForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.timeZoneLabel)

        self.timeZoneEdit = QLineEdit(self.profilePage)
        self.timeZoneEdit.setObjectName(u"timeZoneEdit")

        self.profileForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.timeZoneEdit)

        self.timeZoneError = QLabel(self.profilePage)
        self.timeZoneError.setObjectName(u"timeZoneError")
        self.timeZoneError.setText(u"")
        self.timeZoneError.setWordWrap(True)
        self.timeZoneError.setProperty(u"kind", u"fieldError")

        self.profileForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.timeZoneError)


        self.formColumn.addLayout(self.profileForm)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formColumn.addItem(self.formSpacer)


        self.profileLayout.addLayout(self.formColumn)

        self.logoColumn = QVBoxLayout()
        self.logoColumn.setSpacing(8)
        self.logoColumn.setObjectName(u"logoColumn")
        self.logoHeading = QLabel(self.profilePage)
        self.logoHeading.setObjectName(u"logoHeading")
        self.logoHeading.setProperty(u"kind", u"sectionTitle")

        self.logoColumn.addWidget(self.logoHeading)

        self.logoFrame = QFrame(self.profilePage)
        self.logoFrame.setObjectName(u"logoFrame")
        self.logoFrame.setMinimumSize(QSize(260, 130))
        self.logoFrame.setMaximumSize(QSize(260, 130))
        self.logoFrameLayout = QVBoxLayout(self.logoFrame)
        self.logoFrameLayout.setObjectName(u"logoFrameLayout")
        self.logoFrameLayout.setContentsMargins(10, 10, 10, 10)
        self.logoPreview = QLabel(self.logoFrame)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setText(u"No logo")
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoPreview.setProperty(u"kind", u"faint")

        self.logoFrameLayout.addWidget(self.logoPreview)


        self.logoColumn.addWidget(self.logoFrame)

        self.logoButtons = QHBoxLayout()
        self.logoButtons.setSpacing(8)
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogoButton = QPushButton(self.profilePage)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")
        self.chooseLogoButton.setProperty(u"kind", u"tool")

        self.logoButtons.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(self.profilePage)
        self.removeLogoButton.setObjectName(u"removeLogoButton")
        self.removeLogoButton.setProperty(u"kind", u"tool")

        self.logoButtons.addWidget(self.removeLogoButton)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoButtons.addItem(self.logoSpacer)


        self.logoColumn.addLayout(self.logoButtons)

        self.logoHint = QLabel(self.profilePage)
        self.logoHint.setObjectName(u"logoHint")
        self.logoHint.setWordWrap(True)
        self.logoHint.setProperty(u"kind", u"hint")
        self.logoHint.setMaximumSize(QSize(260, 16777215))

        self.logoColumn.addWidget(self.logoHint)

        self.logoError = QLabel(self.profilePage)
        self.logoError.setObjectName(u"logoError")
        self.logoError.setText(u"")
        self.logoError.setWordWrap(True)
        self.logoError.setProperty(u"kind", u"fieldError")
        self.logoError.setMaximumSize(QSize(260, 16777215))

        self.logoColumn.addWidget(self.logoError)

        self.logoColumnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoColumn.addItem(self.logoColumnSpacer)


        self.profileLayout.addLayout(self.logoColumn)

        self.profileLayout.setStretch(0, 1)
        self.tabs.addTab(self.profilePage, "")
        self.jobPage = QWidget()
        self.jobPage.setObjectName(u"jobPage")
        self.jobLayout = QVBoxLayout(self.jobPage)
        self.jobLayout.setSpacing(8)
        self.jobLayout.setObjectName(u"jobLayout")
        self.jobLayout.setContentsMargins(24, 16, 24, 16)
        self.jobIntro = QLabel(self.jobPage)
        self.jobIntro.setObjectName(u"jobIntro")
        self.jobIntro.setWordWrap(True)
        self.jobIntro.setProperty(u"kind", u"hint")

        self.jobLayout.addWidget(self.jobIntro)

        self.aboutLabel = QLabel(self.jobPage)
        self.aboutLabel.setObjectName(u"aboutLabel")

        self.jobLayout.addWidget(self.aboutLabel)

        self.aboutEdit = QPlainTextEdit(self.jobPage)
        self.aboutEdit.setObjectName(u"aboutEdit")
        self.aboutEdit.setTabChangesFocus(True)

        self.jobLayout.addWidget(self.aboutEdit)

        self.benefitsLabel = QLabel(self.jobPage)
        self.benefitsLabel.setObjectName(u"benefitsLabel")

        self.jobLayout.addWidget(self.benefitsLabel)

        self.benefitsEdit = QPlainTextEdit(self.jobPage)
        self.benefitsEdit.setObjectName(u"benefitsEdit")
        self.benefitsEdit.setTabChangesFocus(True)

        self.jobLayout.addWidget(self.benefitsEdit)

        self.howToApplyLabel = QLabel(self.jobPage)
        self.howToApplyLabel.setObjectName(u"howToApplyLabel")

        self.jobLayout.addWidget(self.howToApplyLabel)

        self.howToApplyEdit = QPlainTextEdit(self.jobPage)
        self.howToApplyEdit.setObjectName(u"howToApplyEdit")
        self.howToApplyEdit.setTabChangesFocus(True)

        self.jobLayout.addWidget(self.howToApplyEdit)

        self.tabs.addTab(self.jobPage, "")
        self.templatePage = QWidget()
        self.templatePage.setObjectName(u"templatePage")
        self.templateLayout = QVBoxLayout(self.templatePage)
        self.templateLayout.setSpacing(10)
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateLayout.setContentsMargins(24, 16, 24, 16)
        self.templateIntro = QLabel(self.templatePage)
        self.templateIntro.setObjectName(u"templateIntro")
        self.templateIntro.setWordWrap(True)
        self.templateIntro.setProperty(u"kind", u"hint")

        self.templateLayout.addWidget(self.templateIntro)

        self.letterEditor = LetterEditor(self.templatePage)
        self.letterEditor.setObjectName(u"letterEditor")

        self.templateLayout.addWidget(self.letterEditor)

        self.tabs.addTab(self.templatePage, "")

        self.dialogLayout.addWidget(self.tabs)

        self.footer = QFrame(CompanyDialog)
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

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.signatoryNameLabel.setBuddy(self.signatoryNameEdit)
        self.signatoryTitleLabel.setBuddy(self.signatoryTitleEdit)
        self.currencyLabel.setBuddy(self.currencyCombo)
        self.stageLabel.setBuddy(self.stageCombo)
        self.timeZoneLabel.setBuddy(self.timeZoneEdit)
        self.aboutLabel.setBuddy(self.aboutEdit)
        self.benefitsLabel.setBuddy(self.benefitsEdit)
        self.howToApplyLabel.setBuddy(self.howToApplyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.websiteEdit)
        QWidget.setTabOrder(self.websiteEdit, self.signatoryNameEdit)
        QWidget.setTabOrder(self.signatoryNameEdit, self.signatoryTitleEdit)
        QWidget.setTabOrder(self.signatoryTitleEdit, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.stageCombo)
        QWidget.setTabOrder(self.stageCombo, self.timeZoneEdit)
        QWidget.setTabOrder(self.timeZoneEdit, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.removeLogoButton)
        QWidget.setTabOrder(self.removeLogoButton, self.aboutEdit)
        QWidget.setTabOrder(self.aboutEdit, self.benefitsEdit)
        QWidget.setTabOrder(self.benefitsEdit, self.howToApplyEdit)
        QWidget.setTabOrder(self.howToApplyEdit, self.letterEditor)
        QWidget.setTabOrder(self.letterEditor, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(CompanyDialog)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, CompanyDialog):
        CompanyDialog.setWindowTitle(QCoreApplication.translate("CompanyDialog", u"Company profile", None))
        self.headline.setText(QCoreApplication.translate("CompanyDialog", u"Company profile", None))
        self.intro.setText(QCoreApplication.translate("CompanyDialog", u"What offer letters and job descriptions say about the company. It is kept in this file, so whoever opens it sees the same.", None))
        self.nameLabel.setText(QCoreApplication.translate("CompanyDialog", u"Company &name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"e.g. Fernwood AI GmbH", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Company name", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("CompanyDialog", u"&Address", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"Street, postcode and city, country: one per line", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.websiteLabel.setText(QCoreApplication.translate("CompanyDialog", u"&Website", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"https://", None))
#if QT_CONFIG(accessibility)
        self.websiteEdit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Website", None))
#endif // QT_CONFIG(accessibility)
        self.signatoryNameLabel.setText(QCoreApplication.translate("CompanyDialog", u"Si&gnatory", None))
        self.signatoryNameEdit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"Who signs offer letters", None))
#if QT_CONFIG(accessibility)
        self.signatoryNameEdit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Signatory name", None))
#endif // QT_CONFIG(accessibility)
        self.signatoryTitleLabel.setText(QCoreApplication.translate("CompanyDialog", u"Signatory t&itle", None))
        self.signatoryTitleEdit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"e.g. CEO and co-founder", None))
#if QT_CONFIG(accessibility)
        self.signatoryTitleEdit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Signatory title", None))
#endif // QT_CONFIG(accessibility)
        self.currencyLabel.setText(QCoreApplication.translate("CompanyDialog", u"Default &currency", None))
#if QT_CONFIG(accessibility)
        self.currencyCombo.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Default currency", None))
#endif // QT_CONFIG(accessibility)
        self.currencyHint.setText(QCoreApplication.translate("CompanyDialog", u"Offered first for pay; US Letter paper for USD and CAD, A4 otherwise", None))
        self.stageLabel.setText(QCoreApplication.translate("CompanyDialog", u"Company &stage", None))
#if QT_CONFIG(accessibility)
        self.stageCombo.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Company stage", None))
#endif // QT_CONFIG(accessibility)
        self.timeZoneLabel.setText(QCoreApplication.translate("CompanyDialog", u"&Time zone", None))
        self.timeZoneEdit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"e.g. Europe/Berlin; empty: this computer's time zone", None))
#if QT_CONFIG(tooltip)
        self.timeZoneEdit.setToolTip(QCoreApplication.translate("CompanyDialog", u"Interview packets print interview times in this zone, with its offset from UTC", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.timeZoneEdit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Time zone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timeZoneEdit.setAccessibleDescription(QCoreApplication.translate("CompanyDialog", u"An IANA time zone name such as Europe/Berlin; empty for this computer's time zone", None))
#endif // QT_CONFIG(accessibility)
        self.logoHeading.setText(QCoreApplication.translate("CompanyDialog", u"Logo", None))
#if QT_CONFIG(accessibility)
        self.logoPreview.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Logo preview", None))
#endif // QT_CONFIG(accessibility)
        self.chooseLogoButton.setText(QCoreApplication.translate("CompanyDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseLogoButton.setToolTip(QCoreApplication.translate("CompanyDialog", u"Choose a PNG or JPEG image", None))
#endif // QT_CONFIG(tooltip)
        self.removeLogoButton.setText(QCoreApplication.translate("CompanyDialog", u"Re&move", None))
        self.logoHint.setText(QCoreApplication.translate("CompanyDialog", u"PNG or JPEG, under 2 MB. It heads every offer letter and job description.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.profilePage), QCoreApplication.translate("CompanyDialog", u"&Profile", None))
        self.jobIntro.setText(QCoreApplication.translate("CompanyDialog", u"Every job description you export says this, in your words. Leave a box empty to leave its section out.", None))
        self.aboutLabel.setText(QCoreApplication.translate("CompanyDialog", u"&About us", None))
        self.aboutEdit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"Who you are, what you build and why it matters; blank lines separate paragraphs", None))
#if QT_CONFIG(accessibility)
        self.aboutEdit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"About us", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.aboutEdit.setAccessibleDescription(QCoreApplication.translate("CompanyDialog", u"The company in its own words, at the top of job descriptions", None))
#endif // QT_CONFIG(accessibility)
        self.benefitsLabel.setText(QCoreApplication.translate("CompanyDialog", u"&What we offer", None))
        self.benefitsEdit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"One benefit a line: equipment budget, learning days, flexible hours\u2026", None))
#if QT_CONFIG(accessibility)
        self.benefitsEdit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"What we offer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.benefitsEdit.setAccessibleDescription(QCoreApplication.translate("CompanyDialog", u"Benefits, one a line, listed in job descriptions", None))
#endif // QT_CONFIG(accessibility)
        self.howToApplyLabel.setText(QCoreApplication.translate("CompanyDialog", u"&How to apply", None))
        self.howToApplyEdit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"What to send, and where: an e-mail address or a page", None))
#if QT_CONFIG(accessibility)
        self.howToApplyEdit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"How to apply", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.howToApplyEdit.setAccessibleDescription(QCoreApplication.translate("CompanyDialog", u"How to apply, at the end of job descriptions", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.jobPage), QCoreApplication.translate("CompanyDialog", u"&Job descriptions", None))
        self.templateIntro.setText(QCoreApplication.translate("CompanyDialog", u"The text of every new offer letter. An offer can have its own text too (its Letter tab); offers that do not, follow this template.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.templatePage), QCoreApplication.translate("CompanyDialog", u"Offer letter &template", None))
        self.cancelButton.setText(QCoreApplication.translate("CompanyDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("CompanyDialog", u"Save", None))
    # retranslateUi

