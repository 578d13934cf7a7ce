# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidates_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QToolButton, QVBoxLayout,
    QWidget)

from hirefile.ui.widgets import ElidedLabel

class Ui_CandidatesPage(object):
    def setupUi(self, CandidatesPage):
        if not CandidatesPage.objectName():
            CandidatesPage.setObjectName(u"CandidatesPage")
        CandidatesPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(CandidatesPage)
        self.pageLayout.setSpacing(0)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.viewStack = QStackedWidget(CandidatesPage)
        self.viewStack.setObjectName(u"viewStack")
        self.listView = QWidget()
        self.listView.setObjectName(u"listView")
        self.listLayout = QVBoxLayout(self.listView)
        self.listLayout.setSpacing(12)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(28, 22, 28, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(16)
        self.headerRow.setObjectName(u"headerRow")
        self.headerRow.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QVBoxLayout()
        self.headerLayout.setSpacing(2)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(0, 0, 0, 0)
        self.pageTitle = QLabel(self.listView)
        self.pageTitle.setObjectName(u"pageTitle")

        self.headerLayout.addWidget(self.pageTitle)

        self.countLabel = ElidedLabel(self.listView)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"0 candidates")

        self.headerLayout.addWidget(self.countLabel)


        self.headerRow.addLayout(self.headerLayout)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.searchEdit = QLineEdit(self.listView)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(280, 0))
        self.searchEdit.setMaximumSize(QSize(440, 16777215))
        self.searchEdit.setClearButtonEnabled(True)

        self.headerRow.addWidget(self.searchEdit)

        self.headerRow.setStretch(2, 1)

        self.listLayout.addLayout(self.headerRow)

        self.toolbarRow = QHBoxLayout()
        self.toolbarRow.setSpacing(8)
        self.toolbarRow.setObjectName(u"toolbarRow")
        self.toolbarRow.setContentsMargins(0, 0, 0, 0)
        self.addButton = QToolButton(self.listView)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addButton.setProperty(u"primary", True)

        self.toolbarRow.addWidget(self.addButton)

        self.importButton = QToolButton(self.listView)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolbarRow.addWidget(self.importButton)

        self.exportButton = QToolButton(self.listView)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolbarRow.addWidget(self.exportButton)

        self.toolbarSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarRow.addItem(self.toolbarSpacer)

        self.selectionLabel = QLabel(self.listView)
        self.selectionLabel.setObjectName(u"selectionLabel")
        self.selectionLabel.setText(u"")

        self.toolbarRow.addWidget(self.selectionLabel)

        self.moveButton = QToolButton(self.listView)
        self.moveButton.setObjectName(u"moveButton")
        self.moveButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolbarRow.addWidget(self.moveButton)

        self.tagButton = QToolButton(self.listView)
        self.tagButton.setObjectName(u"tagButton")
        self.tagButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolbarRow.addWidget(self.tagButton)

        self.rejectButton = QToolButton(self.listView)
        self.rejectButton.setObjectName(u"rejectButton")
        self.rejectButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolbarRow.addWidget(self.rejectButton)


        self.listLayout.addLayout(self.toolbarRow)

        self.noticeBar = QFrame(self.listView)
        self.noticeBar.setObjectName(u"noticeBar")
        self.noticeLayout = QHBoxLayout(self.noticeBar)
        self.noticeLayout.setSpacing(8)
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.noticeLayout.setContentsMargins(12, 6, 6, 6)
        self.noticeLabel = QLabel(self.noticeBar)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.noticeLabel.sizePolicy().hasHeightForWidth())
        self.noticeLabel.setSizePolicy(sizePolicy)
        self.noticeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.noticeLayout.addWidget(self.noticeLabel)

        self.noticeClose = QToolButton(self.noticeBar)
        self.noticeClose.setObjectName(u"noticeClose")
        self.noticeClose.setAutoRaise(True)

        self.noticeLayout.addWidget(self.noticeClose)


        self.listLayout.addWidget(self.noticeBar)

        self.contentStack = QStackedWidget(self.listView)
        self.contentStack.setObjectName(u"contentStack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.tablePage)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)

        self.tableLayout.addWidget(self.table)

        self.contentStack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLayout.setContentsMargins(0, 0, 0, 0)
        self.contentStack.addWidget(self.emptyPage)

        self.listLayout.addWidget(self.contentStack)

        self.viewStack.addWidget(self.listView)
        self.recordView = QWidget()
        self.recordView.setObjectName(u"recordView")
        self.recordLayout = QVBoxLayout(self.recordView)
        self.recordLayout.setObjectName(u"recordLayout")
        self.recordLayout.setContentsMargins(0, 0, 0, 0)
        self.viewStack.addWidget(self.recordView)

        self.pageLayout.addWidget(self.viewStack)

        QWidget.setTabOrder(self.searchEdit, self.table)
        QWidget.setTabOrder(self.table, self.addButton)
        QWidget.setTabOrder(self.addButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.moveButton)
        QWidget.setTabOrder(self.moveButton, self.tagButton)
        QWidget.setTabOrder(self.tagButton, self.rejectButton)

        self.retranslateUi(CandidatesPage)
    # setupUi

    def retranslateUi(self, CandidatesPage):
        self.pageTitle.setText(QCoreApplication.translate("CandidatesPage", u"Candidates", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CandidatesPage", u"Search candidates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleDescription(QCoreApplication.translate("CandidatesPage", u"Finds candidates by name, email, tag or the text of their CV", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CandidatesPage", u"Search names, notes, CVs, e-mails\u2026", None))
        self.selectionLabel.setProperty(u"kind", QCoreApplication.translate("CandidatesPage", u"hint", None))
        self.noticeClose.setText(QCoreApplication.translate("CandidatesPage", u"\u2715", None))
#if QT_CONFIG(accessibility)
        self.noticeClose.setAccessibleName(QCoreApplication.translate("CandidatesPage", u"Dismiss message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CandidatesPage", u"Candidates", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

