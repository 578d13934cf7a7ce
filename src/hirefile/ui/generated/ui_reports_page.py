# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from hirefile.ui.common import DateEdit

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(28, 22, 28, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(8)
        self.headerRow.setObjectName(u"headerRow")
        self.headerLayout = QVBoxLayout()
        self.headerLayout.setSpacing(2)
        self.headerLayout.setObjectName(u"headerLayout")
        self.pageTitle = QLabel(ReportsPage)
        self.pageTitle.setObjectName(u"pageTitle")
        self.pageTitle.setProperty(u"kind", u"pageTitle")

        self.headerLayout.addWidget(self.pageTitle)

        self.pageSubtitle = QLabel(ReportsPage)
        self.pageSubtitle.setObjectName(u"pageSubtitle")
        self.pageSubtitle.setText(u"")
        self.pageSubtitle.setWordWrap(True)
        self.pageSubtitle.setProperty(u"kind", u"subtitle")

        self.headerLayout.addWidget(self.pageSubtitle)


        self.headerRow.addLayout(self.headerLayout)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.calibrationButton = QPushButton(ReportsPage)
        self.calibrationButton.setObjectName(u"calibrationButton")
        self.calibrationButton.setProperty(u"kind", u"tool")

        self.headerRow.addWidget(self.calibrationButton)

        self.pdfButton = QPushButton(ReportsPage)
        self.pdfButton.setObjectName(u"pdfButton")
        self.pdfButton.setProperty(u"kind", u"tool")

        self.headerRow.addWidget(self.pdfButton)

        self.csvButton = QPushButton(ReportsPage)
        self.csvButton.setObjectName(u"csvButton")
        self.csvButton.setProperty(u"kind", u"tool")

        self.headerRow.addWidget(self.csvButton)


        self.pageLayout.addLayout(self.headerRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(8)
        self.filterRow.setObjectName(u"filterRow")
        self.roleLabel = QLabel(ReportsPage)
        self.roleLabel.setObjectName(u"roleLabel")

        self.filterRow.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(ReportsPage)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setMinimumSize(QSize(220, 0))

        self.filterRow.addWidget(self.roleCombo)

        self.filterGap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterGap)

        self.periodLabel = QLabel(ReportsPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterRow.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(ReportsPage)
        self.periodCombo.setObjectName(u"periodCombo")

        self.filterRow.addWidget(self.periodCombo)

        self.fromLabel = QLabel(ReportsPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterRow.addWidget(self.fromLabel)

        self.fromEdit = DateEdit(ReportsPage)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"d MMM yyyy")

        self.filterRow.addWidget(self.fromEdit)

        self.toLabel = QLabel(ReportsPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterRow.addWidget(self.toLabel)

        self.toEdit = DateEdit(ReportsPage)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"d MMM yyyy")

        self.filterRow.addWidget(self.toEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterRow)

        self.noteLabel = QLabel(ReportsPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"kind", u"note")

        self.pageLayout.addWidget(self.noteLabel)

        self.scroll = QScrollArea(ReportsPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.sectionsLayout = QVBoxLayout(self.content)
        self.sectionsLayout.setSpacing(14)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsLayout.setContentsMargins(0, 0, 8, 8)
        self.scroll.setWidget(self.content)

        self.pageLayout.addWidget(self.scroll)

        self.pageLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.pageTitle.setText(QCoreApplication.translate("ReportsPage", u"Reports", None))
        self.calibrationButton.setText(QCoreApplication.translate("ReportsPage", u"Your C&alibration\u2026", None))
#if QT_CONFIG(tooltip)
        self.calibrationButton.setToolTip(QCoreApplication.translate("ReportsPage", u"How often you and each other interviewer agree on the candidates you both assessed (shown to you only)", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("ReportsPage", u"Export P&DF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Save these reports as a PDF, for a cofounder or an investor update", None))
#endif // QT_CONFIG(tooltip)
        self.csvButton.setText(QCoreApplication.translate("ReportsPage", u"Export C&SV\u2026", None))
#if QT_CONFIG(tooltip)
        self.csvButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Save these figures as a CSV file, for a spreadsheet", None))
#endif // QT_CONFIG(tooltip)
        self.roleLabel.setText(QCoreApplication.translate("ReportsPage", u"Ro&le", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Report on role", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("ReportsPage", u"&Period", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Report on the period", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("ReportsPage", u"Fro&m", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("ReportsPage", u"From this day", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("ReportsPage", u"T&o", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("ReportsPage", u"To this day, included", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

