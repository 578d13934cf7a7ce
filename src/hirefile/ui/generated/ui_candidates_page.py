# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidates_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_CandidatesPage(object):
    def setupUi(self, CandidatesPage):
        if not CandidatesPage.objectName():
            CandidatesPage.setObjectName(u"CandidatesPage")
        CandidatesPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(CandidatesPage)
        self.pageLayout.setSpacing(16)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(28, 22, 28, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(16)
        self.headerRow.setObjectName(u"headerRow")
        self.headerLayout = QVBoxLayout()
        self.headerLayout.setSpacing(2)
        self.headerLayout.setObjectName(u"headerLayout")
        self.pageTitle = QLabel(CandidatesPage)
        self.pageTitle.setObjectName(u"pageTitle")

        self.headerLayout.addWidget(self.pageTitle)

        self.countLabel = QLabel(CandidatesPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"0 candidates")

        self.headerLayout.addWidget(self.countLabel)


        self.headerRow.addLayout(self.headerLayout)

        self.headerSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.searchEdit = QLineEdit(CandidatesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(340, 0))
        self.searchEdit.setMaximumSize(QSize(440, 16777215))
        self.searchEdit.setClearButtonEnabled(True)

        self.headerRow.addWidget(self.searchEdit)


        self.pageLayout.addLayout(self.headerRow)

        self.contentStack = QStackedWidget(CandidatesPage)
        self.contentStack.setObjectName(u"contentStack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.tablePage)
        self.table.setObjectName(u"table")

        self.tableLayout.addWidget(self.table)

        self.contentStack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLayout.setContentsMargins(0, 0, 0, 0)
        self.contentStack.addWidget(self.emptyPage)

        self.pageLayout.addWidget(self.contentStack)

        QWidget.setTabOrder(self.searchEdit, self.table)

        self.retranslateUi(CandidatesPage)
    # setupUi

    def retranslateUi(self, CandidatesPage):
        self.pageTitle.setText(QCoreApplication.translate("CandidatesPage", u"Candidates", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CandidatesPage", u"Search names, e-mail, company, notes\u2026", None))
        pass
    # retranslateUi

