# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QSpacerItem, QStackedWidget,
    QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1400, 860)
        MainWindow.setMinimumSize(QSize(960, 600))
        self.actionNew = QAction(MainWindow)
        self.actionNew.setObjectName(u"actionNew")
        self.actionOpen = QAction(MainWindow)
        self.actionOpen.setObjectName(u"actionOpen")
        self.actionSaveCopy = QAction(MainWindow)
        self.actionSaveCopy.setObjectName(u"actionSaveCopy")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionGoHome = QAction(MainWindow)
        self.actionGoHome.setObjectName(u"actionGoHome")
        self.actionGoRoles = QAction(MainWindow)
        self.actionGoRoles.setObjectName(u"actionGoRoles")
        self.actionGoCandidates = QAction(MainWindow)
        self.actionGoCandidates.setObjectName(u"actionGoCandidates")
        self.actionGoPipeline = QAction(MainWindow)
        self.actionGoPipeline.setObjectName(u"actionGoPipeline")
        self.actionGoInterviews = QAction(MainWindow)
        self.actionGoInterviews.setObjectName(u"actionGoInterviews")
        self.actionGoOffers = QAction(MainWindow)
        self.actionGoOffers.setObjectName(u"actionGoOffers")
        self.actionGoReports = QAction(MainWindow)
        self.actionGoReports.setObjectName(u"actionGoReports")
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QFrame(self.centralwidget)
        self.sidebar.setObjectName(u"sidebar")
        self.sidebar.setMinimumSize(QSize(236, 0))
        self.sidebar.setMaximumSize(QSize(236, 16777215))
        self.sidebarLayout = QVBoxLayout(self.sidebar)
        self.sidebarLayout.setSpacing(4)
        self.sidebarLayout.setObjectName(u"sidebarLayout")
        self.sidebarLayout.setContentsMargins(0, 18, 0, 14)
        self.brandLayout = QHBoxLayout()
        self.brandLayout.setSpacing(10)
        self.brandLayout.setObjectName(u"brandLayout")
        self.brandLayout.setContentsMargins(20, -1, 16, -1)
        self.brandIcon = QLabel(self.sidebar)
        self.brandIcon.setObjectName(u"brandIcon")
        self.brandIcon.setMinimumSize(QSize(30, 30))
        self.brandIcon.setMaximumSize(QSize(30, 30))
        self.brandIcon.setScaledContents(True)

        self.brandLayout.addWidget(self.brandIcon)

        self.brandName = QLabel(self.sidebar)
        self.brandName.setObjectName(u"brandName")

        self.brandLayout.addWidget(self.brandName)

        self.brandSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.brandLayout.addItem(self.brandSpacer)


        self.sidebarLayout.addLayout(self.brandLayout)

        self.brandGap = QSpacerItem(0, 14, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.sidebarLayout.addItem(self.brandGap)

        self.fileCard = QFrame(self.sidebar)
        self.fileCard.setObjectName(u"fileCard")
        self.fileCardLayout = QVBoxLayout(self.fileCard)
        self.fileCardLayout.setSpacing(2)
        self.fileCardLayout.setObjectName(u"fileCardLayout")
        self.fileCardLayout.setContentsMargins(12, 9, 12, 9)
        self.fileCaption = QLabel(self.fileCard)
        self.fileCaption.setObjectName(u"fileCaption")

        self.fileCardLayout.addWidget(self.fileCaption)

        self.fileName = QLabel(self.fileCard)
        self.fileName.setObjectName(u"fileName")
        self.fileName.setText(u"Hiring.hirefile")

        self.fileCardLayout.addWidget(self.fileName)


        self.sidebarLayout.addWidget(self.fileCard)

        self.fileGap = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.sidebarLayout.addItem(self.fileGap)

        self.navList = QListWidget(self.sidebar)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        self.navList.setObjectName(u"navList")
        self.navList.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setIconSize(QSize(20, 20))
        self.navList.setUniformItemSizes(True)

        self.sidebarLayout.addWidget(self.navList)

        self.sidebarFooter = QLabel(self.sidebar)
        self.sidebarFooter.setObjectName(u"sidebarFooter")
        self.sidebarFooter.setWordWrap(True)

        self.sidebarLayout.addWidget(self.sidebarFooter)


        self.centralLayout.addWidget(self.sidebar)

        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menubar.setGeometry(QRect(0, 0, 1400, 24))
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuOpenRecent = QMenu(self.menuFile)
        self.menuOpenRecent.setObjectName(u"menuOpenRecent")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        self.statusbar.setSizeGripEnabled(False)
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNew)
        self.menuFile.addAction(self.actionOpen)
        self.menuFile.addAction(self.menuOpenRecent.menuAction())
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSaveCopy)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionGoHome)
        self.menuView.addAction(self.actionGoRoles)
        self.menuView.addAction(self.actionGoCandidates)
        self.menuView.addAction(self.actionGoPipeline)
        self.menuView.addAction(self.actionGoInterviews)
        self.menuView.addAction(self.actionGoOffers)
        self.menuView.addAction(self.actionGoReports)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionRefresh)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Hirefile", None))
        self.actionNew.setText(QCoreApplication.translate("MainWindow", u"&New\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionNew.setToolTip(QCoreApplication.translate("MainWindow", u"Create a new, empty hiring file", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNew.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpen.setText(QCoreApplication.translate("MainWindow", u"&Open\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionOpen.setToolTip(QCoreApplication.translate("MainWindow", u"Open another hiring file", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionOpen.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionSaveCopy.setText(QCoreApplication.translate("MainWindow", u"Save a &Copy\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionSaveCopy.setToolTip(QCoreApplication.translate("MainWindow", u"Write a copy of the whole file, for a backup or to hand to a cofounder", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionSaveCopy.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+S", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionGoHome.setText(QCoreApplication.translate("MainWindow", u"&Home", None))
#if QT_CONFIG(shortcut)
        self.actionGoHome.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionGoRoles.setText(QCoreApplication.translate("MainWindow", u"&Roles", None))
#if QT_CONFIG(shortcut)
        self.actionGoRoles.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionGoCandidates.setText(QCoreApplication.translate("MainWindow", u"&Candidates", None))
#if QT_CONFIG(shortcut)
        self.actionGoCandidates.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+3", None))
#endif // QT_CONFIG(shortcut)
        self.actionGoPipeline.setText(QCoreApplication.translate("MainWindow", u"&Pipeline", None))
#if QT_CONFIG(shortcut)
        self.actionGoPipeline.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+4", None))
#endif // QT_CONFIG(shortcut)
        self.actionGoInterviews.setText(QCoreApplication.translate("MainWindow", u"&Interviews", None))
#if QT_CONFIG(shortcut)
        self.actionGoInterviews.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+5", None))
#endif // QT_CONFIG(shortcut)
        self.actionGoOffers.setText(QCoreApplication.translate("MainWindow", u"O&ffers", None))
#if QT_CONFIG(shortcut)
        self.actionGoOffers.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+6", None))
#endif // QT_CONFIG(shortcut)
        self.actionGoReports.setText(QCoreApplication.translate("MainWindow", u"R&eports", None))
#if QT_CONFIG(shortcut)
        self.actionGoReports.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+7", None))
#endif // QT_CONFIG(shortcut)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"Re&load", None))
#if QT_CONFIG(tooltip)
        self.actionRefresh.setToolTip(QCoreApplication.translate("MainWindow", u"Read the file again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Hirefile", None))
        self.brandName.setText(QCoreApplication.translate("MainWindow", u"Hirefile", None))
        self.fileCaption.setText(QCoreApplication.translate("MainWindow", u"HIRING FILE", None))

        __sortingEnabled = self.navList.isSortingEnabled()
        self.navList.setSortingEnabled(False)
        ___qlistwidgetitem = self.navList.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"Home", None))
        ___qlistwidgetitem1 = self.navList.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"Roles", None))
        ___qlistwidgetitem2 = self.navList.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"Candidates", None))
        ___qlistwidgetitem3 = self.navList.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MainWindow", u"Pipeline", None))
        ___qlistwidgetitem4 = self.navList.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("MainWindow", u"Interviews", None))
        ___qlistwidgetitem5 = self.navList.item(5)
        ___qlistwidgetitem5.setText(QCoreApplication.translate("MainWindow", u"Offers", None))
        ___qlistwidgetitem6 = self.navList.item(6)
        ___qlistwidgetitem6.setText(QCoreApplication.translate("MainWindow", u"Reports", None))
        self.navList.setSortingEnabled(__sortingEnabled)

        self.sidebarFooter.setText(QCoreApplication.translate("MainWindow", u"Everything lives in this one file, on this computer.", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuOpenRecent.setTitle(QCoreApplication.translate("MainWindow", u"Open &Recent", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

