# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pipeline_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_PipelinePage(object):
    def setupUi(self, PipelinePage):
        if not PipelinePage.objectName():
            PipelinePage.setObjectName(u"PipelinePage")
        PipelinePage.resize(1200, 800)
        self.pageLayout = QVBoxLayout(PipelinePage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(28, 22, 28, 12)
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

        self.headerSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.blindButton = QPushButton(PipelinePage)
        self.blindButton.setObjectName(u"blindButton")
        self.blindButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.headerRow.addWidget(self.blindButton)

        self.viewToggle = QFrame(PipelinePage)
        self.viewToggle.setObjectName(u"viewToggle")
        self.viewToggleLayout = QHBoxLayout(self.viewToggle)
        self.viewToggleLayout.setSpacing(0)
        self.viewToggleLayout.setObjectName(u"viewToggleLayout")
        self.viewToggleLayout.setContentsMargins(0, 0, 0, 0)
        self.boardButton = QPushButton(self.viewToggle)
        self.boardButton.setObjectName(u"boardButton")
        self.boardButton.setCheckable(True)
        self.boardButton.setChecked(True)
        self.boardButton.setAutoExclusive(True)
        self.boardButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.viewToggleLayout.addWidget(self.boardButton)

        self.tableButton = QPushButton(self.viewToggle)
        self.tableButton.setObjectName(u"tableButton")
        self.tableButton.setCheckable(True)
        self.tableButton.setAutoExclusive(True)
        self.tableButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.viewToggleLayout.addWidget(self.tableButton)


        self.headerRow.addWidget(self.viewToggle)


        self.pageLayout.addLayout(self.headerRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(8)
        self.filterRow.setObjectName(u"filterRow")
        self.roleLabel = QLabel(PipelinePage)
        self.roleLabel.setObjectName(u"roleLabel")

        self.filterRow.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(PipelinePage)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.roleCombo.setMinimumContentsLength(14)

        self.filterRow.addWidget(self.roleCombo)

        self.roleGap = QSpacerItem(8, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.roleGap)

        self.tagLabel = QLabel(PipelinePage)
        self.tagLabel.setObjectName(u"tagLabel")

        self.filterRow.addWidget(self.tagLabel)

        self.tagCombo = QComboBox(PipelinePage)
        self.tagCombo.setObjectName(u"tagCombo")
        self.tagCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tagCombo.setMinimumContentsLength(6)

        self.filterRow.addWidget(self.tagCombo)

        self.sourceLabel = QLabel(PipelinePage)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.filterRow.addWidget(self.sourceLabel)

        self.sourceCombo = QComboBox(PipelinePage)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sourceCombo.setMinimumContentsLength(6)

        self.filterRow.addWidget(self.sourceCombo)

        self.ownerLabel = QLabel(PipelinePage)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.filterRow.addWidget(self.ownerLabel)

        self.ownerCombo = QComboBox(PipelinePage)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ownerCombo.setMinimumContentsLength(6)

        self.filterRow.addWidget(self.ownerCombo)

        self.filterSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.closedCheck = QCheckBox(PipelinePage)
        self.closedCheck.setObjectName(u"closedCheck")

        self.filterRow.addWidget(self.closedCheck)


        self.pageLayout.addLayout(self.filterRow)

        self.stageStrip = QFrame(PipelinePage)
        self.stageStrip.setObjectName(u"stageStrip")
        self.stageLayout = QHBoxLayout(self.stageStrip)
        self.stageLayout.setSpacing(8)
        self.stageLayout.setObjectName(u"stageLayout")
        self.stageLayout.setContentsMargins(0, 0, 0, 0)

        self.pageLayout.addWidget(self.stageStrip)

        self.contentStack = QStackedWidget(PipelinePage)
        self.contentStack.setObjectName(u"contentStack")
        self.boardPage = QWidget()
        self.boardPage.setObjectName(u"boardPage")
        self.boardLayout = QVBoxLayout(self.boardPage)
        self.boardLayout.setObjectName(u"boardLayout")
        self.boardLayout.setContentsMargins(0, 0, 0, 0)
        self.contentStack.addWidget(self.boardPage)
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

        self.hintLabel = QLabel(PipelinePage)
        self.hintLabel.setObjectName(u"hintLabel")

        self.pageLayout.addWidget(self.hintLabel)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.tagLabel.setBuddy(self.tagCombo)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.ownerLabel.setBuddy(self.ownerCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roleCombo, self.tagCombo)
        QWidget.setTabOrder(self.tagCombo, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.closedCheck)
        QWidget.setTabOrder(self.closedCheck, self.boardButton)
        QWidget.setTabOrder(self.boardButton, self.tableButton)
        QWidget.setTabOrder(self.tableButton, self.table)

        self.retranslateUi(PipelinePage)
    # setupUi

    def retranslateUi(self, PipelinePage):
        self.pageTitle.setText(QCoreApplication.translate("PipelinePage", u"Pipeline", None))
        self.blindButton.setText(QCoreApplication.translate("PipelinePage", u"Blind Review\u2026", None))
#if QT_CONFIG(tooltip)
        self.blindButton.setToolTip(QCoreApplication.translate("PipelinePage", u"Grade the take-homes or portfolios of the selected stage with names hidden, one question across everyone at a time", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.boardButton.setToolTip(QCoreApplication.translate("PipelinePage", u"A column per stage: drag cards to move them", None))
#endif // QT_CONFIG(tooltip)
        self.boardButton.setText(QCoreApplication.translate("PipelinePage", u"Board", None))
#if QT_CONFIG(tooltip)
        self.tableButton.setToolTip(QCoreApplication.translate("PipelinePage", u"Every application in one sortable list", None))
#endif // QT_CONFIG(tooltip)
        self.tableButton.setText(QCoreApplication.translate("PipelinePage", u"Table", None))
        self.roleLabel.setText(QCoreApplication.translate("PipelinePage", u"R&ole", None))
#if QT_CONFIG(tooltip)
        self.roleCombo.setToolTip(QCoreApplication.translate("PipelinePage", u"Show one role's pipeline, or every role's with stages of the same name together", None))
#endif // QT_CONFIG(tooltip)
        self.tagLabel.setText(QCoreApplication.translate("PipelinePage", u"&Tag", None))
#if QT_CONFIG(tooltip)
        self.tagCombo.setToolTip(QCoreApplication.translate("PipelinePage", u"Only candidates with this tag", None))
#endif // QT_CONFIG(tooltip)
        self.sourceLabel.setText(QCoreApplication.translate("PipelinePage", u"&Source", None))
#if QT_CONFIG(tooltip)
        self.sourceCombo.setToolTip(QCoreApplication.translate("PipelinePage", u"Only candidates who came this way", None))
#endif // QT_CONFIG(tooltip)
        self.ownerLabel.setText(QCoreApplication.translate("PipelinePage", u"O&wner", None))
#if QT_CONFIG(tooltip)
        self.ownerCombo.setToolTip(QCoreApplication.translate("PipelinePage", u"Only applications this person owns", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.closedCheck.setToolTip(QCoreApplication.translate("PipelinePage", u"Also list people who were hired, rejected or withdrew", None))
#endif // QT_CONFIG(tooltip)
        self.closedCheck.setText(QCoreApplication.translate("PipelinePage", u"Show &closed", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PipelinePage", u"Applications", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("PipelinePage", u"Every application of the roles chosen above, one row each", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("PipelinePage", u"Drag cards between columns   \u00b7   A or Ctrl+\u2192 advance   \u00b7   R reject   \u00b7   W withdrew   \u00b7   Enter open   \u00b7   \u2190 \u2192 change column   \u00b7   Ctrl+Z undo", None))
        pass
    # retranslateUi

