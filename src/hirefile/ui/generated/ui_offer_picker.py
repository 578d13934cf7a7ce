# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offer_picker.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_ApplicationPicker(object):
    def setupUi(self, ApplicationPicker):
        if not ApplicationPicker.objectName():
            ApplicationPicker.setObjectName(u"ApplicationPicker")
        ApplicationPicker.resize(780, 560)
        self.dialogLayout = QVBoxLayout(ApplicationPicker)
        self.dialogLayout.setSpacing(0)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(0, 0, 0, 0)
        self.contentLayout = QVBoxLayout()
        self.contentLayout.setSpacing(10)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(24, 20, 24, 12)
        self.headline = QLabel(ApplicationPicker)
        self.headline.setObjectName(u"headline")
        self.headline.setProperty(u"kind", u"headline")

        self.contentLayout.addWidget(self.headline)

        self.intro = QLabel(ApplicationPicker)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"kind", u"hint")

        self.contentLayout.addWidget(self.intro)

        self.searchRow = QHBoxLayout()
        self.searchRow.setSpacing(8)
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(ApplicationPicker)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(ApplicationPicker)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)


        self.contentLayout.addLayout(self.searchRow)

        self.table = QTableView(ApplicationPicker)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)

        self.contentLayout.addWidget(self.table)

        self.noteLabel = QLabel(ApplicationPicker)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"kind", u"note")

        self.contentLayout.addWidget(self.noteLabel)


        self.dialogLayout.addLayout(self.contentLayout)

        self.footer = QFrame(ApplicationPicker)
        self.footer.setObjectName(u"footer")
        self.footerLayout = QHBoxLayout(self.footer)
        self.footerLayout.setSpacing(10)
        self.footerLayout.setObjectName(u"footerLayout")
        self.footerLayout.setContentsMargins(24, 12, 24, 12)
        self.countLabel = QLabel(self.footer)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setProperty(u"kind", u"faint")

        self.footerLayout.addWidget(self.countLabel)

        self.cancelButton = QPushButton(self.footer)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)
        self.cancelButton.setProperty(u"kind", u"tool")

        self.footerLayout.addWidget(self.cancelButton)

        self.okButton = QPushButton(self.footer)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setProperty(u"kind", u"primary")

        self.footerLayout.addWidget(self.okButton)

        self.footerLayout.setStretch(0, 1)

        self.dialogLayout.addWidget(self.footer)

        self.dialogLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.table)
        QWidget.setTabOrder(self.table, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(ApplicationPicker)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ApplicationPicker):
        ApplicationPicker.setWindowTitle(QCoreApplication.translate("ApplicationPicker", u"New offer", None))
        self.headline.setText(QCoreApplication.translate("ApplicationPicker", u"New offer", None))
        self.intro.setText(QCoreApplication.translate("ApplicationPicker", u"Who is the offer for? People in the Offer and Debrief stages come first; anyone still in process can get one.", None))
        self.searchLabel.setText(QCoreApplication.translate("ApplicationPicker", u"&Find", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ApplicationPicker", u"Type a name or a role", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ApplicationPicker", u"Find a candidate", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ApplicationPicker", u"Candidates in process", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ApplicationPicker", u"Cancel", None))
        self.okButton.setText(QCoreApplication.translate("ApplicationPicker", u"Continue\u2026", None))
    # retranslateUi

