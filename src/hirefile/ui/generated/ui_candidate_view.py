# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidate_view.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QListView, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QToolButton, QVBoxLayout,
    QWidget)

from hirefile.ui.candidate.record_form import RecordForm

class Ui_CandidateView(object):
    def setupUi(self, CandidateView):
        if not CandidateView.objectName():
            CandidateView.setObjectName(u"CandidateView")
        CandidateView.resize(1160, 780)
        self.viewLayout = QVBoxLayout(CandidateView)
        self.viewLayout.setSpacing(10)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(28, 14, 28, 14)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(10)
        self.headerRow.setObjectName(u"headerRow")
        self.headerRow.setContentsMargins(0, 0, 0, 0)
        self.titleBox = QVBoxLayout()
        self.titleBox.setSpacing(2)
        self.titleBox.setObjectName(u"titleBox")
        self.titleBox.setContentsMargins(0, 0, 0, 0)
        self.backButton = QToolButton(CandidateView)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoRaise(True)

        self.titleBox.addWidget(self.backButton, 0, Qt.AlignmentFlag.AlignLeft)

        self.headerName = QLabel(CandidateView)
        self.headerName.setObjectName(u"headerName")
        self.headerName.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignAbsolute|Qt.AlignmentFlag.AlignVCenter)
        self.headerName.setText(u"Name")
        self.headerName.setTextFormat(Qt.TextFormat.PlainText)

        self.titleBox.addWidget(self.headerName)

        self.headerSubtitle = QLabel(CandidateView)
        self.headerSubtitle.setObjectName(u"headerSubtitle")
        self.headerSubtitle.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignAbsolute|Qt.AlignmentFlag.AlignVCenter)
        self.headerSubtitle.setWordWrap(True)
        self.headerSubtitle.setText(u"")
        self.headerSubtitle.setTextFormat(Qt.TextFormat.PlainText)

        self.titleBox.addWidget(self.headerSubtitle)

        self.headerLinks = QLabel(CandidateView)
        self.headerLinks.setObjectName(u"headerLinks")
        self.headerLinks.setText(u"")
        self.headerLinks.setTextFormat(Qt.TextFormat.RichText)
        self.headerLinks.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.LinksAccessibleByKeyboard)

        self.titleBox.addWidget(self.headerLinks)


        self.headerRow.addLayout(self.titleBox)

        self.actionsBox = QWidget(CandidateView)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsRow = QHBoxLayout(self.actionsBox)
        self.actionsRow.setSpacing(10)
        self.actionsRow.setObjectName(u"actionsRow")
        self.actionsRow.setContentsMargins(0, 0, 0, 0)
        self.roleLabel = QLabel(self.actionsBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.actionsRow.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(self.actionsBox)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setMinimumSize(QSize(220, 0))

        self.actionsRow.addWidget(self.roleCombo)

        self.revertButton = QPushButton(self.actionsBox)
        self.revertButton.setObjectName(u"revertButton")

        self.actionsRow.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.actionsBox)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"primary", True)

        self.actionsRow.addWidget(self.saveButton)


        self.headerRow.addWidget(self.actionsBox, 0, Qt.AlignmentFlag.AlignBottom)

        self.headerRow.setStretch(0, 1)

        self.viewLayout.addLayout(self.headerRow)

        self.messageBar = QFrame(CandidateView)
        self.messageBar.setObjectName(u"messageBar")
        self.messageLayout = QHBoxLayout(self.messageBar)
        self.messageLayout.setSpacing(8)
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageLayout.setContentsMargins(12, 6, 6, 6)
        self.messageLabel = QLabel(self.messageBar)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)

        self.messageLayout.addWidget(self.messageLabel)

        self.messageClose = QToolButton(self.messageBar)
        self.messageClose.setObjectName(u"messageClose")
        self.messageClose.setAutoRaise(True)

        self.messageLayout.addWidget(self.messageClose)


        self.viewLayout.addWidget(self.messageBar)

        self.duplicateBanner = QFrame(CandidateView)
        self.duplicateBanner.setObjectName(u"duplicateBanner")
        self.duplicateLayout = QVBoxLayout(self.duplicateBanner)
        self.duplicateLayout.setSpacing(4)
        self.duplicateLayout.setObjectName(u"duplicateLayout")
        self.duplicateLayout.setContentsMargins(12, 8, 10, 8)
        self.duplicateTitle = QLabel(self.duplicateBanner)
        self.duplicateTitle.setObjectName(u"duplicateTitle")
        self.duplicateTitle.setText(u"")
        self.duplicateTitle.setWordWrap(True)

        self.duplicateLayout.addWidget(self.duplicateTitle)


        self.viewLayout.addWidget(self.duplicateBanner)

        self.bodySplitter = QSplitter(CandidateView)
        self.bodySplitter.setObjectName(u"bodySplitter")
        self.bodySplitter.setOrientation(Qt.Orientation.Horizontal)
        self.bodySplitter.setChildrenCollapsible(False)
        self.bodySplitter.setHandleWidth(14)
        self.formScroll = QScrollArea(self.bodySplitter)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.formScroll.setMinimumSize(QSize(440, 0))
        self.formHost = QWidget()
        self.formHost.setObjectName(u"formHost")
        self.formHostLayout = QVBoxLayout(self.formHost)
        self.formHostLayout.setSpacing(2)
        self.formHostLayout.setObjectName(u"formHostLayout")
        self.formHostLayout.setContentsMargins(0, 4, 14, 0)
        self.recordForm = RecordForm(self.formHost)
        self.recordForm.setObjectName(u"recordForm")

        self.formHostLayout.addWidget(self.recordForm)

        self.formScroll.setWidget(self.formHost)
        self.bodySplitter.addWidget(self.formScroll)
        self.sideSplitter = QSplitter(self.bodySplitter)
        self.sideSplitter.setObjectName(u"sideSplitter")
        self.sideSplitter.setOrientation(Qt.Orientation.Vertical)
        self.sideSplitter.setChildrenCollapsible(False)
        self.applicationsBox = QWidget(self.sideSplitter)
        self.applicationsBox.setObjectName(u"applicationsBox")
        self.applicationsBoxLayout = QVBoxLayout(self.applicationsBox)
        self.applicationsBoxLayout.setSpacing(6)
        self.applicationsBoxLayout.setObjectName(u"applicationsBoxLayout")
        self.applicationsBoxLayout.setContentsMargins(0, 0, 0, 6)
        self.applicationsHeader = QHBoxLayout()
        self.applicationsHeader.setSpacing(8)
        self.applicationsHeader.setObjectName(u"applicationsHeader")
        self.applicationsHeader.setContentsMargins(0, 0, 0, 0)
        self.applicationsTitle = QLabel(self.applicationsBox)
        self.applicationsTitle.setObjectName(u"applicationsTitle")

        self.applicationsHeader.addWidget(self.applicationsTitle)

        self.applicationsSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.applicationsHeader.addItem(self.applicationsSpacer)

        self.addRoleButton = QToolButton(self.applicationsBox)
        self.addRoleButton.setObjectName(u"addRoleButton")
        self.addRoleButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.applicationsHeader.addWidget(self.addRoleButton)


        self.applicationsBoxLayout.addLayout(self.applicationsHeader)

        self.applicationsScroll = QScrollArea(self.applicationsBox)
        self.applicationsScroll.setObjectName(u"applicationsScroll")
        self.applicationsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.applicationsScroll.setWidgetResizable(True)
        self.applicationsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.applicationsHost = QWidget()
        self.applicationsHost.setObjectName(u"applicationsHost")
        self.applicationsLayout = QVBoxLayout(self.applicationsHost)
        self.applicationsLayout.setSpacing(8)
        self.applicationsLayout.setObjectName(u"applicationsLayout")
        self.applicationsLayout.setContentsMargins(0, 0, 6, 0)
        self.noApplicationsLabel = QLabel(self.applicationsHost)
        self.noApplicationsLabel.setObjectName(u"noApplicationsLabel")
        self.noApplicationsLabel.setWordWrap(True)

        self.applicationsLayout.addWidget(self.noApplicationsLabel)

        self.applicationsEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.applicationsLayout.addItem(self.applicationsEnd)

        self.applicationsScroll.setWidget(self.applicationsHost)

        self.applicationsBoxLayout.addWidget(self.applicationsScroll)

        self.sideSplitter.addWidget(self.applicationsBox)
        self.sideTabs = QTabWidget(self.sideSplitter)
        self.sideTabs.setObjectName(u"sideTabs")
        self.sideTabs.setDocumentMode(True)
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setSpacing(2)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(0, 8, 0, 0)
        self.timelineList = QListView(self.timelineTab)
        self.timelineList.setObjectName(u"timelineList")

        self.timelineLayout.addWidget(self.timelineList)

        self.sideTabs.addTab(self.timelineTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsLayout.setSpacing(8)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsLayout.setContentsMargins(0, 8, 0, 0)
        self.attachmentsTable = QTableView(self.attachmentsTab)
        self.attachmentsTable.setObjectName(u"attachmentsTable")
        self.attachmentsTable.setTabKeyNavigation(False)

        self.attachmentsLayout.addWidget(self.attachmentsTable)

        self.attachmentButtons = QHBoxLayout()
        self.attachmentButtons.setSpacing(6)
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.attachmentButtons.setContentsMargins(0, 0, 0, 0)
        self.addFileButton = QPushButton(self.attachmentsTab)
        self.addFileButton.setObjectName(u"addFileButton")

        self.attachmentButtons.addWidget(self.addFileButton)

        self.openFileButton = QPushButton(self.attachmentsTab)
        self.openFileButton.setObjectName(u"openFileButton")

        self.attachmentButtons.addWidget(self.openFileButton)

        self.removeFileButton = QPushButton(self.attachmentsTab)
        self.removeFileButton.setObjectName(u"removeFileButton")

        self.attachmentButtons.addWidget(self.removeFileButton)

        self.attachmentSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentButtons.addItem(self.attachmentSpacer)

        self.attachmentHint = QLabel(self.attachmentsTab)
        self.attachmentHint.setObjectName(u"attachmentHint")

        self.attachmentButtons.addWidget(self.attachmentHint)


        self.attachmentsLayout.addLayout(self.attachmentButtons)

        self.sideTabs.addTab(self.attachmentsTab, "")
        self.sideSplitter.addWidget(self.sideTabs)
        self.bodySplitter.addWidget(self.sideSplitter)

        self.viewLayout.addWidget(self.bodySplitter)

        self.viewLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backButton, self.headerLinks)
        QWidget.setTabOrder(self.headerLinks, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.recordForm)
        QWidget.setTabOrder(self.recordForm, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.addRoleButton)
        QWidget.setTabOrder(self.addRoleButton, self.applicationsScroll)
        QWidget.setTabOrder(self.applicationsScroll, self.sideTabs)
        QWidget.setTabOrder(self.sideTabs, self.timelineList)
        QWidget.setTabOrder(self.timelineList, self.attachmentsTable)
        QWidget.setTabOrder(self.attachmentsTable, self.addFileButton)
        QWidget.setTabOrder(self.addFileButton, self.openFileButton)
        QWidget.setTabOrder(self.openFileButton, self.removeFileButton)

        self.retranslateUi(CandidateView)
    # setupUi

    def retranslateUi(self, CandidateView):
        self.backButton.setText(QCoreApplication.translate("CandidateView", u"\u2039  Candidates", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("CandidateView", u"Back to the list (Esc)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.headerLinks.setAccessibleName(QCoreApplication.translate("CandidateView", u"Links", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("CandidateView", u"Add to &role", None))
        self.revertButton.setText(QCoreApplication.translate("CandidateView", u"Re&vert", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("CandidateView", u"Forget unsaved changes", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("CandidateView", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("CandidateView", u"Save (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.messageClose.setText(QCoreApplication.translate("CandidateView", u"\u2715", None))
#if QT_CONFIG(accessibility)
        self.messageClose.setAccessibleName(QCoreApplication.translate("CandidateView", u"Dismiss message", None))
#endif // QT_CONFIG(accessibility)
        self.applicationsTitle.setText(QCoreApplication.translate("CandidateView", u"Applications", None))
        self.applicationsTitle.setProperty(u"kind", QCoreApplication.translate("CandidateView", u"sectionTitle", None))
        self.addRoleButton.setText(QCoreApplication.translate("CandidateView", u"Add to role\u2026", None))
#if QT_CONFIG(tooltip)
        self.addRoleButton.setToolTip(QCoreApplication.translate("CandidateView", u"Put this candidate in another role's pipeline", None))
#endif // QT_CONFIG(tooltip)
        self.noApplicationsLabel.setText(QCoreApplication.translate("CandidateView", u"Not in any role's pipeline yet. Use \u201cAdd to role\u2026\u201d to start one.", None))
        self.noApplicationsLabel.setProperty(u"kind", QCoreApplication.translate("CandidateView", u"hint", None))
#if QT_CONFIG(accessibility)
        self.timelineList.setAccessibleName(QCoreApplication.translate("CandidateView", u"Timeline", None))
#endif // QT_CONFIG(accessibility)
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.timelineTab), QCoreApplication.translate("CandidateView", u"&Timeline", None))
#if QT_CONFIG(accessibility)
        self.attachmentsTable.setAccessibleName(QCoreApplication.translate("CandidateView", u"Attachments", None))
#endif // QT_CONFIG(accessibility)
        self.addFileButton.setText(QCoreApplication.translate("CandidateView", u"&Add file\u2026", None))
#if QT_CONFIG(tooltip)
        self.addFileButton.setToolTip(QCoreApplication.translate("CandidateView", u"Keep a CV or another file in the hiring file", None))
#endif // QT_CONFIG(tooltip)
        self.openFileButton.setText(QCoreApplication.translate("CandidateView", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.openFileButton.setToolTip(QCoreApplication.translate("CandidateView", u"Open a copy (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.removeFileButton.setText(QCoreApplication.translate("CandidateView", u"Re&move", None))
        self.attachmentHint.setText(QCoreApplication.translate("CandidateView", u"Files live inside the hiring file", None))
        self.attachmentHint.setProperty(u"kind", QCoreApplication.translate("CandidateView", u"hint", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.attachmentsTab), QCoreApplication.translate("CandidateView", u"Attac&hments", None))
        pass
    # retranslateUi

