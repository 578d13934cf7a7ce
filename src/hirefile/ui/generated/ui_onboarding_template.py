# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'onboarding_template.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_OnboardingTemplateDialog(object):
    def setupUi(self, OnboardingTemplateDialog):
        if not OnboardingTemplateDialog.objectName():
            OnboardingTemplateDialog.setObjectName(u"OnboardingTemplateDialog")
        OnboardingTemplateDialog.resize(820, 540)
        self.dialogLayout = QVBoxLayout(OnboardingTemplateDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.headline = QLabel(OnboardingTemplateDialog)
        self.headline.setObjectName(u"headline")

        self.dialogLayout.addWidget(self.headline)

        self.introLabel = QLabel(OnboardingTemplateDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.tableLayout = QHBoxLayout()
        self.tableLayout.setSpacing(8)
        self.tableLayout.setObjectName(u"tableLayout")
        self.itemTable = QTableWidget(OnboardingTemplateDialog)
        self.itemTable.setObjectName(u"itemTable")
        self.itemTable.setTabKeyNavigation(False)
        self.itemTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemTable.setAlternatingRowColors(True)

        self.tableLayout.addWidget(self.itemTable)

        self.sideLayout = QVBoxLayout()
        self.sideLayout.setSpacing(6)
        self.sideLayout.setObjectName(u"sideLayout")
        self.addButton = QPushButton(OnboardingTemplateDialog)
        self.addButton.setObjectName(u"addButton")

        self.sideLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(OnboardingTemplateDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.sideLayout.addWidget(self.removeButton)

        self.upButton = QPushButton(OnboardingTemplateDialog)
        self.upButton.setObjectName(u"upButton")

        self.sideLayout.addWidget(self.upButton)

        self.downButton = QPushButton(OnboardingTemplateDialog)
        self.downButton.setObjectName(u"downButton")

        self.sideLayout.addWidget(self.downButton)

        self.sideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideSpacer)

        self.defaultButton = QPushButton(OnboardingTemplateDialog)
        self.defaultButton.setObjectName(u"defaultButton")

        self.sideLayout.addWidget(self.defaultButton)


        self.tableLayout.addLayout(self.sideLayout)


        self.dialogLayout.addLayout(self.tableLayout)

        self.problemLabel = QLabel(OnboardingTemplateDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(OnboardingTemplateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.itemTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.defaultButton)

        self.retranslateUi(OnboardingTemplateDialog)
    # setupUi

    def retranslateUi(self, OnboardingTemplateDialog):
        OnboardingTemplateDialog.setWindowTitle(QCoreApplication.translate("OnboardingTemplateDialog", u"Onboarding Template", None))
        self.headline.setText(QCoreApplication.translate("OnboardingTemplateDialog", u"What every new hire's checklist starts with", None))
        self.headline.setProperty(u"kind", QCoreApplication.translate("OnboardingTemplateDialog", u"sectionTitle", None))
        self.introLabel.setText(QCoreApplication.translate("OnboardingTemplateDialog", u"Days count from the start date: \u221210 is ten days before day one. A hire gets the checklist when their application moves to Hired; checklists already made keep their items.", None))
        self.introLabel.setProperty(u"kind", QCoreApplication.translate("OnboardingTemplateDialog", u"hint", None))
#if QT_CONFIG(accessibility)
        self.itemTable.setAccessibleName(QCoreApplication.translate("OnboardingTemplateDialog", u"Checklist items", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.itemTable.setAccessibleDescription(QCoreApplication.translate("OnboardingTemplateDialog", u"Each item with the day it is due, counted from the start date", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("OnboardingTemplateDialog", u"&Add", None))
        self.removeButton.setText(QCoreApplication.translate("OnboardingTemplateDialog", u"&Remove", None))
        self.upButton.setText(QCoreApplication.translate("OnboardingTemplateDialog", u"Move &Up", None))
        self.downButton.setText(QCoreApplication.translate("OnboardingTemplateDialog", u"Move &Down", None))
        self.defaultButton.setText(QCoreApplication.translate("OnboardingTemplateDialog", u"&Hirefile's", None))
#if QT_CONFIG(tooltip)
        self.defaultButton.setToolTip(QCoreApplication.translate("OnboardingTemplateDialog", u"Go back to Hirefile's own template", None))
#endif // QT_CONFIG(tooltip)
        self.problemLabel.setProperty(u"kind", QCoreApplication.translate("OnboardingTemplateDialog", u"fieldError", None))
    # retranslateUi

