# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'onboarding_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_OnboardingPanel(object):
    def setupUi(self, OnboardingPanel):
        if not OnboardingPanel.objectName():
            OnboardingPanel.setObjectName(u"OnboardingPanel")
        OnboardingPanel.resize(420, 520)
        self.panelLayout = QVBoxLayout(OnboardingPanel)
        self.panelLayout.setSpacing(6)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(4, 6, 4, 4)
        self.hireLayout = QHBoxLayout()
        self.hireLayout.setSpacing(6)
        self.hireLayout.setObjectName(u"hireLayout")
        self.startLabel = QLabel(OnboardingPanel)
        self.startLabel.setObjectName(u"startLabel")
        self.startLabel.setText(u"")
        self.startLabel.setWordWrap(True)

        self.hireLayout.addWidget(self.startLabel)

        self.hireLabel = QLabel(OnboardingPanel)
        self.hireLabel.setObjectName(u"hireLabel")

        self.hireLayout.addWidget(self.hireLabel)

        self.hireCombo = QComboBox(OnboardingPanel)
        self.hireCombo.setObjectName(u"hireCombo")
        self.hireCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.hireLayout.addWidget(self.hireCombo)

        self.icsButton = QPushButton(OnboardingPanel)
        self.icsButton.setObjectName(u"icsButton")

        self.hireLayout.addWidget(self.icsButton)


        self.panelLayout.addLayout(self.hireLayout)

        self.itemList = QListWidget(OnboardingPanel)
        self.itemList.setObjectName(u"itemList")
        self.itemList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.panelLayout.addWidget(self.itemList)

        self.itemButtonsLayout = QHBoxLayout()
        self.itemButtonsLayout.setSpacing(6)
        self.itemButtonsLayout.setObjectName(u"itemButtonsLayout")
        self.addItemButton = QPushButton(OnboardingPanel)
        self.addItemButton.setObjectName(u"addItemButton")

        self.itemButtonsLayout.addWidget(self.addItemButton)

        self.editItemButton = QPushButton(OnboardingPanel)
        self.editItemButton.setObjectName(u"editItemButton")

        self.itemButtonsLayout.addWidget(self.editItemButton)

        self.removeItemButton = QPushButton(OnboardingPanel)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.itemButtonsLayout.addWidget(self.removeItemButton)

        self.itemUpButton = QPushButton(OnboardingPanel)
        self.itemUpButton.setObjectName(u"itemUpButton")

        self.itemButtonsLayout.addWidget(self.itemUpButton)

        self.itemDownButton = QPushButton(OnboardingPanel)
        self.itemDownButton.setObjectName(u"itemDownButton")

        self.itemButtonsLayout.addWidget(self.itemDownButton)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtonsLayout.addItem(self.itemSpacer)


        self.panelLayout.addLayout(self.itemButtonsLayout)

        self.checkInsLayout = QHBoxLayout()
        self.checkInsLayout.setSpacing(6)
        self.checkInsLayout.setObjectName(u"checkInsLayout")
        self.checkInList = QListWidget(OnboardingPanel)
        self.checkInList.setObjectName(u"checkInList")
        self.checkInList.setMaximumSize(QSize(16777215, 64))

        self.checkInsLayout.addWidget(self.checkInList)

        self.checkInButton = QPushButton(OnboardingPanel)
        self.checkInButton.setObjectName(u"checkInButton")

        self.checkInsLayout.addWidget(self.checkInButton)


        self.panelLayout.addLayout(self.checkInsLayout)

#if QT_CONFIG(shortcut)
        self.hireLabel.setBuddy(self.hireCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hireCombo, self.icsButton)
        QWidget.setTabOrder(self.icsButton, self.itemList)
        QWidget.setTabOrder(self.itemList, self.addItemButton)
        QWidget.setTabOrder(self.addItemButton, self.editItemButton)
        QWidget.setTabOrder(self.editItemButton, self.removeItemButton)
        QWidget.setTabOrder(self.removeItemButton, self.itemUpButton)
        QWidget.setTabOrder(self.itemUpButton, self.itemDownButton)
        QWidget.setTabOrder(self.itemDownButton, self.checkInList)
        QWidget.setTabOrder(self.checkInList, self.checkInButton)

        self.retranslateUi(OnboardingPanel)
    # setupUi

    def retranslateUi(self, OnboardingPanel):
        OnboardingPanel.setWindowTitle(QCoreApplication.translate("OnboardingPanel", u"Onboarding", None))
        self.startLabel.setProperty(u"kind", QCoreApplication.translate("OnboardingPanel", u"hint", None))
        self.hireLabel.setText(QCoreApplication.translate("OnboardingPanel", u"Hire", None))
        self.icsButton.setText(QCoreApplication.translate("OnboardingPanel", u"Calendar\u2026", None))
#if QT_CONFIG(tooltip)
        self.icsButton.setToolTip(QCoreApplication.translate("OnboardingPanel", u"Save the due items and check-ins as an .ics file (export again to update the same events)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.itemList.setToolTip(QCoreApplication.translate("OnboardingPanel", u"Tick what is done; double-click to edit", None))
#endif // QT_CONFIG(tooltip)
        self.addItemButton.setText(QCoreApplication.translate("OnboardingPanel", u"Add\u2026", None))
        self.editItemButton.setText(QCoreApplication.translate("OnboardingPanel", u"Edit\u2026", None))
        self.removeItemButton.setText(QCoreApplication.translate("OnboardingPanel", u"Remove", None))
        self.itemUpButton.setText(QCoreApplication.translate("OnboardingPanel", u"Up", None))
#if QT_CONFIG(tooltip)
        self.itemUpButton.setToolTip(QCoreApplication.translate("OnboardingPanel", u"Earlier in the checklist (Alt+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.itemDownButton.setText(QCoreApplication.translate("OnboardingPanel", u"Down", None))
#if QT_CONFIG(tooltip)
        self.itemDownButton.setToolTip(QCoreApplication.translate("OnboardingPanel", u"Later in the checklist (Alt+Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.checkInList.setToolTip(QCoreApplication.translate("OnboardingPanel", u"Double-click to record a check-in", None))
#endif // QT_CONFIG(tooltip)
        self.checkInButton.setText(QCoreApplication.translate("OnboardingPanel", u"Record\u2026", None))
#if QT_CONFIG(tooltip)
        self.checkInButton.setToolTip(QCoreApplication.translate("OnboardingPanel", u"Record this check-in: the day you met and notes", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

