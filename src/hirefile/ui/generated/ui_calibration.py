# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calibration.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CalibrationDialog(object):
    def setupUi(self, CalibrationDialog):
        if not CalibrationDialog.objectName():
            CalibrationDialog.setObjectName(u"CalibrationDialog")
        CalibrationDialog.resize(900, 660)
        CalibrationDialog.setMinimumSize(QSize(640, 420))
        self.dialogLayout = QVBoxLayout(CalibrationDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 20, 24, 16)
        self.headline = QLabel(CalibrationDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setProperty(u"kind", u"headline")

        self.dialogLayout.addWidget(self.headline)

        self.intro = QLabel(CalibrationDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"kind", u"hint")

        self.dialogLayout.addWidget(self.intro)

        self.personRow = QHBoxLayout()
        self.personRow.setSpacing(10)
        self.personRow.setObjectName(u"personRow")
        self.personRow.setContentsMargins(0, 0, 0, 0)
        self.personLabel = QLabel(CalibrationDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.personRow.addWidget(self.personLabel)

        self.personCombo = QComboBox(CalibrationDialog)
        self.personCombo.setObjectName(u"personCombo")

        self.personRow.addWidget(self.personCombo)

        self.sharedLabel = QLabel(CalibrationDialog)
        self.sharedLabel.setObjectName(u"sharedLabel")
        self.sharedLabel.setText(u"")
        self.sharedLabel.setWordWrap(True)
        self.sharedLabel.setProperty(u"kind", u"subtitle")

        self.personRow.addWidget(self.sharedLabel)

        self.personRow.setStretch(2, 1)

        self.dialogLayout.addLayout(self.personRow)

        self.leniencyLabel = QLabel(CalibrationDialog)
        self.leniencyLabel.setObjectName(u"leniencyLabel")
        self.leniencyLabel.setText(u"")
        self.leniencyLabel.setWordWrap(True)
        self.leniencyLabel.setProperty(u"kind", u"sectionTitle")

        self.dialogLayout.addWidget(self.leniencyLabel)

        self.chartHost = QWidget(CalibrationDialog)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHostLayout = QVBoxLayout(self.chartHost)
        self.chartHostLayout.setSpacing(0)
        self.chartHostLayout.setObjectName(u"chartHostLayout")
        self.chartHostLayout.setContentsMargins(0, 0, 0, 0)

        self.dialogLayout.addWidget(self.chartHost)

        self.differencesTitle = QLabel(CalibrationDialog)
        self.differencesTitle.setObjectName(u"differencesTitle")
        self.differencesTitle.setProperty(u"kind", u"sectionTitle")

        self.dialogLayout.addWidget(self.differencesTitle)

        self.differencesTable = QTableWidget(CalibrationDialog)
        self.differencesTable.setObjectName(u"differencesTable")
        self.differencesTable.setTabKeyNavigation(False)
        self.differencesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differencesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.differencesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.differencesTable.setAlternatingRowColors(True)
        self.differencesTable.setShowGrid(False)
        self.differencesTable.setWordWrap(False)

        self.dialogLayout.addWidget(self.differencesTable)

        self.emptyLabel = QLabel(CalibrationDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setText(u"")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"kind", u"hint")
        self.emptyLabel.setVisible(False)

        self.dialogLayout.addWidget(self.emptyLabel)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setSpacing(8)
        self.footerLayout.setObjectName(u"footerLayout")
        self.footerLayout.setContentsMargins(0, 4, 0, 0)
        self.hintLabel = QLabel(CalibrationDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"kind", u"hint")

        self.footerLayout.addWidget(self.hintLabel)

        self.openCandidateButton = QPushButton(CalibrationDialog)
        self.openCandidateButton.setObjectName(u"openCandidateButton")

        self.footerLayout.addWidget(self.openCandidateButton)

        self.openDebriefButton = QPushButton(CalibrationDialog)
        self.openDebriefButton.setObjectName(u"openDebriefButton")

        self.footerLayout.addWidget(self.openDebriefButton)

        self.closeButton = QPushButton(CalibrationDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.footerLayout.addWidget(self.closeButton)

        self.footerLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.footerLayout)

        self.dialogLayout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalibrationDialog)
    # setupUi

    def retranslateUi(self, CalibrationDialog):
        CalibrationDialog.setWindowTitle(QCoreApplication.translate("CalibrationDialog", u"Your Calibration \u2014 Hirefile", None))
        self.headline.setText(QCoreApplication.translate("CalibrationDialog", u"Your calibration", None))
        self.intro.setText(QCoreApplication.translate("CalibrationDialog", u"How your ratings compare with each person who assessed the same candidates. Only candidates you both submitted a scorecard on count (not drafts, not feedback you revealed without writing yours). These figures are yours alone.", None))
        self.personLabel.setText(QCoreApplication.translate("CalibrationDialog", u"Compared &with", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("CalibrationDialog", u"Compared with", None))
#endif // QT_CONFIG(accessibility)
        self.differencesTitle.setText(QCoreApplication.translate("CalibrationDialog", u"Where you differ most", None))
#if QT_CONFIG(accessibility)
        self.differencesTable.setAccessibleName(QCoreApplication.translate("CalibrationDialog", u"Where you differ most", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("CalibrationDialog", u"Double-click a row to open its debrief.", None))
        self.openCandidateButton.setText(QCoreApplication.translate("CalibrationDialog", u"Open &candidate", None))
#if QT_CONFIG(tooltip)
        self.openCandidateButton.setToolTip(QCoreApplication.translate("CalibrationDialog", u"Open the candidate's record in the main window", None))
#endif // QT_CONFIG(tooltip)
        self.openDebriefButton.setText(QCoreApplication.translate("CalibrationDialog", u"Open &debrief", None))
#if QT_CONFIG(tooltip)
        self.openDebriefButton.setToolTip(QCoreApplication.translate("CalibrationDialog", u"All feedback on this application side by side", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("CalibrationDialog", u"Close", None))
    # retranslateUi

