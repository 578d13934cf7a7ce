# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'privacy_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_PrivacyDialog(object):
    def setupUi(self, PrivacyDialog):
        if not PrivacyDialog.objectName():
            PrivacyDialog.setObjectName(u"PrivacyDialog")
        PrivacyDialog.resize(780, 600)
        self.dialogLayout = QVBoxLayout(PrivacyDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.introLabel = QLabel(PrivacyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.ruleTitle = QLabel(PrivacyDialog)
        self.ruleTitle.setObjectName(u"ruleTitle")

        self.dialogLayout.addWidget(self.ruleTitle)

        self.ruleRow = QHBoxLayout()
        self.ruleRow.setSpacing(8)
        self.ruleRow.setObjectName(u"ruleRow")
        self.ruleCheck = QCheckBox(PrivacyDialog)
        self.ruleCheck.setObjectName(u"ruleCheck")

        self.ruleRow.addWidget(self.ruleCheck)

        self.monthsSpin = QSpinBox(PrivacyDialog)
        self.monthsSpin.setObjectName(u"monthsSpin")
        self.monthsSpin.setMinimum(1)
        self.monthsSpin.setMaximum(120)
        self.monthsSpin.setValue(6)

        self.ruleRow.addWidget(self.monthsSpin)

        self.afterLabel = QLabel(PrivacyDialog)
        self.afterLabel.setObjectName(u"afterLabel")

        self.ruleRow.addWidget(self.afterLabel)

        self.ruleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ruleRow.addItem(self.ruleSpacer)


        self.dialogLayout.addLayout(self.ruleRow)

        self.footerCheck = QCheckBox(PrivacyDialog)
        self.footerCheck.setObjectName(u"footerCheck")

        self.dialogLayout.addWidget(self.footerCheck)

        self.ruleLabel = QLabel(PrivacyDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setText(u"")
        self.ruleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ruleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.ruleLabel)

        self.dueTitle = QLabel(PrivacyDialog)
        self.dueTitle.setObjectName(u"dueTitle")

        self.dialogLayout.addWidget(self.dueTitle)

        self.dueTable = QTableView(PrivacyDialog)
        self.dueTable.setObjectName(u"dueTable")
        self.dueTable.setTabKeyNavigation(False)
        self.dueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dueTable.setAlternatingRowColors(True)
        self.dueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dueTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.dueTable.setShowGrid(False)
        self.dueTable.setSortingEnabled(False)
        self.dueTable.setWordWrap(False)

        self.dialogLayout.addWidget(self.dueTable)

        self.emptyLabel = QLabel(PrivacyDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.dialogLayout.addWidget(self.emptyLabel)

        self.resultLabel = QLabel(PrivacyDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.resultLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.openButton = QPushButton(PrivacyDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.eraseSelectedButton = QPushButton(PrivacyDialog)
        self.eraseSelectedButton.setObjectName(u"eraseSelectedButton")

        self.buttonRow.addWidget(self.eraseSelectedButton)

        self.eraseAllButton = QPushButton(PrivacyDialog)
        self.eraseAllButton.setObjectName(u"eraseAllButton")

        self.buttonRow.addWidget(self.eraseAllButton)

        self.buttonBox = QDialogButtonBox(PrivacyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.ruleCheck, self.monthsSpin)
        QWidget.setTabOrder(self.monthsSpin, self.footerCheck)
        QWidget.setTabOrder(self.footerCheck, self.dueTable)
        QWidget.setTabOrder(self.dueTable, self.openButton)
        QWidget.setTabOrder(self.openButton, self.eraseSelectedButton)
        QWidget.setTabOrder(self.eraseSelectedButton, self.eraseAllButton)

        self.retranslateUi(PrivacyDialog)
    # setupUi

    def retranslateUi(self, PrivacyDialog):
        PrivacyDialog.setWindowTitle(QCoreApplication.translate("PrivacyDialog", u"Privacy and Retention", None))
        self.introLabel.setText(QCoreApplication.translate("PrivacyDialog", u"Candidates' personal data stays in this file only as long as you need it. Export or erase one person's data from their record (More). Here you set how long people you did not hire are kept, and erase those whose time has come.", None))
        self.introLabel.setProperty(u"kind", QCoreApplication.translate("PrivacyDialog", u"hint", None))
        self.ruleTitle.setText(QCoreApplication.translate("PrivacyDialog", u"Retention rule", None))
        self.ruleTitle.setProperty(u"kind", QCoreApplication.translate("PrivacyDialog", u"sectionTitle", None))
        self.ruleCheck.setText(QCoreApplication.translate("PrivacyDialog", u"&Erase candidates who were rejected or withdrew", None))
#if QT_CONFIG(accessibility)
        self.monthsSpin.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"Months after their last activity", None))
#endif // QT_CONFIG(accessibility)
        self.monthsSpin.setSuffix(QCoreApplication.translate("PrivacyDialog", u" months", None))
        self.afterLabel.setText(QCoreApplication.translate("PrivacyDialog", u"after their last activity", None))
        self.footerCheck.setText(QCoreApplication.translate("PrivacyDialog", u"Print the rule at the end of &job descriptions", None))
        self.dueTitle.setText(QCoreApplication.translate("PrivacyDialog", u"Due for erasure", None))
        self.dueTitle.setProperty(u"kind", QCoreApplication.translate("PrivacyDialog", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.dueTable.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"Candidates due for erasure", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("PrivacyDialog", u"Nobody is due for erasure.", None))
        self.emptyLabel.setProperty(u"kind", QCoreApplication.translate("PrivacyDialog", u"hint", None))
        self.openButton.setText(QCoreApplication.translate("PrivacyDialog", u"&Open Record", None))
        self.eraseSelectedButton.setText(QCoreApplication.translate("PrivacyDialog", u"Erase &Selected\u2026", None))
        self.eraseAllButton.setText(QCoreApplication.translate("PrivacyDialog", u"Erase &All Due\u2026", None))
    # retranslateUi

