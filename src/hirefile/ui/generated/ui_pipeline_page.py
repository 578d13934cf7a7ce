# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pipeline_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_PipelinePage(object):
    def setupUi(self, PipelinePage):
        if not PipelinePage.objectName():
            PipelinePage.setObjectName(u"PipelinePage")
        PipelinePage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(PipelinePage)
        self.pageLayout.setSpacing(16)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(28, 22, 28, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.headerLayout = QVBoxLayout()
        self.headerLayout.setSpacing(2)
        self.headerLayout.setObjectName(u"headerLayout")
        self.pageTitle = QLabel(PipelinePage)
        self.pageTitle.setObjectName(u"pageTitle")

        self.headerLayout.addWidget(self.pageTitle)

        self.pageSubtitle = QLabel(PipelinePage)
        self.pageSubtitle.setObjectName(u"pageSubtitle")
        self.pageSubtitle.setText(u"0 in process")

        self.headerLayout.addWidget(self.pageSubtitle)


        self.headerRow.addLayout(self.headerLayout)

        self.headerSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.roleLabel = QLabel(PipelinePage)
        self.roleLabel.setObjectName(u"roleLabel")

        self.headerRow.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(PipelinePage)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setMinimumSize(QSize(280, 0))
        self.roleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.roleCombo.setMinimumContentsLength(24)

        self.headerRow.addWidget(self.roleCombo)

        self.closedCheck = QCheckBox(PipelinePage)
        self.closedCheck.setObjectName(u"closedCheck")

        self.headerRow.addWidget(self.closedCheck)


        self.pageLayout.addLayout(self.headerRow)

        self.stageStrip = QFrame(PipelinePage)
        self.stageStrip.setObjectName(u"stageStrip")
        self.stageLayout = QHBoxLayout(self.stageStrip)
        self.stageLayout.setSpacing(8)
        self.stageLayout.setObjectName(u"stageLayout")
        self.stageLayout.setContentsMargins(0, 0, 0, 0)

        self.pageLayout.addWidget(self.stageStrip)

        self.contentStack = QStackedWidget(PipelinePage)
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

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roleCombo, self.closedCheck)
        QWidget.setTabOrder(self.closedCheck, self.table)

        self.retranslateUi(PipelinePage)
    # setupUi

    def retranslateUi(self, PipelinePage):
        self.pageTitle.setText(QCoreApplication.translate("PipelinePage", u"Pipeline", None))
        self.roleLabel.setText(QCoreApplication.translate("PipelinePage", u"&Role", None))
#if QT_CONFIG(tooltip)
        self.closedCheck.setToolTip(QCoreApplication.translate("PipelinePage", u"Also list people who were hired, rejected or withdrew", None))
#endif // QT_CONFIG(tooltip)
        self.closedCheck.setText(QCoreApplication.translate("PipelinePage", u"Show &closed", None))
        pass
    # retranslateUi

