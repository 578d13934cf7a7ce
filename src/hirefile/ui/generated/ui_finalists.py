# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'finalists.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_FinalistsDialog(object):
    def setupUi(self, FinalistsDialog):
        if not FinalistsDialog.objectName():
            FinalistsDialog.setObjectName(u"FinalistsDialog")
        FinalistsDialog.resize(1080, 640)
        FinalistsDialog.setMinimumSize(QSize(720, 420))
        self.dialogLayout = QVBoxLayout(FinalistsDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 20, 24, 16)
        self.headline = QLabel(FinalistsDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"")
        self.headline.setProperty(u"kind", u"headline")

        self.dialogLayout.addWidget(self.headline)

        self.subtitle = QLabel(FinalistsDialog)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setText(u"")
        self.subtitle.setWordWrap(True)
        self.subtitle.setProperty(u"kind", u"subtitle")

        self.dialogLayout.addWidget(self.subtitle)

        self.table = QTableView(FinalistsDialog)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.table)

        self.hintLabel = QLabel(FinalistsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"kind", u"faint")

        self.dialogLayout.addWidget(self.hintLabel)

        self.footerRow = QHBoxLayout()
        self.footerRow.setSpacing(8)
        self.footerRow.setObjectName(u"footerRow")
        self.footerRow.setContentsMargins(0, 0, 0, 0)
        self.debriefButton = QPushButton(FinalistsDialog)
        self.debriefButton.setObjectName(u"debriefButton")
        self.debriefButton.setProperty(u"kind", u"tool")

        self.footerRow.addWidget(self.debriefButton)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerRow.addItem(self.footerSpacer)

        self.closeButton = QPushButton(FinalistsDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setProperty(u"kind", u"primary")

        self.footerRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.footerRow)

        QWidget.setTabOrder(self.table, self.debriefButton)
        QWidget.setTabOrder(self.debriefButton, self.closeButton)

        self.retranslateUi(FinalistsDialog)
    # setupUi

    def retranslateUi(self, FinalistsDialog):
        FinalistsDialog.setWindowTitle(QCoreApplication.translate("FinalistsDialog", u"Finalists", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("FinalistsDialog", u"Finalists side by side", None))
#endif // QT_CONFIG(accessibility)
        self.debriefButton.setText(QCoreApplication.translate("FinalistsDialog", u"Open &debrief\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("FinalistsDialog", u"Close", None))
    # retranslateUi

