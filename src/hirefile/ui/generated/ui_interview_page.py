# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_InterviewsPage(object):
    def setupUi(self, InterviewsPage):
        if not InterviewsPage.objectName():
            InterviewsPage.setObjectName(u"InterviewsPage")
        InterviewsPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(InterviewsPage)
        self.pageLayout.setSpacing(14)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(28, 22, 28, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.headerRow.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QVBoxLayout()
        self.headerLayout.setSpacing(2)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(0, 0, 0, 0)
        self.pageTitle = QLabel(InterviewsPage)
        self.pageTitle.setObjectName(u"pageTitle")
        self.pageTitle.setProperty(u"kind", u"pageTitle")

        self.headerLayout.addWidget(self.pageTitle)

        self.pageSubtitle = QLabel(InterviewsPage)
        self.pageSubtitle.setObjectName(u"pageSubtitle")
        self.pageSubtitle.setText(u"")
        self.pageSubtitle.setProperty(u"kind", u"subtitle")

        self.headerLayout.addWidget(self.pageSubtitle)


        self.headerRow.addLayout(self.headerLayout)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.toggleBox = QWidget(InterviewsPage)
        self.toggleBox.setObjectName(u"toggleBox")
        self.toggleLayout = QHBoxLayout(self.toggleBox)
        self.toggleLayout.setSpacing(0)
        self.toggleLayout.setObjectName(u"toggleLayout")
        self.toggleLayout.setContentsMargins(0, 0, 0, 0)
        self.toggleUpcoming = QPushButton(self.toggleBox)
        self.toggleUpcoming.setObjectName(u"toggleUpcoming")
        self.toggleUpcoming.setCheckable(True)
        self.toggleUpcoming.setChecked(True)

        self.toggleLayout.addWidget(self.toggleUpcoming)

        self.togglePast = QPushButton(self.toggleBox)
        self.togglePast.setObjectName(u"togglePast")
        self.togglePast.setCheckable(True)

        self.toggleLayout.addWidget(self.togglePast)


        self.headerRow.addWidget(self.toggleBox)


        self.pageLayout.addLayout(self.headerRow)

        self.toolbarRow = QHBoxLayout()
        self.toolbarRow.setSpacing(8)
        self.toolbarRow.setObjectName(u"toolbarRow")
        self.toolbarRow.setContentsMargins(0, 0, 0, 0)
        self.scheduleButton = QPushButton(InterviewsPage)
        self.scheduleButton.setObjectName(u"scheduleButton")
        self.scheduleButton.setProperty(u"kind", u"primary")

        self.toolbarRow.addWidget(self.scheduleButton)

        self.editButton = QPushButton(InterviewsPage)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setProperty(u"kind", u"tool")

        self.toolbarRow.addWidget(self.editButton)

        self.scorecardButton = QPushButton(InterviewsPage)
        self.scorecardButton.setObjectName(u"scorecardButton")
        self.scorecardButton.setProperty(u"kind", u"tool")

        self.toolbarRow.addWidget(self.scorecardButton)

        self.doneButton = QPushButton(InterviewsPage)
        self.doneButton.setObjectName(u"doneButton")
        self.doneButton.setProperty(u"kind", u"tool")

        self.toolbarRow.addWidget(self.doneButton)

        self.cancelButton = QPushButton(InterviewsPage)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setProperty(u"kind", u"tool")

        self.toolbarRow.addWidget(self.cancelButton)

        self.assessButton = QToolButton(InterviewsPage)
        self.assessButton.setObjectName(u"assessButton")
        self.assessButton.setProperty(u"kind", u"tool")
        self.assessButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.assessButton.setProperty(u"menu", True)

        self.toolbarRow.addWidget(self.assessButton)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarRow.addItem(self.toolbarSpacer)

        self.exportButton = QPushButton(InterviewsPage)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setProperty(u"kind", u"tool")

        self.toolbarRow.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.toolbarRow)

        self.contentStack = QStackedWidget(InterviewsPage)
        self.contentStack.setObjectName(u"contentStack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setSpacing(6)
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
        self.emptyLayout.setSpacing(6)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLayout.setContentsMargins(0, 0, 0, 0)
        self.contentStack.addWidget(self.emptyPage)

        self.pageLayout.addWidget(self.contentStack)

        QWidget.setTabOrder(self.toggleUpcoming, self.togglePast)
        QWidget.setTabOrder(self.togglePast, self.scheduleButton)
        QWidget.setTabOrder(self.scheduleButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.scorecardButton)
        QWidget.setTabOrder(self.scorecardButton, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.assessButton)
        QWidget.setTabOrder(self.assessButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.table)

        self.retranslateUi(InterviewsPage)
    # setupUi

    def retranslateUi(self, InterviewsPage):
        self.pageTitle.setText(QCoreApplication.translate("InterviewsPage", u"Interviews", None))
        self.toggleUpcoming.setText(QCoreApplication.translate("InterviewsPage", u"&Upcoming", None))
#if QT_CONFIG(tooltip)
        self.toggleUpcoming.setToolTip(QCoreApplication.translate("InterviewsPage", u"Interviews still to come, soonest first", None))
#endif // QT_CONFIG(tooltip)
        self.togglePast.setText(QCoreApplication.translate("InterviewsPage", u"&Past", None))
#if QT_CONFIG(tooltip)
        self.togglePast.setToolTip(QCoreApplication.translate("InterviewsPage", u"Interviews that took place or were cancelled, most recent first", None))
#endif // QT_CONFIG(tooltip)
        self.scheduleButton.setText(QCoreApplication.translate("InterviewsPage", u"Sc&hedule\u2026", None))
        self.editButton.setText(QCoreApplication.translate("InterviewsPage", u"&Edit\u2026", None))
        self.scorecardButton.setText(QCoreApplication.translate("InterviewsPage", u"&Write scorecard\u2026", None))
        self.doneButton.setText(QCoreApplication.translate("InterviewsPage", u"Mark &done", None))
        self.cancelButton.setText(QCoreApplication.translate("InterviewsPage", u"&Cancel interview\u2026", None))
        self.assessButton.setText(QCoreApplication.translate("InterviewsPage", u"&Assess", None))
        self.exportButton.setText(QCoreApplication.translate("InterviewsPage", u"Export to ca&lendar\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Interviews", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

