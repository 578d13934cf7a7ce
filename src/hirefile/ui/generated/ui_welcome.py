# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_WelcomePanel(object):
    def setupUi(self, WelcomePanel):
        if not WelcomePanel.objectName():
            WelcomePanel.setObjectName(u"WelcomePanel")
        WelcomePanel.resize(760, 440)
        self.panelLayout = QVBoxLayout(WelcomePanel)
        self.panelLayout.setSpacing(18)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(28, 24, 28, 24)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(16)
        self.headerRow.setObjectName(u"headerRow")
        self.iconLabel = QLabel(WelcomePanel)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(56, 56))
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.headerRow.addWidget(self.iconLabel)

        self.headerWords = QVBoxLayout()
        self.headerWords.setSpacing(2)
        self.headerWords.setObjectName(u"headerWords")
        self.titleLabel = QLabel(WelcomePanel)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerWords.addWidget(self.titleLabel)

        self.taglineLabel = QLabel(WelcomePanel)
        self.taglineLabel.setObjectName(u"taglineLabel")
        self.taglineLabel.setWordWrap(True)

        self.headerWords.addWidget(self.taglineLabel)


        self.headerRow.addLayout(self.headerWords)

        self.headerRow.setStretch(1, 1)

        self.panelLayout.addLayout(self.headerRow)

        self.columnsRow = QHBoxLayout()
        self.columnsRow.setSpacing(28)
        self.columnsRow.setObjectName(u"columnsRow")
        self.startColumn = QVBoxLayout()
        self.startColumn.setSpacing(6)
        self.startColumn.setObjectName(u"startColumn")
        self.startLabel = QLabel(WelcomePanel)
        self.startLabel.setObjectName(u"startLabel")

        self.startColumn.addWidget(self.startLabel)

        self.roleButton = QPushButton(WelcomePanel)
        self.roleButton.setObjectName(u"roleButton")

        self.startColumn.addWidget(self.roleButton)

        self.roleHint = QLabel(WelcomePanel)
        self.roleHint.setObjectName(u"roleHint")
        self.roleHint.setWordWrap(True)

        self.startColumn.addWidget(self.roleHint)

        self.candidateButton = QPushButton(WelcomePanel)
        self.candidateButton.setObjectName(u"candidateButton")

        self.startColumn.addWidget(self.candidateButton)

        self.demoGap = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.startColumn.addItem(self.demoGap)

        self.demoButton = QPushButton(WelcomePanel)
        self.demoButton.setObjectName(u"demoButton")

        self.startColumn.addWidget(self.demoButton)

        self.demoHint = QLabel(WelcomePanel)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)

        self.startColumn.addWidget(self.demoHint)

        self.fileGap = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.startColumn.addItem(self.fileGap)

        self.fileRow = QHBoxLayout()
        self.fileRow.setSpacing(8)
        self.fileRow.setObjectName(u"fileRow")
        self.newButton = QPushButton(WelcomePanel)
        self.newButton.setObjectName(u"newButton")

        self.fileRow.addWidget(self.newButton)

        self.openButton = QPushButton(WelcomePanel)
        self.openButton.setObjectName(u"openButton")

        self.fileRow.addWidget(self.openButton)

        self.fileRowEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileRow.addItem(self.fileRowEnd)


        self.startColumn.addLayout(self.fileRow)

        self.startEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.startColumn.addItem(self.startEnd)


        self.columnsRow.addLayout(self.startColumn)

        self.recentColumn = QVBoxLayout()
        self.recentColumn.setSpacing(6)
        self.recentColumn.setObjectName(u"recentColumn")
        self.recentLabel = QLabel(WelcomePanel)
        self.recentLabel.setObjectName(u"recentLabel")

        self.recentColumn.addWidget(self.recentLabel)

        self.recentList = QTreeWidget(WelcomePanel)
        self.recentList.setObjectName(u"recentList")
        self.recentList.setMinimumSize(QSize(0, 150))
        self.recentList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recentList.setRootIsDecorated(False)
        self.recentList.setUniformRowHeights(True)
        self.recentList.setItemsExpandable(False)
        self.recentList.setAllColumnsShowFocus(True)

        self.recentColumn.addWidget(self.recentList)

        self.recentEmpty = QLabel(WelcomePanel)
        self.recentEmpty.setObjectName(u"recentEmpty")
        self.recentEmpty.setWordWrap(True)

        self.recentColumn.addWidget(self.recentEmpty)

        self.recentButtons = QHBoxLayout()
        self.recentButtons.setSpacing(8)
        self.recentButtons.setObjectName(u"recentButtons")
        self.openRecentButton = QPushButton(WelcomePanel)
        self.openRecentButton.setObjectName(u"openRecentButton")

        self.recentButtons.addWidget(self.openRecentButton)

        self.removeButton = QPushButton(WelcomePanel)
        self.removeButton.setObjectName(u"removeButton")

        self.recentButtons.addWidget(self.removeButton)

        self.recentButtonsEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recentButtons.addItem(self.recentButtonsEnd)


        self.recentColumn.addLayout(self.recentButtons)


        self.columnsRow.addLayout(self.recentColumn)

        self.columnsRow.setStretch(0, 1)
        self.columnsRow.setStretch(1, 2)

        self.panelLayout.addLayout(self.columnsRow)

        self.busyRow = QHBoxLayout()
        self.busyRow.setSpacing(10)
        self.busyRow.setObjectName(u"busyRow")
        self.busyBar = QProgressBar(WelcomePanel)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(120, 16777215))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.busyRow.addWidget(self.busyBar)

        self.statusLabel = QLabel(WelcomePanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.busyRow.addWidget(self.statusLabel)

        self.busyRow.setStretch(1, 1)

        self.panelLayout.addLayout(self.busyRow)


        self.retranslateUi(WelcomePanel)
    # setupUi

    def retranslateUi(self, WelcomePanel):
        self.iconLabel.setText("")
        self.titleLabel.setText(QCoreApplication.translate("WelcomePanel", u"Hirefile", None))
        self.taglineLabel.setText(QCoreApplication.translate("WelcomePanel", u"Your hiring desk: roles, interview loops, candidates, scorecards and offers in one file on this computer, shared with your cofounder.", None))
        self.startLabel.setText(QCoreApplication.translate("WelcomePanel", u"Start here", None))
        self.roleButton.setText(QCoreApplication.translate("WelcomePanel", u"Start with a role\u2026", None))
#if QT_CONFIG(tooltip)
        self.roleButton.setToolTip(QCoreApplication.translate("WelcomePanel", u"Create a role from a template, with its interview loop, in this file", None))
#endif // QT_CONFIG(tooltip)
        self.roleHint.setText(QCoreApplication.translate("WelcomePanel", u"From a template (ML engineer, data scientist, MLOps and more), its interview loop ready to edit.", None))
        self.candidateButton.setText(QCoreApplication.translate("WelcomePanel", u"Add candidates\u2026", None))
#if QT_CONFIG(tooltip)
        self.candidateButton.setToolTip(QCoreApplication.translate("WelcomePanel", u"Type a candidate in, or drop CVs on the window", None))
#endif // QT_CONFIG(tooltip)
        self.demoButton.setText(QCoreApplication.translate("WelcomePanel", u"Try the demo", None))
#if QT_CONFIG(tooltip)
        self.demoButton.setToolTip(QCoreApplication.translate("WelcomePanel", u"Open a new demo file from your data folder; this file is not changed", None))
#endif // QT_CONFIG(tooltip)
        self.demoHint.setText(QCoreApplication.translate("WelcomePanel", u"A new file in your data folder with realistic roles, candidates, interviews and offers.", u"Set by ui/welcome.py in the words of domain/demo_desk.py"))
        self.newButton.setText(QCoreApplication.translate("WelcomePanel", u"New file\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("WelcomePanel", u"Create an empty hiring file", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("WelcomePanel", u"Open file\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("WelcomePanel", u"Open a hiring file on this computer", None))
#endif // QT_CONFIG(tooltip)
        self.recentLabel.setText(QCoreApplication.translate("WelcomePanel", u"Recent files", None))
        ___qtreewidgetitem = self.recentList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("WelcomePanel", u"Last opened", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("WelcomePanel", u"Folder", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("WelcomePanel", u"File", None))
        self.recentEmpty.setText(QCoreApplication.translate("WelcomePanel", u"The files you open are listed here.", None))
        self.openRecentButton.setText(QCoreApplication.translate("WelcomePanel", u"Open", None))
#if QT_CONFIG(tooltip)
        self.openRecentButton.setToolTip(QCoreApplication.translate("WelcomePanel", u"Open the chosen recent file (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("WelcomePanel", u"Remove from list", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("WelcomePanel", u"Take the chosen file off this list (Delete); the file itself stays", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText("")
        pass
    # retranslateUi

