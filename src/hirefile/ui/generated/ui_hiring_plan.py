# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hiring_plan.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidgetItem, QVBoxLayout,
    QWidget)

from hirefile.ui.plan.table import PlanTable

class Ui_HiringPlanDialog(object):
    def setupUi(self, HiringPlanDialog):
        if not HiringPlanDialog.objectName():
            HiringPlanDialog.setObjectName(u"HiringPlanDialog")
        HiringPlanDialog.resize(900, 600)
        self.dialogLayout = QVBoxLayout(HiringPlanDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.headline = QLabel(HiringPlanDialog)
        self.headline.setObjectName(u"headline")

        self.dialogLayout.addWidget(self.headline)

        self.introLabel = QLabel(HiringPlanDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.stageLayout = QHBoxLayout()
        self.stageLayout.setSpacing(8)
        self.stageLayout.setObjectName(u"stageLayout")
        self.stageLabel = QLabel(HiringPlanDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.stageLayout.addWidget(self.stageLabel)

        self.stageCombo = QComboBox(HiringPlanDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.stageLayout.addWidget(self.stageCombo)

        self.stageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stageLayout.addItem(self.stageSpacer)

        self.showDismissedButton = QPushButton(HiringPlanDialog)
        self.showDismissedButton.setObjectName(u"showDismissedButton")

        self.stageLayout.addWidget(self.showDismissedButton)


        self.dialogLayout.addLayout(self.stageLayout)

        self.tableLayout = QHBoxLayout()
        self.tableLayout.setSpacing(8)
        self.tableLayout.setObjectName(u"tableLayout")
        self.planTable = PlanTable(HiringPlanDialog)
        self.planTable.setObjectName(u"planTable")
        self.planTable.setTabKeyNavigation(False)
        self.planTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.planTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.planTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.planTable.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.planTable.setAlternatingRowColors(True)
        self.planTable.setWordWrap(False)

        self.tableLayout.addWidget(self.planTable)

        self.moveLayout = QVBoxLayout()
        self.moveLayout.setSpacing(6)
        self.moveLayout.setObjectName(u"moveLayout")
        self.moveUpButton = QPushButton(HiringPlanDialog)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.moveLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(HiringPlanDialog)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.moveLayout.addWidget(self.moveDownButton)

        self.moveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveLayout.addItem(self.moveSpacer)


        self.tableLayout.addLayout(self.moveLayout)


        self.dialogLayout.addLayout(self.tableLayout)

        self.hintsLabel = QLabel(HiringPlanDialog)
        self.hintsLabel.setObjectName(u"hintsLabel")

        self.dialogLayout.addWidget(self.hintsLabel)

        self.hintList = QListWidget(HiringPlanDialog)
        self.hintList.setObjectName(u"hintList")
        self.hintList.setMaximumSize(QSize(16777215, 150))
        self.hintList.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintList)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setSpacing(8)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.dismissButton = QPushButton(HiringPlanDialog)
        self.dismissButton.setObjectName(u"dismissButton")

        self.bottomLayout.addWidget(self.dismissButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(HiringPlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.stageLabel.setBuddy(self.stageCombo)
        self.hintsLabel.setBuddy(self.hintList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stageCombo, self.planTable)
        QWidget.setTabOrder(self.planTable, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.hintList)
        QWidget.setTabOrder(self.hintList, self.dismissButton)
        QWidget.setTabOrder(self.dismissButton, self.showDismissedButton)

        self.retranslateUi(HiringPlanDialog)
    # setupUi

    def retranslateUi(self, HiringPlanDialog):
        HiringPlanDialog.setWindowTitle(QCoreApplication.translate("HiringPlanDialog", u"Hiring Plan", None))
        self.headline.setText(QCoreApplication.translate("HiringPlanDialog", u"The roles in the order you mean to hire them", None))
        self.headline.setProperty(u"kind", QCoreApplication.translate("HiringPlanDialog", u"sectionTitle", None))
        self.introLabel.setText(QCoreApplication.translate("HiringPlanDialog", u"Drag a role, or press Alt+Up and Alt+Down, to change the order. Double-click a target start to change it. Hints come from what Hirefile's role templates know; dismiss one you have thought about.", None))
        self.introLabel.setProperty(u"kind", QCoreApplication.translate("HiringPlanDialog", u"hint", None))
        self.stageLabel.setText(QCoreApplication.translate("HiringPlanDialog", u"Company &stage", None))
#if QT_CONFIG(tooltip)
        self.stageCombo.setToolTip(QCoreApplication.translate("HiringPlanDialog", u"Seed: generalists and contractors; product-market fit: specialists; growth: seniors who lead and mentor", None))
#endif // QT_CONFIG(tooltip)
        self.showDismissedButton.setText(QCoreApplication.translate("HiringPlanDialog", u"Show Dismissed Hints", None))
#if QT_CONFIG(accessibility)
        self.planTable.setAccessibleName(QCoreApplication.translate("HiringPlanDialog", u"Roles in hiring order", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.planTable.setAccessibleDescription(QCoreApplication.translate("HiringPlanDialog", u"Alt+Up and Alt+Down move the selected role", None))
#endif // QT_CONFIG(accessibility)
        self.moveUpButton.setText(QCoreApplication.translate("HiringPlanDialog", u"Move &Up", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("HiringPlanDialog", u"Earlier in the plan (Alt+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("HiringPlanDialog", u"Move &Down", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("HiringPlanDialog", u"Later in the plan (Alt+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.hintsLabel.setText(QCoreApplication.translate("HiringPlanDialog", u"&Hints for this role", None))
        self.hintsLabel.setProperty(u"kind", QCoreApplication.translate("HiringPlanDialog", u"fieldLabel", None))
        self.dismissButton.setText(QCoreApplication.translate("HiringPlanDialog", u"D&ismiss Hint", None))
#if QT_CONFIG(tooltip)
        self.dismissButton.setToolTip(QCoreApplication.translate("HiringPlanDialog", u"Stop showing this hint (for both founders, once your copies are merged)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

