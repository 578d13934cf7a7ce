# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'blind_pass.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)
class Ui_BlindPassDialog(object):
    def setupUi(self, BlindPassDialog):
        if not BlindPassDialog.objectName():
            BlindPassDialog.setObjectName(u"BlindPassDialog")
        BlindPassDialog.resize(960, 640)
        BlindPassDialog.setMinimumSize(QSize(760, 480))
        self.dialogLayout = QVBoxLayout(BlindPassDialog)
        self.dialogLayout.setSpacing(0)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(0, 0, 0, 0)
        self.headerBox = QWidget(BlindPassDialog)
        self.headerBox.setObjectName(u"headerBox")
        self.headerLayout = QVBoxLayout(self.headerBox)
        self.headerLayout.setSpacing(4)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(24, 16, 24, 6)
        self.headline = QLabel(self.headerBox)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"")
        self.headline.setWordWrap(True)
        self.headline.setProperty(u"kind", u"headline")

        self.headerLayout.addWidget(self.headline)

        self.subtitle = QLabel(self.headerBox)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setText(u"")
        self.subtitle.setWordWrap(True)
        self.subtitle.setProperty(u"kind", u"subtitle")

        self.headerLayout.addWidget(self.subtitle)

        self.blindNote = QLabel(self.headerBox)
        self.blindNote.setObjectName(u"blindNote")
        self.blindNote.setWordWrap(True)
        self.blindNote.setProperty(u"kind", u"hint")

        self.headerLayout.addWidget(self.blindNote)


        self.dialogLayout.addWidget(self.headerBox)

        self.pages = QStackedWidget(BlindPassDialog)
        self.pages.setObjectName(u"pages")
        self.setupPage = QWidget()
        self.setupPage.setObjectName(u"setupPage")
        self.setupLayout = QVBoxLayout(self.setupPage)
        self.setupLayout.setSpacing(10)
        self.setupLayout.setObjectName(u"setupLayout")
        self.setupLayout.setContentsMargins(24, 12, 24, 12)
        self.setupForm = QFormLayout()
        self.setupForm.setObjectName(u"setupForm")
        self.setupForm.setHorizontalSpacing(12)
        self.setupForm.setVerticalSpacing(10)
        self.kindLabel = QLabel(self.setupPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.setupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.setupPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.setupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.scopeLabel = QLabel(self.setupPage)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.setupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeCombo = QComboBox(self.setupPage)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.setupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scopeCombo)


        self.setupLayout.addLayout(self.setupForm)

        self.setupHint = QLabel(self.setupPage)
        self.setupHint.setObjectName(u"setupHint")
        self.setupHint.setText(u"")
        self.setupHint.setWordWrap(True)
        self.setupHint.setProperty(u"kind", u"hint")

        self.setupLayout.addWidget(self.setupHint)

        self.setupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.setupLayout.addItem(self.setupSpacer)

        self.pages.addWidget(self.setupPage)
        self.gradePage = QWidget()
        self.gradePage.setObjectName(u"gradePage")
        self.gradeLayout = QVBoxLayout(self.gradePage)
        self.gradeLayout.setSpacing(6)
        self.gradeLayout.setObjectName(u"gradeLayout")
        self.gradeLayout.setContentsMargins(24, 8, 24, 8)
        self.criterionRow = QHBoxLayout()
        self.criterionRow.setSpacing(12)
        self.criterionRow.setObjectName(u"criterionRow")
        self.criterionRow.setContentsMargins(0, 0, 0, 0)
        self.criterionTitle = QLabel(self.gradePage)
        self.criterionTitle.setObjectName(u"criterionTitle")
        self.criterionTitle.setText(u"")
        self.criterionTitle.setWordWrap(True)
        self.criterionTitle.setProperty(u"kind", u"sectionTitle")

        self.criterionRow.addWidget(self.criterionTitle)

        self.criterionStep = QLabel(self.gradePage)
        self.criterionStep.setObjectName(u"criterionStep")
        self.criterionStep.setText(u"")
        self.criterionStep.setProperty(u"kind", u"hint")

        self.criterionRow.addWidget(self.criterionStep)

        self.criterionRow.setStretch(0, 1)

        self.gradeLayout.addLayout(self.criterionRow)

        self.guidanceLabel = QLabel(self.gradePage)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setText(u"")
        self.guidanceLabel.setWordWrap(True)
        self.guidanceLabel.setProperty(u"kind", u"hint")

        self.gradeLayout.addWidget(self.guidanceLabel)

        self.anchorsLabel = QLabel(self.gradePage)
        self.anchorsLabel.setObjectName(u"anchorsLabel")
        self.anchorsLabel.setText(u"")
        self.anchorsLabel.setWordWrap(True)
        self.anchorsLabel.setProperty(u"kind", u"hint")
        self.anchorsLabel.setVisible(False)

        self.gradeLayout.addWidget(self.anchorsLabel)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setSpacing(16)
        self.bodyRow.setObjectName(u"bodyRow")
        self.bodyRow.setContentsMargins(0, 4, 0, 0)
        self.candidateList = QListWidget(self.gradePage)
        self.candidateList.setObjectName(u"candidateList")
        self.candidateList.setMinimumSize(QSize(200, 0))
        self.candidateList.setMaximumSize(QSize(260, 16777215))

        self.bodyRow.addWidget(self.candidateList)

        self.detailBox = QWidget(self.gradePage)
        self.detailBox.setObjectName(u"detailBox")
        self.detailLayout = QVBoxLayout(self.detailBox)
        self.detailLayout.setSpacing(8)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.candidateTitle = QLabel(self.detailBox)
        self.candidateTitle.setObjectName(u"candidateTitle")
        self.candidateTitle.setText(u"")
        self.candidateTitle.setProperty(u"kind", u"fieldTitle")

        self.detailLayout.addWidget(self.candidateTitle)

        self.workHost = QWidget(self.detailBox)
        self.workHost.setObjectName(u"workHost")
        self.workHostLayout = QHBoxLayout(self.workHost)
        self.workHostLayout.setSpacing(8)
        self.workHostLayout.setObjectName(u"workHostLayout")
        self.workHostLayout.setContentsMargins(0, 0, 0, 0)

        self.detailLayout.addWidget(self.workHost)

        self.pickerHost = QWidget(self.detailBox)
        self.pickerHost.setObjectName(u"pickerHost")
        self.pickerHostLayout = QHBoxLayout(self.pickerHost)
        self.pickerHostLayout.setSpacing(0)
        self.pickerHostLayout.setObjectName(u"pickerHostLayout")
        self.pickerHostLayout.setContentsMargins(0, 0, 0, 0)

        self.detailLayout.addWidget(self.pickerHost)

        self.noteEdit = QPlainTextEdit(self.detailBox)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMinimumSize(QSize(0, 60))
        self.noteEdit.setMaximumSize(QSize(16777215, 120))

        self.detailLayout.addWidget(self.noteEdit)

        self.finalLabel = QLabel(self.detailBox)
        self.finalLabel.setObjectName(u"finalLabel")
        self.finalLabel.setText(u"")
        self.finalLabel.setWordWrap(True)
        self.finalLabel.setProperty(u"kind", u"hint")
        self.finalLabel.setVisible(False)

        self.detailLayout.addWidget(self.finalLabel)

        self.keysHint = QLabel(self.detailBox)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setText(u"")
        self.keysHint.setWordWrap(True)
        self.keysHint.setProperty(u"kind", u"hint")

        self.detailLayout.addWidget(self.keysHint)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)


        self.bodyRow.addWidget(self.detailBox)

        self.bodyRow.setStretch(1, 1)

        self.gradeLayout.addLayout(self.bodyRow)

        self.pages.addWidget(self.gradePage)
        self.summaryPage = QWidget()
        self.summaryPage.setObjectName(u"summaryPage")
        self.summaryLayout = QVBoxLayout(self.summaryPage)
        self.summaryLayout.setSpacing(8)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLayout.setContentsMargins(24, 8, 24, 8)
        self.summaryIntro = QLabel(self.summaryPage)
        self.summaryIntro.setObjectName(u"summaryIntro")
        self.summaryIntro.setText(u"")
        self.summaryIntro.setWordWrap(True)

        self.summaryLayout.addWidget(self.summaryIntro)

        self.summaryTable = QTableWidget(self.summaryPage)
        self.summaryTable.setObjectName(u"summaryTable")
        self.summaryTable.setTabKeyNavigation(False)

        self.summaryLayout.addWidget(self.summaryTable)

        self.summaryHint = QLabel(self.summaryPage)
        self.summaryHint.setObjectName(u"summaryHint")
        self.summaryHint.setText(u"")
        self.summaryHint.setWordWrap(True)
        self.summaryHint.setProperty(u"kind", u"hint")

        self.summaryLayout.addWidget(self.summaryHint)

        self.pages.addWidget(self.summaryPage)

        self.dialogLayout.addWidget(self.pages)

        self.footerBox = QWidget(BlindPassDialog)
        self.footerBox.setObjectName(u"footerBox")
        self.footerLayout = QHBoxLayout(self.footerBox)
        self.footerLayout.setSpacing(8)
        self.footerLayout.setObjectName(u"footerLayout")
        self.footerLayout.setContentsMargins(24, 8, 24, 16)
        self.messageLabel = QLabel(self.footerBox)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"kind", u"fieldError")

        self.footerLayout.addWidget(self.messageLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.closeButton = QPushButton(self.footerBox)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.footerLayout.addWidget(self.closeButton)

        self.backButton = QPushButton(self.footerBox)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.footerLayout.addWidget(self.backButton)

        self.nextButton = QPushButton(self.footerBox)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setAutoDefault(False)

        self.footerLayout.addWidget(self.nextButton)

        self.submitButton = QPushButton(self.footerBox)
        self.submitButton.setObjectName(u"submitButton")
        self.submitButton.setAutoDefault(False)

        self.footerLayout.addWidget(self.submitButton)

        self.footerLayout.setStretch(1, 1)

        self.dialogLayout.addWidget(self.footerBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.scopeLabel.setBuddy(self.scopeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BlindPassDialog)
    # setupUi

    def retranslateUi(self, BlindPassDialog):
        BlindPassDialog.setWindowTitle(QCoreApplication.translate("BlindPassDialog", u"Blind review", None))
        self.blindNote.setText(QCoreApplication.translate("BlindPassDialog", u"Names, photos, contact details and file names are hidden: each person is a letter, in an order shuffled for you. Opening a file or link is allowed, but it may show who it is.", None))
        self.kindLabel.setText(QCoreApplication.translate("BlindPassDialog", u"&Grade", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("BlindPassDialog", u"What to grade", None))
#endif // QT_CONFIG(accessibility)
        self.scopeLabel.setText(QCoreApplication.translate("BlindPassDialog", u"&Who", None))
#if QT_CONFIG(accessibility)
        self.scopeCombo.setAccessibleName(QCoreApplication.translate("BlindPassDialog", u"Which candidates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.candidateList.setAccessibleName(QCoreApplication.translate("BlindPassDialog", u"Candidates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("BlindPassDialog", u"Evidence or note", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("BlindPassDialog", u"Close", None))
        self.backButton.setText(QCoreApplication.translate("BlindPassDialog", u"&Previous question", None))
        self.nextButton.setText(QCoreApplication.translate("BlindPassDialog", u"&Start", None))
        self.submitButton.setText(QCoreApplication.translate("BlindPassDialog", u"Submit &all scorecards\u2026", None))
    # retranslateUi

