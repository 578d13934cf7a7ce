# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'finalists_pick.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_FinalistsPickDialog(object):
    def setupUi(self, FinalistsPickDialog):
        if not FinalistsPickDialog.objectName():
            FinalistsPickDialog.setObjectName(u"FinalistsPickDialog")
        FinalistsPickDialog.resize(560, 600)
        FinalistsPickDialog.setMinimumSize(QSize(480, 420))
        self.dialogLayout = QVBoxLayout(FinalistsPickDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 20, 24, 16)
        self.headline = QLabel(FinalistsPickDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setProperty(u"kind", u"headline")

        self.dialogLayout.addWidget(self.headline)

        self.intro = QLabel(FinalistsPickDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"kind", u"subtitle")

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(6)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.roleLabel = QLabel(FinalistsPickDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(FinalistsPickDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)


        self.dialogLayout.addLayout(self.form)

        self.filterEdit = QLineEdit(FinalistsPickDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.filterEdit)

        self.candidateList = QListWidget(FinalistsPickDialog)
        self.candidateList.setObjectName(u"candidateList")

        self.dialogLayout.addWidget(self.candidateList)

        self.countLabel = QLabel(FinalistsPickDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setProperty(u"kind", u"hint")

        self.dialogLayout.addWidget(self.countLabel)

        self.buttonBox = QDialogButtonBox(FinalistsPickDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roleCombo, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.candidateList)
        QWidget.setTabOrder(self.candidateList, self.buttonBox)

        self.retranslateUi(FinalistsPickDialog)
    # setupUi

    def retranslateUi(self, FinalistsPickDialog):
        FinalistsPickDialog.setWindowTitle(QCoreApplication.translate("FinalistsPickDialog", u"Compare finalists", None))
        self.headline.setText(QCoreApplication.translate("FinalistsPickDialog", u"Compare finalists", None))
        self.intro.setText(QCoreApplication.translate("FinalistsPickDialog", u"Choose 2 to 5 candidates of one role to see side by side: scores, recommendations, expectations and time in process.", None))
        self.roleLabel.setText(QCoreApplication.translate("FinalistsPickDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("FinalistsPickDialog", u"Filter candidates", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("FinalistsPickDialog", u"Filter by name or stage\u2026", None))
#if QT_CONFIG(accessibility)
        self.candidateList.setAccessibleName(QCoreApplication.translate("FinalistsPickDialog", u"Candidates in process", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

