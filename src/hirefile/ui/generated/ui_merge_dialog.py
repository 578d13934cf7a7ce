# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QRadioButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(820, 620)
        self.dialogLayout = QVBoxLayout(MergeDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.headline = QLabel(MergeDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)

        self.dialogLayout.addWidget(self.headline)

        self.introLabel = QLabel(MergeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.compareTable = QTableView(MergeDialog)
        self.compareTable.setObjectName(u"compareTable")
        self.compareTable.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.compareTable)

        self.keepRow = QHBoxLayout()
        self.keepRow.setSpacing(14)
        self.keepRow.setObjectName(u"keepRow")
        self.keepRow.setContentsMargins(0, 0, 0, 0)
        self.keepLabel = QLabel(MergeDialog)
        self.keepLabel.setObjectName(u"keepLabel")

        self.keepRow.addWidget(self.keepLabel)

        self.keepLeftRadio = QRadioButton(MergeDialog)
        self.keepLeftRadio.setObjectName(u"keepLeftRadio")
        self.keepLeftRadio.setText(u"")
        self.keepLeftRadio.setChecked(True)

        self.keepRow.addWidget(self.keepLeftRadio)

        self.keepRightRadio = QRadioButton(MergeDialog)
        self.keepRightRadio.setObjectName(u"keepRightRadio")
        self.keepRightRadio.setText(u"")

        self.keepRow.addWidget(self.keepRightRadio)

        self.keepSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keepRow.addItem(self.keepSpacer)


        self.dialogLayout.addLayout(self.keepRow)

        self.comesAlongLabel = QLabel(MergeDialog)
        self.comesAlongLabel.setObjectName(u"comesAlongLabel")
        self.comesAlongLabel.setText(u"")
        self.comesAlongLabel.setWordWrap(True)
        self.comesAlongLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.comesAlongLabel)

        self.warningBanner = QFrame(MergeDialog)
        self.warningBanner.setObjectName(u"warningBanner")
        self.warningLayout = QHBoxLayout(self.warningBanner)
        self.warningLayout.setSpacing(8)
        self.warningLayout.setObjectName(u"warningLayout")
        self.warningLayout.setContentsMargins(12, 8, 12, 8)
        self.warningLabel = QLabel(self.warningBanner)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.warningLayout.addWidget(self.warningLabel)


        self.dialogLayout.addWidget(self.warningBanner)

        self.buttonBox = QDialogButtonBox(MergeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.compareTable, self.keepLeftRadio)
        QWidget.setTabOrder(self.keepLeftRadio, self.keepRightRadio)

        self.retranslateUi(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Merge records", None))
        self.headline.setText(QCoreApplication.translate("MergeDialog", u"Merge two records of the same person", None))
        self.introLabel.setText(QCoreApplication.translate("MergeDialog", u"Compare the two records. The one you keep stays; empty fields are filled from the other, and everything the other has comes along.", None))
        self.introLabel.setProperty(u"kind", QCoreApplication.translate("MergeDialog", u"hint", None))
#if QT_CONFIG(accessibility)
        self.compareTable.setAccessibleName(QCoreApplication.translate("MergeDialog", u"The two records side by side", None))
#endif // QT_CONFIG(accessibility)
        self.keepLabel.setText(QCoreApplication.translate("MergeDialog", u"Keep:", None))
        self.warningLabel.setText(QCoreApplication.translate("MergeDialog", u"Merging cannot be undone: the other record is folded into the one you keep, and Edit \u2192 Undo will not separate them again.", None))
    # retranslateUi

