# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'list_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QSizePolicy,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ListPage(object):
    def setupUi(self, ListPage):
        if not ListPage.objectName():
            ListPage.setObjectName(u"ListPage")
        ListPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(ListPage)
        self.pageLayout.setSpacing(16)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(28, 22, 28, 16)
        self.headerLayout = QVBoxLayout()
        self.headerLayout.setSpacing(2)
        self.headerLayout.setObjectName(u"headerLayout")
        self.pageTitle = QLabel(ListPage)
        self.pageTitle.setObjectName(u"pageTitle")
        self.pageTitle.setText(u"Title")

        self.headerLayout.addWidget(self.pageTitle)

        self.pageSubtitle = QLabel(ListPage)
        self.pageSubtitle.setObjectName(u"pageSubtitle")
        self.pageSubtitle.setText(u"Subtitle")

        self.headerLayout.addWidget(self.pageSubtitle)


        self.pageLayout.addLayout(self.headerLayout)

        self.contentStack = QStackedWidget(ListPage)
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


        self.retranslateUi(ListPage)
    # setupUi

    def retranslateUi(self, ListPage):
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ListPage", u"List", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

