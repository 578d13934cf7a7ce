# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offer_page.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_OffersPage(object):
    def setupUi(self, OffersPage):
        if not OffersPage.objectName():
            OffersPage.setObjectName(u"OffersPage")
        OffersPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(OffersPage)
        self.pageLayout.setSpacing(14)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(28, 22, 28, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(10)
        self.headerRow.setObjectName(u"headerRow")
        self.headerLayout = QVBoxLayout()
        self.headerLayout.setSpacing(2)
        self.headerLayout.setObjectName(u"headerLayout")
        self.pageTitle = QLabel(OffersPage)
        self.pageTitle.setObjectName(u"pageTitle")
        self.pageTitle.setProperty(u"kind", u"pageTitle")

        self.headerLayout.addWidget(self.pageTitle)

        self.pageSubtitle = QLabel(OffersPage)
        self.pageSubtitle.setObjectName(u"pageSubtitle")
        self.pageSubtitle.setText(u"")
        self.pageSubtitle.setProperty(u"kind", u"subtitle")

        self.headerLayout.addWidget(self.pageSubtitle)


        self.headerRow.addLayout(self.headerLayout)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.statusLabel = QLabel(OffersPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.headerRow.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(OffersPage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumSize(QSize(230, 0))

        self.headerRow.addWidget(self.statusCombo)


        self.pageLayout.addLayout(self.headerRow)

        self.toolbarRow = QHBoxLayout()
        self.toolbarRow.setSpacing(8)
        self.toolbarRow.setObjectName(u"toolbarRow")
        self.newButton = QPushButton(OffersPage)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setProperty(u"kind", u"primary")

        self.toolbarRow.addWidget(self.newButton)

        self.editButton = QPushButton(OffersPage)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setProperty(u"kind", u"tool")

        self.toolbarRow.addWidget(self.editButton)

        self.gapA = QSpacerItem(10, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolbarRow.addItem(self.gapA)

        self.approveButton = QPushButton(OffersPage)
        self.approveButton.setObjectName(u"approveButton")
        self.approveButton.setProperty(u"kind", u"tool")

        self.toolbarRow.addWidget(self.approveButton)

        self.sentButton = QPushButton(OffersPage)
        self.sentButton.setObjectName(u"sentButton")
        self.sentButton.setProperty(u"kind", u"tool")

        self.toolbarRow.addWidget(self.sentButton)

        self.acceptedButton = QPushButton(OffersPage)
        self.acceptedButton.setObjectName(u"acceptedButton")
        self.acceptedButton.setProperty(u"kind", u"tool")

        self.toolbarRow.addWidget(self.acceptedButton)

        self.declinedButton = QPushButton(OffersPage)
        self.declinedButton.setObjectName(u"declinedButton")
        self.declinedButton.setProperty(u"kind", u"tool")

        self.toolbarRow.addWidget(self.declinedButton)

        self.withdrawButton = QPushButton(OffersPage)
        self.withdrawButton.setObjectName(u"withdrawButton")
        self.withdrawButton.setProperty(u"kind", u"tool")

        self.toolbarRow.addWidget(self.withdrawButton)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarRow.addItem(self.toolbarSpacer)

        self.letterButton = QPushButton(OffersPage)
        self.letterButton.setObjectName(u"letterButton")
        self.letterButton.setProperty(u"kind", u"tool")

        self.toolbarRow.addWidget(self.letterButton)


        self.pageLayout.addLayout(self.toolbarRow)

        self.messageBar = QFrame(OffersPage)
        self.messageBar.setObjectName(u"messageBar")
        self.messageLayout = QHBoxLayout(self.messageBar)
        self.messageLayout.setSpacing(8)
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageLayout.setContentsMargins(12, 6, 6, 6)
        self.messageLabel = QLabel(self.messageBar)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.messageLayout.addWidget(self.messageLabel)

        self.messageClose = QToolButton(self.messageBar)
        self.messageClose.setObjectName(u"messageClose")
        self.messageClose.setText(u"\u2715")
        self.messageClose.setAutoRaise(True)

        self.messageLayout.addWidget(self.messageClose)

        self.messageLayout.setStretch(0, 1)

        self.pageLayout.addWidget(self.messageBar)

        self.contentStack = QStackedWidget(OffersPage)
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

        self.pageLayout.addWidget(self.contentStack)

        self.pageLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.approveButton)
        QWidget.setTabOrder(self.approveButton, self.sentButton)
        QWidget.setTabOrder(self.sentButton, self.acceptedButton)
        QWidget.setTabOrder(self.acceptedButton, self.declinedButton)
        QWidget.setTabOrder(self.declinedButton, self.withdrawButton)
        QWidget.setTabOrder(self.withdrawButton, self.letterButton)
        QWidget.setTabOrder(self.letterButton, self.table)

        self.retranslateUi(OffersPage)
    # setupUi

    def retranslateUi(self, OffersPage):
        self.pageTitle.setText(QCoreApplication.translate("OffersPage", u"Offers", None))
        self.statusLabel.setText(QCoreApplication.translate("OffersPage", u"S&tatus", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("OffersPage", u"Show offers with status", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("OffersPage", u"&New offer\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("OffersPage", u"Draft an offer for someone in process (Ctrl+Shift+O)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("OffersPage", u"Ed&it\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("OffersPage", u"Change the terms and the letter, or see the history (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.approveButton.setText(QCoreApplication.translate("OffersPage", u"A&pprove", None))
#if QT_CONFIG(tooltip)
        self.approveButton.setToolTip(QCoreApplication.translate("OffersPage", u"Record that the terms are approved", None))
#endif // QT_CONFIG(tooltip)
        self.sentButton.setText(QCoreApplication.translate("OffersPage", u"Mark &sent", None))
#if QT_CONFIG(tooltip)
        self.sentButton.setToolTip(QCoreApplication.translate("OffersPage", u"Record that the offer went to the candidate", None))
#endif // QT_CONFIG(tooltip)
        self.acceptedButton.setText(QCoreApplication.translate("OffersPage", u"&Accepted", None))
#if QT_CONFIG(tooltip)
        self.acceptedButton.setToolTip(QCoreApplication.translate("OffersPage", u"The candidate said yes: they move to Hired", None))
#endif // QT_CONFIG(tooltip)
        self.declinedButton.setText(QCoreApplication.translate("OffersPage", u"&Declined\u2026", None))
#if QT_CONFIG(tooltip)
        self.declinedButton.setToolTip(QCoreApplication.translate("OffersPage", u"The candidate said no", None))
#endif // QT_CONFIG(tooltip)
        self.withdrawButton.setText(QCoreApplication.translate("OffersPage", u"&Withdraw\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdrawButton.setToolTip(QCoreApplication.translate("OffersPage", u"Take the offer back (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.letterButton.setText(QCoreApplication.translate("OffersPage", u"Offer &letter\u2026", None))
#if QT_CONFIG(tooltip)
        self.letterButton.setToolTip(QCoreApplication.translate("OffersPage", u"Save the offer letter as a PDF (Ctrl+Shift+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.messageClose.setAccessibleName(QCoreApplication.translate("OffersPage", u"Dismiss message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("OffersPage", u"Offers", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

