# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(720, 440)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setSpacing(14)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(18)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.pageList = QListWidget(SettingsDialog)
        QListWidgetItem(self.pageList)
        QListWidgetItem(self.pageList)
        QListWidgetItem(self.pageList)
        QListWidgetItem(self.pageList)
        QListWidgetItem(self.pageList)
        QListWidgetItem(self.pageList)
        self.pageList.setObjectName(u"pageList")
        self.pageList.setMaximumSize(QSize(170, 16777215))
        self.pageList.setMinimumSize(QSize(150, 0))

        self.bodyLayout.addWidget(self.pageList)

        self.pages = QStackedWidget(SettingsDialog)
        self.pages.setObjectName(u"pages")
        self.youPage = QWidget()
        self.youPage.setObjectName(u"youPage")
        self.youPageLayout = QVBoxLayout(self.youPage)
        self.youPageLayout.setSpacing(10)
        self.youPageLayout.setObjectName(u"youPageLayout")
        self.youHeading = QLabel(self.youPage)
        self.youHeading.setObjectName(u"youHeading")
        self.youHeading.setProperty(u"role", u"heading")

        self.youPageLayout.addWidget(self.youHeading)

        self.youHint = QLabel(self.youPage)
        self.youHint.setObjectName(u"youHint")
        self.youHint.setWordWrap(True)
        self.youHint.setProperty(u"role", u"hint")

        self.youPageLayout.addWidget(self.youHint)

        self.youForm = QFormLayout()
        self.youForm.setObjectName(u"youForm")
        self.youForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.youForm.setHorizontalSpacing(12)
        self.youForm.setVerticalSpacing(6)
        self.nameLabel = QLabel(self.youPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.youForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.youPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.youForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.youPage)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.youForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.emailLabel = QLabel(self.youPage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.youForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.youPage)
        self.emailEdit.setObjectName(u"emailEdit")

        self.youForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(self.youPage)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"error")

        self.youForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailError)


        self.youPageLayout.addLayout(self.youForm)

        self.youSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.youPageLayout.addItem(self.youSpacer)

        self.pages.addWidget(self.youPage)
        self.pipelinePage = QWidget()
        self.pipelinePage.setObjectName(u"pipelinePage")
        self.pipelinePageLayout = QVBoxLayout(self.pipelinePage)
        self.pipelinePageLayout.setSpacing(10)
        self.pipelinePageLayout.setObjectName(u"pipelinePageLayout")
        self.pipelineHeading = QLabel(self.pipelinePage)
        self.pipelineHeading.setObjectName(u"pipelineHeading")
        self.pipelineHeading.setProperty(u"role", u"heading")

        self.pipelinePageLayout.addWidget(self.pipelineHeading)

        self.pipelineHint = QLabel(self.pipelinePage)
        self.pipelineHint.setObjectName(u"pipelineHint")
        self.pipelineHint.setWordWrap(True)
        self.pipelineHint.setProperty(u"role", u"hint")

        self.pipelinePageLayout.addWidget(self.pipelineHint)

        self.pipelineForm = QFormLayout()
        self.pipelineForm.setObjectName(u"pipelineForm")
        self.pipelineForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.pipelineForm.setHorizontalSpacing(12)
        self.pipelineForm.setVerticalSpacing(6)
        self.waitingLabel = QLabel(self.pipelinePage)
        self.waitingLabel.setObjectName(u"waitingLabel")

        self.pipelineForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.waitingLabel)

        self.waitingSpin = QSpinBox(self.pipelinePage)
        self.waitingSpin.setObjectName(u"waitingSpin")
        self.waitingSpin.setMaximumSize(QSize(260, 16777215))
        self.waitingSpin.setMinimum(1)
        self.waitingSpin.setMaximum(90)

        self.pipelineForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.waitingSpin)

        self.waitingError = QLabel(self.pipelinePage)
        self.waitingError.setObjectName(u"waitingError")
        self.waitingError.setText(u"")
        self.waitingError.setWordWrap(True)
        self.waitingError.setProperty(u"role", u"error")

        self.pipelineForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.waitingError)


        self.pipelinePageLayout.addLayout(self.pipelineForm)

        self.pipelineSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pipelinePageLayout.addItem(self.pipelineSpacer)

        self.pages.addWidget(self.pipelinePage)
        self.backupsPage = QWidget()
        self.backupsPage.setObjectName(u"backupsPage")
        self.backupsPageLayout = QVBoxLayout(self.backupsPage)
        self.backupsPageLayout.setSpacing(10)
        self.backupsPageLayout.setObjectName(u"backupsPageLayout")
        self.backupsHeading = QLabel(self.backupsPage)
        self.backupsHeading.setObjectName(u"backupsHeading")
        self.backupsHeading.setProperty(u"role", u"heading")

        self.backupsPageLayout.addWidget(self.backupsHeading)

        self.backupsHint = QLabel(self.backupsPage)
        self.backupsHint.setObjectName(u"backupsHint")
        self.backupsHint.setWordWrap(True)
        self.backupsHint.setProperty(u"role", u"hint")

        self.backupsPageLayout.addWidget(self.backupsHint)

        self.backupsForm = QFormLayout()
        self.backupsForm.setObjectName(u"backupsForm")
        self.backupsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.backupsForm.setHorizontalSpacing(12)
        self.backupsForm.setVerticalSpacing(6)
        self.recentLabel = QLabel(self.backupsPage)
        self.recentLabel.setObjectName(u"recentLabel")

        self.backupsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recentLabel)

        self.recentSpin = QSpinBox(self.backupsPage)
        self.recentSpin.setObjectName(u"recentSpin")
        self.recentSpin.setMaximumSize(QSize(260, 16777215))
        self.recentSpin.setMinimum(1)
        self.recentSpin.setMaximum(100)

        self.backupsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recentSpin)

        self.daysLabel = QLabel(self.backupsPage)
        self.daysLabel.setObjectName(u"daysLabel")

        self.backupsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysSpin = QSpinBox(self.backupsPage)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMaximumSize(QSize(260, 16777215))
        self.daysSpin.setMinimum(0)
        self.daysSpin.setMaximum(90)

        self.backupsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.daysSpin)

        self.weeksLabel = QLabel(self.backupsPage)
        self.weeksLabel.setObjectName(u"weeksLabel")

        self.backupsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.weeksLabel)

        self.weeksSpin = QSpinBox(self.backupsPage)
        self.weeksSpin.setObjectName(u"weeksSpin")
        self.weeksSpin.setMaximumSize(QSize(260, 16777215))
        self.weeksSpin.setMinimum(0)
        self.weeksSpin.setMaximum(104)

        self.backupsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.weeksSpin)

        self.backupsError = QLabel(self.backupsPage)
        self.backupsError.setObjectName(u"backupsError")
        self.backupsError.setText(u"")
        self.backupsError.setWordWrap(True)
        self.backupsError.setProperty(u"role", u"error")

        self.backupsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backupsError)


        self.backupsPageLayout.addLayout(self.backupsForm)

        self.backupButtons = QHBoxLayout()
        self.backupButtons.setObjectName(u"backupButtons")
        self.backUpNowButton = QPushButton(self.backupsPage)
        self.backUpNowButton.setObjectName(u"backUpNowButton")
        self.backUpNowButton.setAutoDefault(False)

        self.backupButtons.addWidget(self.backUpNowButton)

        self.openBackupsButton = QPushButton(self.backupsPage)
        self.openBackupsButton.setObjectName(u"openBackupsButton")
        self.openBackupsButton.setAutoDefault(False)

        self.backupButtons.addWidget(self.openBackupsButton)

        self.backupButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupButtons.addItem(self.backupButtonsSpacer)


        self.backupsPageLayout.addLayout(self.backupButtons)

        self.backupStatus = QLabel(self.backupsPage)
        self.backupStatus.setObjectName(u"backupStatus")
        self.backupStatus.setWordWrap(True)
        self.backupStatus.setProperty(u"role", u"hint")

        self.backupsPageLayout.addWidget(self.backupStatus)

        self.backupsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.backupsPageLayout.addItem(self.backupsSpacer)

        self.pages.addWidget(self.backupsPage)
        self.newFilesPage = QWidget()
        self.newFilesPage.setObjectName(u"newFilesPage")
        self.newFilesPageLayout = QVBoxLayout(self.newFilesPage)
        self.newFilesPageLayout.setSpacing(10)
        self.newFilesPageLayout.setObjectName(u"newFilesPageLayout")
        self.newFilesHeading = QLabel(self.newFilesPage)
        self.newFilesHeading.setObjectName(u"newFilesHeading")
        self.newFilesHeading.setProperty(u"role", u"heading")

        self.newFilesPageLayout.addWidget(self.newFilesHeading)

        self.newFilesHint = QLabel(self.newFilesPage)
        self.newFilesHint.setObjectName(u"newFilesHint")
        self.newFilesHint.setWordWrap(True)
        self.newFilesHint.setProperty(u"role", u"hint")

        self.newFilesPageLayout.addWidget(self.newFilesHint)

        self.newFilesForm = QFormLayout()
        self.newFilesForm.setObjectName(u"newFilesForm")
        self.newFilesForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.newFilesForm.setHorizontalSpacing(12)
        self.newFilesForm.setVerticalSpacing(6)
        self.currencyLabel = QLabel(self.newFilesPage)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.newFilesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currencyLabel)

        self.currencyCombo = QComboBox(self.newFilesPage)
        self.currencyCombo.setObjectName(u"currencyCombo")
        self.currencyCombo.setEditable(True)

        self.newFilesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currencyCombo)

        self.currencyError = QLabel(self.newFilesPage)
        self.currencyError.setObjectName(u"currencyError")
        self.currencyError.setText(u"")
        self.currencyError.setWordWrap(True)
        self.currencyError.setProperty(u"role", u"error")

        self.newFilesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currencyError)

        self.timeZoneLabel = QLabel(self.newFilesPage)
        self.timeZoneLabel.setObjectName(u"timeZoneLabel")

        self.newFilesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.timeZoneLabel)

        self.timeZoneEdit = QLineEdit(self.newFilesPage)
        self.timeZoneEdit.setObjectName(u"timeZoneEdit")

        self.newFilesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.timeZoneEdit)

        self.timeZoneError = QLabel(self.newFilesPage)
        self.timeZoneError.setObjectName(u"timeZoneError")
        self.timeZoneError.setText(u"")
        self.timeZoneError.setWordWrap(True)
        self.timeZoneError.setProperty(u"role", u"error")

        self.newFilesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.timeZoneError)


        self.newFilesPageLayout.addLayout(self.newFilesForm)

        self.newFilesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.newFilesPageLayout.addItem(self.newFilesSpacer)

        self.pages.addWidget(self.newFilesPage)
        self.thisFilePage = QWidget()
        self.thisFilePage.setObjectName(u"thisFilePage")
        self.thisFilePageLayout = QVBoxLayout(self.thisFilePage)
        self.thisFilePageLayout.setSpacing(10)
        self.thisFilePageLayout.setObjectName(u"thisFilePageLayout")
        self.thisFileHeading = QLabel(self.thisFilePage)
        self.thisFileHeading.setObjectName(u"thisFileHeading")
        self.thisFileHeading.setProperty(u"role", u"heading")

        self.thisFilePageLayout.addWidget(self.thisFileHeading)

        self.thisFileHint = QLabel(self.thisFilePage)
        self.thisFileHint.setObjectName(u"thisFileHint")
        self.thisFileHint.setWordWrap(True)
        self.thisFileHint.setProperty(u"role", u"hint")

        self.thisFilePageLayout.addWidget(self.thisFileHint)

        self.thisFileForm = QFormLayout()
        self.thisFileForm.setObjectName(u"thisFileForm")
        self.thisFileForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.thisFileForm.setHorizontalSpacing(12)
        self.thisFileForm.setVerticalSpacing(6)
        self.fileCurrencyLabel = QLabel(self.thisFilePage)
        self.fileCurrencyLabel.setObjectName(u"fileCurrencyLabel")
        self.fileCurrencyLabel.setProperty(u"role", u"hint")

        self.thisFileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileCurrencyLabel)

        self.fileCurrencyValue = QLabel(self.thisFilePage)
        self.fileCurrencyValue.setObjectName(u"fileCurrencyValue")
        self.fileCurrencyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fileCurrencyValue.setWordWrap(True)
        self.fileCurrencyValue.setProperty(u"role", u"value")

        self.thisFileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fileCurrencyValue)

        self.fileTimeZoneLabel = QLabel(self.thisFilePage)
        self.fileTimeZoneLabel.setObjectName(u"fileTimeZoneLabel")
        self.fileTimeZoneLabel.setProperty(u"role", u"hint")

        self.thisFileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileTimeZoneLabel)

        self.fileTimeZoneValue = QLabel(self.thisFilePage)
        self.fileTimeZoneValue.setObjectName(u"fileTimeZoneValue")
        self.fileTimeZoneValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fileTimeZoneValue.setWordWrap(True)
        self.fileTimeZoneValue.setProperty(u"role", u"value")

        self.thisFileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fileTimeZoneValue)

        self.fileRetentionLabel = QLabel(self.thisFilePage)
        self.fileRetentionLabel.setObjectName(u"fileRetentionLabel")
        self.fileRetentionLabel.setProperty(u"role", u"hint")

        self.thisFileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fileRetentionLabel)

        self.fileRetentionValue = QLabel(self.thisFilePage)
        self.fileRetentionValue.setObjectName(u"fileRetentionValue")
        self.fileRetentionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fileRetentionValue.setWordWrap(True)
        self.fileRetentionValue.setProperty(u"role", u"value")

        self.thisFileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fileRetentionValue)


        self.thisFilePageLayout.addLayout(self.thisFileForm)

        self.thisFileButtons = QHBoxLayout()
        self.thisFileButtons.setObjectName(u"thisFileButtons")
        self.companyButton = QPushButton(self.thisFilePage)
        self.companyButton.setObjectName(u"companyButton")
        self.companyButton.setAutoDefault(False)

        self.thisFileButtons.addWidget(self.companyButton)

        self.privacyButton = QPushButton(self.thisFilePage)
        self.privacyButton.setObjectName(u"privacyButton")
        self.privacyButton.setAutoDefault(False)

        self.thisFileButtons.addWidget(self.privacyButton)

        self.thisFileButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.thisFileButtons.addItem(self.thisFileButtonsSpacer)


        self.thisFilePageLayout.addLayout(self.thisFileButtons)

        self.thisFileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.thisFilePageLayout.addItem(self.thisFileSpacer)

        self.pages.addWidget(self.thisFilePage)
        self.appearancePage = QWidget()
        self.appearancePage.setObjectName(u"appearancePage")
        self.appearancePageLayout = QVBoxLayout(self.appearancePage)
        self.appearancePageLayout.setSpacing(10)
        self.appearancePageLayout.setObjectName(u"appearancePageLayout")
        self.appearanceHeading = QLabel(self.appearancePage)
        self.appearanceHeading.setObjectName(u"appearanceHeading")
        self.appearanceHeading.setProperty(u"role", u"heading")

        self.appearancePageLayout.addWidget(self.appearanceHeading)

        self.appearanceHint = QLabel(self.appearancePage)
        self.appearanceHint.setObjectName(u"appearanceHint")
        self.appearanceHint.setWordWrap(True)
        self.appearanceHint.setProperty(u"role", u"hint")

        self.appearancePageLayout.addWidget(self.appearanceHint)

        self.appearanceChoices = QWidget(self.appearancePage)
        self.appearanceChoices.setObjectName(u"appearanceChoices")
        self.appearanceLayout = QVBoxLayout(self.appearanceChoices)
        self.appearanceLayout.setSpacing(6)
        self.appearanceLayout.setObjectName(u"appearanceLayout")
        self.appearanceLayout.setContentsMargins(0, 0, 0, 0)
        self.appearanceSystem = QRadioButton(self.appearanceChoices)
        self.appearanceSystem.setObjectName(u"appearanceSystem")

        self.appearanceLayout.addWidget(self.appearanceSystem)

        self.appearanceLight = QRadioButton(self.appearanceChoices)
        self.appearanceLight.setObjectName(u"appearanceLight")

        self.appearanceLayout.addWidget(self.appearanceLight)

        self.appearanceDark = QRadioButton(self.appearanceChoices)
        self.appearanceDark.setObjectName(u"appearanceDark")

        self.appearanceLayout.addWidget(self.appearanceDark)


        self.appearancePageLayout.addWidget(self.appearanceChoices)

        self.appearanceError = QLabel(self.appearancePage)
        self.appearanceError.setObjectName(u"appearanceError")
        self.appearanceError.setWordWrap(True)
        self.appearanceError.setProperty(u"role", u"error")

        self.appearancePageLayout.addWidget(self.appearanceError)

        self.appearanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.appearancePageLayout.addItem(self.appearanceSpacer)

        self.pages.addWidget(self.appearancePage)

        self.bodyLayout.addWidget(self.pages)


        self.dialogLayout.addLayout(self.bodyLayout)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Apply|QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.waitingLabel.setBuddy(self.waitingSpin)
        self.recentLabel.setBuddy(self.recentSpin)
        self.daysLabel.setBuddy(self.daysSpin)
        self.weeksLabel.setBuddy(self.weeksSpin)
        self.currencyLabel.setBuddy(self.currencyCombo)
        self.timeZoneLabel.setBuddy(self.timeZoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pageList, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.waitingSpin)
        QWidget.setTabOrder(self.waitingSpin, self.recentSpin)
        QWidget.setTabOrder(self.recentSpin, self.daysSpin)
        QWidget.setTabOrder(self.daysSpin, self.weeksSpin)
        QWidget.setTabOrder(self.weeksSpin, self.backUpNowButton)
        QWidget.setTabOrder(self.backUpNowButton, self.openBackupsButton)
        QWidget.setTabOrder(self.openBackupsButton, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.timeZoneEdit)
        QWidget.setTabOrder(self.timeZoneEdit, self.fileCurrencyValue)
        QWidget.setTabOrder(self.fileCurrencyValue, self.fileTimeZoneValue)
        QWidget.setTabOrder(self.fileTimeZoneValue, self.fileRetentionValue)
        QWidget.setTabOrder(self.fileRetentionValue, self.companyButton)
        QWidget.setTabOrder(self.companyButton, self.privacyButton)

        self.retranslateUi(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#if QT_CONFIG(accessibility)
        SettingsDialog.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#endif // QT_CONFIG(accessibility)

        __sortingEnabled = self.pageList.isSortingEnabled()
        self.pageList.setSortingEnabled(False)
        ___qlistwidgetitem = self.pageList.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("SettingsDialog", u"You", None))
        ___qlistwidgetitem1 = self.pageList.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("SettingsDialog", u"Pipeline", None))
        ___qlistwidgetitem2 = self.pageList.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("SettingsDialog", u"Backups", None))
        ___qlistwidgetitem3 = self.pageList.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("SettingsDialog", u"New files", None))
        ___qlistwidgetitem4 = self.pageList.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("SettingsDialog", u"This file", None))
        ___qlistwidgetitem5 = self.pageList.item(5)
        ___qlistwidgetitem5.setText(QCoreApplication.translate("SettingsDialog", u"Appearance", None))
        self.pageList.setSortingEnabled(__sortingEnabled)

#if QT_CONFIG(accessibility)
        self.pageList.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings pages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageList.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Choose a group of settings to show", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pages.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.youHeading.setText(QCoreApplication.translate("SettingsDialog", u"You", None))
        self.youHint.setText(QCoreApplication.translate("SettingsDialog", u"Your changes are signed with this name on this computer. In a file that already lists you, you stay that person; File \u2192 Switch Person\u2026 changes who you are in the open file.", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Your &name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Your name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"The name your changes are signed with on this computer", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. Amara Okafor", None))
        self.emailLabel.setText(QCoreApplication.translate("SettingsDialog", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Your e-mail address (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"optional", None))
        self.pipelineHeading.setText(QCoreApplication.translate("SettingsDialog", u"Pipeline", None))
        self.pipelineHint.setText(QCoreApplication.translate("SettingsDialog", u"A candidate left longer than this in one stage of an active step counts as waiting: their card turns amber on the board and in the pipeline table, and Home lists them under \u201cWaiting too long\u201d.", None))
        self.waitingLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Waiting after", None))
        self.waitingSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
#if QT_CONFIG(accessibility)
        self.waitingSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Days before a card counts as waiting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.waitingSpin.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Days in one stage without a move before a candidate counts as waiting, 1 to 90", None))
#endif // QT_CONFIG(accessibility)
        self.backupsHeading.setText(QCoreApplication.translate("SettingsDialog", u"Backups", None))
        self.backupsHint.setText(QCoreApplication.translate("SettingsDialog", u"Hirefile backs up the open file when it opens and every 30 minutes while you work, into a folder on this computer. After each backup it keeps:", None))
        self.recentLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Recent backups", None))
        self.recentSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" of the last 24 hours", None))
#if QT_CONFIG(accessibility)
        self.recentSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Recent backups kept", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recentSpin.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"How many backups of the last 24 hours are kept, 1 to 100", None))
#endif // QT_CONFIG(accessibility)
        self.daysLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Daily backups", None))
        self.daysSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Days with a daily backup kept", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"For how many days the newest backup of each day is kept, 0 to 90", None))
#endif // QT_CONFIG(accessibility)
        self.weeksLabel.setText(QCoreApplication.translate("SettingsDialog", u"Wee&kly backups", None))
        self.weeksSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" weeks", None))
#if QT_CONFIG(accessibility)
        self.weeksSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Weeks with a weekly backup kept", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.weeksSpin.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"For how many weeks the newest backup of each week is kept, 0 to 104", None))
#endif // QT_CONFIG(accessibility)
        self.backUpNowButton.setText(QCoreApplication.translate("SettingsDialog", u"&Back Up Now", None))
#if QT_CONFIG(accessibility)
        self.backUpNowButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Back up now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backUpNowButton.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Back up the open file now", None))
#endif // QT_CONFIG(accessibility)
        self.openBackupsButton.setText(QCoreApplication.translate("SettingsDialog", u"&Open Backups Folder", None))
#if QT_CONFIG(accessibility)
        self.openBackupsButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Open backups folder", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.openBackupsButton.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Show the folder holding the backups of the open file", None))
#endif // QT_CONFIG(accessibility)
        self.backupStatus.setText("")
        self.newFilesHeading.setText(QCoreApplication.translate("SettingsDialog", u"New files", None))
        self.newFilesHint.setText(QCoreApplication.translate("SettingsDialog", u"A file you create on this computer starts with this currency and time zone on its company profile. Each file keeps its own afterwards: see \u201cThis file\u201d.", None))
        self.currencyLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Currency", None))
#if QT_CONFIG(accessibility)
        self.currencyCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Currency of new files", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.currencyCombo.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"The ISO 4217 currency a new file\u2019s offers start in, such as EUR", None))
#endif // QT_CONFIG(accessibility)
        self.timeZoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Time zone", None))
#if QT_CONFIG(accessibility)
        self.timeZoneEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Time zone of new files", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timeZoneEdit.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"An IANA time zone such as Europe/Berlin; empty for this computer\u2019s own", None))
#endif // QT_CONFIG(accessibility)
        self.timeZoneEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"this computer\u2019s own", None))
        self.thisFileHeading.setText(QCoreApplication.translate("SettingsDialog", u"This file", None))
        self.thisFileHint.setText(QCoreApplication.translate("SettingsDialog", u"These belong to the open file, so your cofounder sees the same when you share it. Change them in the company profile and in Privacy and Retention.", None))
        self.fileCurrencyLabel.setText(QCoreApplication.translate("SettingsDialog", u"Currency", None))
#if QT_CONFIG(accessibility)
        self.fileCurrencyValue.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Currency of this file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fileCurrencyValue.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"The currency offers in the open file start in", None))
#endif // QT_CONFIG(accessibility)
        self.fileTimeZoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"Time zone", None))
#if QT_CONFIG(accessibility)
        self.fileTimeZoneValue.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Time zone of this file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fileTimeZoneValue.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"The time zone interview times are printed in", None))
#endif // QT_CONFIG(accessibility)
        self.fileRetentionLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep data", None))
#if QT_CONFIG(accessibility)
        self.fileRetentionValue.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Retention rule of this file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fileRetentionValue.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"How long candidates\u2019 data is kept in the open file", None))
#endif // QT_CONFIG(accessibility)
        self.companyButton.setText(QCoreApplication.translate("SettingsDialog", u"Company &Profile\u2026", None))
#if QT_CONFIG(accessibility)
        self.companyButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Company profile", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.companyButton.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Change the open file\u2019s currency, time zone and company details", None))
#endif // QT_CONFIG(accessibility)
        self.privacyButton.setText(QCoreApplication.translate("SettingsDialog", u"Privacy and &Retention\u2026", None))
#if QT_CONFIG(accessibility)
        self.privacyButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Privacy and retention", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.privacyButton.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Change how long the open file keeps candidates\u2019 data", None))
#endif // QT_CONFIG(accessibility)
        self.appearanceHeading.setText(QCoreApplication.translate("SettingsDialog", u"Appearance", None))
        self.appearanceHint.setText(QCoreApplication.translate("SettingsDialog", u"How Hirefile looks on this computer. The same choice is in View \u2192 Appearance.", None))
#if QT_CONFIG(accessibility)
        self.appearanceChoices.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Appearance", None))
#endif // QT_CONFIG(accessibility)
        self.appearanceSystem.setText(QCoreApplication.translate("SettingsDialog", u"&System: light or dark as this computer is set", None))
#if QT_CONFIG(accessibility)
        self.appearanceSystem.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Follows the desktop, also when it changes while Hirefile runs", None))
#endif // QT_CONFIG(accessibility)
        self.appearanceLight.setText(QCoreApplication.translate("SettingsDialog", u"&Light", None))
#if QT_CONFIG(accessibility)
        self.appearanceLight.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Always the light theme", None))
#endif // QT_CONFIG(accessibility)
        self.appearanceDark.setText(QCoreApplication.translate("SettingsDialog", u"&Dark", None))
#if QT_CONFIG(accessibility)
        self.appearanceDark.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Always the dark theme", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

