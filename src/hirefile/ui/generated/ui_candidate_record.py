# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidate_record.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from hirefile.ui.candidate.fields import LinkEdit
from hirefile.ui.candidate.links import LinksEditor
from hirefile.ui.common import OptionalDateEdit

class Ui_CandidateRecordForm(object):
    def setupUi(self, CandidateRecordForm):
        if not CandidateRecordForm.objectName():
            CandidateRecordForm.setObjectName(u"CandidateRecordForm")
        CandidateRecordForm.resize(560, 1100)
        self.formLayout = QFormLayout(CandidateRecordForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(14)
        self.formLayout.setVerticalSpacing(8)
        self.formLayout.setContentsMargins(0, 0, 8, 12)
        self.contactTitle = QLabel(CandidateRecordForm)
        self.contactTitle.setObjectName(u"contactTitle")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.contactTitle)

        self.nameLabel = QLabel(CandidateRecordForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEditBox = QVBoxLayout()
        self.nameEditBox.setSpacing(2)
        self.nameEditBox.setObjectName(u"nameEditBox")
        self.nameEditBox.setContentsMargins(0, 0, 0, 0)
        self.nameEdit = QLineEdit(CandidateRecordForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameEditBox.addWidget(self.nameEdit)

        self.nameError = QLabel(CandidateRecordForm)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)

        self.nameEditBox.addWidget(self.nameError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nameEditBox)

        self.preferredLabel = QLabel(CandidateRecordForm)
        self.preferredLabel.setObjectName(u"preferredLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.preferredLabel)

        self.preferredEdit = QLineEdit(CandidateRecordForm)
        self.preferredEdit.setObjectName(u"preferredEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.preferredEdit)

        self.pronounsLabel = QLabel(CandidateRecordForm)
        self.pronounsLabel.setObjectName(u"pronounsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pronounsLabel)

        self.pronounsEdit = QLineEdit(CandidateRecordForm)
        self.pronounsEdit.setObjectName(u"pronounsEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pronounsEdit)

        self.emailLabel = QLabel(CandidateRecordForm)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEditBox = QVBoxLayout()
        self.emailEditBox.setSpacing(2)
        self.emailEditBox.setObjectName(u"emailEditBox")
        self.emailEditBox.setContentsMargins(0, 0, 0, 0)
        self.emailEdit = LinkEdit(CandidateRecordForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.emailEditBox.addWidget(self.emailEdit)

        self.emailError = QLabel(CandidateRecordForm)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setWordWrap(True)

        self.emailEditBox.addWidget(self.emailError)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.emailEditBox)

        self.phoneLabel = QLabel(CandidateRecordForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(CandidateRecordForm)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.locationLabel = QLabel(CandidateRecordForm)
        self.locationLabel.setObjectName(u"locationLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(CandidateRecordForm)
        self.locationEdit.setObjectName(u"locationEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.notesTitle = QLabel(CandidateRecordForm)
        self.notesTitle.setObjectName(u"notesTitle")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.notesTitle)

        self.tagsLabel = QLabel(CandidateRecordForm)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsEdit = QLineEdit(CandidateRecordForm)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.notesLabel = QLabel(CandidateRecordForm)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesBox = QVBoxLayout()
        self.notesBox.setSpacing(2)
        self.notesBox.setObjectName(u"notesBox")
        self.notesEdit = QPlainTextEdit(CandidateRecordForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 150))
        self.notesEdit.setTabChangesFocus(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.notesEdit.sizePolicy().hasHeightForWidth())
        self.notesEdit.setSizePolicy(sizePolicy)

        self.notesBox.addWidget(self.notesEdit)

        self.notesError = QLabel(CandidateRecordForm)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setText(u"")
        self.notesError.setWordWrap(True)

        self.notesBox.addWidget(self.notesError)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.notesBox)

        self.profilesTitle = QLabel(CandidateRecordForm)
        self.profilesTitle.setObjectName(u"profilesTitle")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.profilesTitle)

        self.githubLabel = QLabel(CandidateRecordForm)
        self.githubLabel.setObjectName(u"githubLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.githubLabel)

        self.githubEditBox = QVBoxLayout()
        self.githubEditBox.setSpacing(2)
        self.githubEditBox.setObjectName(u"githubEditBox")
        self.githubEditBox.setContentsMargins(0, 0, 0, 0)
        self.githubEdit = LinkEdit(CandidateRecordForm)
        self.githubEdit.setObjectName(u"githubEdit")

        self.githubEditBox.addWidget(self.githubEdit)

        self.githubError = QLabel(CandidateRecordForm)
        self.githubError.setObjectName(u"githubError")
        self.githubError.setText(u"")
        self.githubError.setWordWrap(True)

        self.githubEditBox.addWidget(self.githubError)


        self.formLayout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.githubEditBox)

        self.linkedinLabel = QLabel(CandidateRecordForm)
        self.linkedinLabel.setObjectName(u"linkedinLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.linkedinLabel)

        self.linkedinEditBox = QVBoxLayout()
        self.linkedinEditBox.setSpacing(2)
        self.linkedinEditBox.setObjectName(u"linkedinEditBox")
        self.linkedinEditBox.setContentsMargins(0, 0, 0, 0)
        self.linkedinEdit = LinkEdit(CandidateRecordForm)
        self.linkedinEdit.setObjectName(u"linkedinEdit")

        self.linkedinEditBox.addWidget(self.linkedinEdit)

        self.linkedinError = QLabel(CandidateRecordForm)
        self.linkedinError.setObjectName(u"linkedinError")
        self.linkedinError.setText(u"")
        self.linkedinError.setWordWrap(True)

        self.linkedinEditBox.addWidget(self.linkedinError)


        self.formLayout.setLayout(12, QFormLayout.ItemRole.FieldRole, self.linkedinEditBox)

        self.portfolioLabel = QLabel(CandidateRecordForm)
        self.portfolioLabel.setObjectName(u"portfolioLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.portfolioLabel)

        self.portfolioEdit = LinkEdit(CandidateRecordForm)
        self.portfolioEdit.setObjectName(u"portfolioEdit")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.portfolioEdit)

        self.linksLabel = QLabel(CandidateRecordForm)
        self.linksLabel.setObjectName(u"linksLabel")
        self.linksLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.linksLabel)

        self.linksEditorBox = QVBoxLayout()
        self.linksEditorBox.setSpacing(2)
        self.linksEditorBox.setObjectName(u"linksEditorBox")
        self.linksEditorBox.setContentsMargins(0, 0, 0, 0)
        self.linksEditor = LinksEditor(CandidateRecordForm)
        self.linksEditor.setObjectName(u"linksEditor")

        self.linksEditorBox.addWidget(self.linksEditor)

        self.linksError = QLabel(CandidateRecordForm)
        self.linksError.setObjectName(u"linksError")
        self.linksError.setText(u"")
        self.linksError.setWordWrap(True)

        self.linksEditorBox.addWidget(self.linksError)


        self.formLayout.setLayout(14, QFormLayout.ItemRole.FieldRole, self.linksEditorBox)

        self.workTitle = QLabel(CandidateRecordForm)
        self.workTitle.setObjectName(u"workTitle")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.workTitle)

        self.companyLabel = QLabel(CandidateRecordForm)
        self.companyLabel.setObjectName(u"companyLabel")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyEdit = QLineEdit(CandidateRecordForm)
        self.companyEdit.setObjectName(u"companyEdit")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.companyEdit)

        self.titleLabel = QLabel(CandidateRecordForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(CandidateRecordForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.amountLabel = QLabel(CandidateRecordForm)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.expectationBox = QVBoxLayout()
        self.expectationBox.setSpacing(2)
        self.expectationBox.setObjectName(u"expectationBox")
        self.expectationBox.setContentsMargins(0, 0, 0, 0)
        self.expectationRow = QHBoxLayout()
        self.expectationRow.setSpacing(6)
        self.expectationRow.setObjectName(u"expectationRow")
        self.expectationRow.setContentsMargins(0, 0, 0, 0)
        self.amountEdit = QLineEdit(CandidateRecordForm)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setMinimumSize(QSize(120, 0))

        self.expectationRow.addWidget(self.amountEdit)

        self.currencyCombo = QComboBox(CandidateRecordForm)
        self.currencyCombo.setObjectName(u"currencyCombo")
        self.currencyCombo.setEditable(True)
        self.currencyCombo.setMinimumSize(QSize(86, 0))

        self.expectationRow.addWidget(self.currencyCombo)

        self.periodCombo = QComboBox(CandidateRecordForm)
        self.periodCombo.setObjectName(u"periodCombo")

        self.expectationRow.addWidget(self.periodCombo)


        self.expectationBox.addLayout(self.expectationRow)

        self.expectationError = QLabel(CandidateRecordForm)
        self.expectationError.setObjectName(u"expectationError")
        self.expectationError.setText(u"")
        self.expectationError.setWordWrap(True)

        self.expectationBox.addWidget(self.expectationError)


        self.formLayout.setLayout(18, QFormLayout.ItemRole.FieldRole, self.expectationBox)

        self.availabilityLabel = QLabel(CandidateRecordForm)
        self.availabilityLabel.setObjectName(u"availabilityLabel")

        self.formLayout.setWidget(19, QFormLayout.ItemRole.LabelRole, self.availabilityLabel)

        self.availabilityEdit = QLineEdit(CandidateRecordForm)
        self.availabilityEdit.setObjectName(u"availabilityEdit")

        self.formLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.availabilityEdit)

        self.sourceTitle = QLabel(CandidateRecordForm)
        self.sourceTitle.setObjectName(u"sourceTitle")

        self.formLayout.setWidget(20, QFormLayout.ItemRole.SpanningRole, self.sourceTitle)

        self.sourceLabel = QLabel(CandidateRecordForm)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(21, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceRow = QHBoxLayout()
        self.sourceRow.setSpacing(6)
        self.sourceRow.setObjectName(u"sourceRow")
        self.sourceRow.setContentsMargins(0, 0, 0, 0)
        self.sourceCombo = QComboBox(CandidateRecordForm)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setMinimumSize(QSize(130, 0))

        self.sourceRow.addWidget(self.sourceCombo)

        self.sourceDetailEdit = QLineEdit(CandidateRecordForm)
        self.sourceDetailEdit.setObjectName(u"sourceDetailEdit")

        self.sourceRow.addWidget(self.sourceDetailEdit)


        self.formLayout.setLayout(21, QFormLayout.ItemRole.FieldRole, self.sourceRow)

        self.referrerLabel = QLabel(CandidateRecordForm)
        self.referrerLabel.setObjectName(u"referrerLabel")

        self.formLayout.setWidget(22, QFormLayout.ItemRole.LabelRole, self.referrerLabel)

        self.referrerEditBox = QVBoxLayout()
        self.referrerEditBox.setSpacing(2)
        self.referrerEditBox.setObjectName(u"referrerEditBox")
        self.referrerEditBox.setContentsMargins(0, 0, 0, 0)
        self.referrerEdit = QLineEdit(CandidateRecordForm)
        self.referrerEdit.setObjectName(u"referrerEdit")

        self.referrerEditBox.addWidget(self.referrerEdit)

        self.referrerWarning = QLabel(CandidateRecordForm)
        self.referrerWarning.setObjectName(u"referrerWarning")
        self.referrerWarning.setText(u"")
        self.referrerWarning.setWordWrap(True)

        self.referrerEditBox.addWidget(self.referrerWarning)


        self.formLayout.setLayout(22, QFormLayout.ItemRole.FieldRole, self.referrerEditBox)

        self.privacyTitle = QLabel(CandidateRecordForm)
        self.privacyTitle.setObjectName(u"privacyTitle")

        self.formLayout.setWidget(23, QFormLayout.ItemRole.SpanningRole, self.privacyTitle)

        self.talentPoolCheck = QCheckBox(CandidateRecordForm)
        self.talentPoolCheck.setObjectName(u"talentPoolCheck")

        self.formLayout.setWidget(24, QFormLayout.ItemRole.SpanningRole, self.talentPoolCheck)

        self.reachOutLabel = QLabel(CandidateRecordForm)
        self.reachOutLabel.setObjectName(u"reachOutLabel")

        self.formLayout.setWidget(25, QFormLayout.ItemRole.LabelRole, self.reachOutLabel)

        self.reachOutDateBox = QVBoxLayout()
        self.reachOutDateBox.setSpacing(2)
        self.reachOutDateBox.setObjectName(u"reachOutDateBox")
        self.reachOutDateBox.setContentsMargins(0, 0, 0, 0)
        self.reachOutDate = OptionalDateEdit(CandidateRecordForm)
        self.reachOutDate.setObjectName(u"reachOutDate")
        self.reachOutDate.setCalendarPopup(True)
        self.reachOutDate.setMaximumSize(QSize(180, 16777215))

        self.reachOutDateBox.addWidget(self.reachOutDate)

        self.reachOutWarning = QLabel(CandidateRecordForm)
        self.reachOutWarning.setObjectName(u"reachOutWarning")
        self.reachOutWarning.setText(u"")
        self.reachOutWarning.setWordWrap(True)

        self.reachOutDateBox.addWidget(self.reachOutWarning)


        self.formLayout.setLayout(25, QFormLayout.ItemRole.FieldRole, self.reachOutDateBox)

        self.consentLabel = QLabel(CandidateRecordForm)
        self.consentLabel.setObjectName(u"consentLabel")

        self.formLayout.setWidget(26, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consentBox = QVBoxLayout()
        self.consentBox.setSpacing(2)
        self.consentBox.setObjectName(u"consentBox")
        self.consentBox.setContentsMargins(0, 0, 0, 0)
        self.consentDate = OptionalDateEdit(CandidateRecordForm)
        self.consentDate.setObjectName(u"consentDate")
        self.consentDate.setCalendarPopup(True)
        self.consentDate.setMaximumSize(QSize(180, 16777215))

        self.consentBox.addWidget(self.consentDate)

        self.consentHint = QLabel(CandidateRecordForm)
        self.consentHint.setObjectName(u"consentHint")
        self.consentHint.setWordWrap(True)

        self.consentBox.addWidget(self.consentHint)


        self.formLayout.setLayout(26, QFormLayout.ItemRole.FieldRole, self.consentBox)

        self.retainLabel = QLabel(CandidateRecordForm)
        self.retainLabel.setObjectName(u"retainLabel")

        self.formLayout.setWidget(27, QFormLayout.ItemRole.LabelRole, self.retainLabel)

        self.retainBox = QVBoxLayout()
        self.retainBox.setSpacing(2)
        self.retainBox.setObjectName(u"retainBox")
        self.retainBox.setContentsMargins(0, 0, 0, 0)
        self.retainDate = OptionalDateEdit(CandidateRecordForm)
        self.retainDate.setObjectName(u"retainDate")
        self.retainDate.setCalendarPopup(True)
        self.retainDate.setMaximumSize(QSize(180, 16777215))

        self.retainBox.addWidget(self.retainDate)

        self.retainHint = QLabel(CandidateRecordForm)
        self.retainHint.setObjectName(u"retainHint")
        self.retainHint.setWordWrap(True)

        self.retainBox.addWidget(self.retainHint)


        self.formLayout.setLayout(27, QFormLayout.ItemRole.FieldRole, self.retainBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.preferredLabel.setBuddy(self.preferredEdit)
        self.pronounsLabel.setBuddy(self.pronounsEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.tagsLabel.setBuddy(self.tagsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.githubLabel.setBuddy(self.githubEdit)
        self.linkedinLabel.setBuddy(self.linkedinEdit)
        self.portfolioLabel.setBuddy(self.portfolioEdit)
        self.companyLabel.setBuddy(self.companyEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.availabilityLabel.setBuddy(self.availabilityEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.referrerLabel.setBuddy(self.referrerEdit)
        self.reachOutLabel.setBuddy(self.reachOutDate)
        self.consentLabel.setBuddy(self.consentDate)
        self.retainLabel.setBuddy(self.retainDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.preferredEdit)
        QWidget.setTabOrder(self.preferredEdit, self.pronounsEdit)
        QWidget.setTabOrder(self.pronounsEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.tagsEdit)
        QWidget.setTabOrder(self.tagsEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.githubEdit)
        QWidget.setTabOrder(self.githubEdit, self.linkedinEdit)
        QWidget.setTabOrder(self.linkedinEdit, self.portfolioEdit)
        QWidget.setTabOrder(self.portfolioEdit, self.linksEditor)
        QWidget.setTabOrder(self.linksEditor, self.companyEdit)
        QWidget.setTabOrder(self.companyEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.availabilityEdit)
        QWidget.setTabOrder(self.availabilityEdit, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.sourceDetailEdit)
        QWidget.setTabOrder(self.sourceDetailEdit, self.referrerEdit)
        QWidget.setTabOrder(self.referrerEdit, self.talentPoolCheck)
        QWidget.setTabOrder(self.talentPoolCheck, self.reachOutDate)
        QWidget.setTabOrder(self.reachOutDate, self.consentDate)
        QWidget.setTabOrder(self.consentDate, self.retainDate)

        self.retranslateUi(CandidateRecordForm)
    # setupUi

    def retranslateUi(self, CandidateRecordForm):
        self.contactTitle.setText(QCoreApplication.translate("CandidateRecordForm", u"Contact", None))
        self.contactTitle.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"sectionTitle", None))
        self.nameLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"Full name, as they write it", None))
        self.nameError.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"fieldError", None))
        self.preferredLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"Pre&ferred name", None))
        self.preferredEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"What they like to be called", None))
        self.pronounsLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"Pron&ouns", None))
        self.pronounsEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"e.g. she/her, they/them", None))
        self.emailLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"&E-mail", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"name@example.com", None))
        self.emailError.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"fieldError", None))
        self.phoneLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"P&hone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"+44 7700 900123", None))
        self.locationLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"&Location", None))
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"City, country", None))
        self.notesTitle.setText(QCoreApplication.translate("CandidateRecordForm", u"Tags and notes", None))
        self.notesTitle.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"sectionTitle", None))
        self.tagsLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"T&ags", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"Comma-separated, e.g. pytorch, nlp, finalist", None))
        self.notesLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"N&otes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"What you learned, what to ask next, anything worth keeping", None))
        self.notesError.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"fieldError", None))
        self.profilesTitle.setText(QCoreApplication.translate("CandidateRecordForm", u"Profiles", None))
        self.profilesTitle.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"sectionTitle", None))
        self.githubLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"&GitHub", None))
        self.githubEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"github.com/name", None))
        self.githubError.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"fieldError", None))
        self.linkedinLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"Lin&kedIn", None))
        self.linkedinEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"linkedin.com/in/name", None))
        self.linkedinError.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"fieldError", None))
        self.portfolioLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"Por&tfolio", None))
        self.portfolioEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"A website, paper or notebook", None))
        self.linksLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"Other e-mails\n"
"and links", None))
#if QT_CONFIG(accessibility)
        self.linksEditor.setAccessibleName(QCoreApplication.translate("CandidateRecordForm", u"Other e-mails and links", None))
#endif // QT_CONFIG(accessibility)
        self.linksError.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"fieldError", None))
        self.workTitle.setText(QCoreApplication.translate("CandidateRecordForm", u"Work and expectations", None))
        self.workTitle.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"sectionTitle", None))
        self.companyLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"Compan&y", None))
        self.companyEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"Current company", None))
        self.titleLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"T&itle", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"Current title", None))
        self.amountLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"E&xpects", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"e.g. 120,000 or 95k", None))
#if QT_CONFIG(accessibility)
        self.currencyCombo.setAccessibleName(QCoreApplication.translate("CandidateRecordForm", u"Currency", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("CandidateRecordForm", u"Pay period", None))
#endif // QT_CONFIG(accessibility)
        self.expectationError.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"fieldError", None))
        self.availabilityLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"A&vailability", None))
        self.availabilityEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"e.g. three months' notice, from March", None))
        self.sourceTitle.setText(QCoreApplication.translate("CandidateRecordForm", u"Source", None))
        self.sourceTitle.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"sectionTitle", None))
        self.sourceLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"So&urce", None))
        self.sourceDetailEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"Where exactly: an event, a post, an agency", None))
#if QT_CONFIG(accessibility)
        self.sourceDetailEdit.setAccessibleName(QCoreApplication.translate("CandidateRecordForm", u"Source detail", None))
#endif // QT_CONFIG(accessibility)
        self.referrerLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"&Referred by", None))
        self.referrerEdit.setPlaceholderText(QCoreApplication.translate("CandidateRecordForm", u"Who referred them", None))
        self.referrerWarning.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"fieldWarning", None))
        self.privacyTitle.setText(QCoreApplication.translate("CandidateRecordForm", u"Talent pool and privacy", None))
        self.privacyTitle.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"sectionTitle", None))
        self.talentPoolCheck.setText(QCoreApplication.translate("CandidateRecordForm", u"Keep in the &talent pool (not looking now; reach out later)", None))
        self.reachOutLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"Reach o&ut on", None))
        self.reachOutWarning.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"fieldWarning", None))
        self.consentLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"&Consent given on", None))
        self.consentHint.setText(QCoreApplication.translate("CandidateRecordForm", u"When they agreed to your keeping their data", None))
        self.consentHint.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"hint", None))
        self.retainLabel.setText(QCoreApplication.translate("CandidateRecordForm", u"&Keep data until", None))
        self.retainHint.setText(QCoreApplication.translate("CandidateRecordForm", u"After this date, delete or anonymise their data (personal data is kept only as long as needed)", None))
        self.retainHint.setProperty(u"kind", QCoreApplication.translate("CandidateRecordForm", u"hint", None))
        pass
    # retranslateUi

