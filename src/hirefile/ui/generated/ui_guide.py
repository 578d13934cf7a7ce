# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'guide.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_GuideWindow(object):
    def setupUi(self, GuideWindow):
        if not GuideWindow.objectName():
            GuideWindow.setObjectName(u"GuideWindow")
        GuideWindow.resize(980, 680)
        GuideWindow.setMinimumSize(QSize(560, 360))
        self.guideLayout = QVBoxLayout(GuideWindow)
        self.guideLayout.setSpacing(8)
        self.guideLayout.setObjectName(u"guideLayout")
        self.guideLayout.setContentsMargins(12, 10, 12, 10)
        self.toolsLayout = QHBoxLayout()
        self.toolsLayout.setSpacing(6)
        self.toolsLayout.setObjectName(u"toolsLayout")
        self.backButton = QPushButton(GuideWindow)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.toolsLayout.addWidget(self.backButton)

        self.forwardButton = QPushButton(GuideWindow)
        self.forwardButton.setObjectName(u"forwardButton")
        self.forwardButton.setAutoDefault(False)

        self.toolsLayout.addWidget(self.forwardButton)

        self.toolsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolsLayout.addItem(self.toolsSpacer)

        self.findStatus = QLabel(GuideWindow)
        self.findStatus.setObjectName(u"findStatus")
        self.findStatus.setProperty(u"kind", u"hint")

        self.toolsLayout.addWidget(self.findStatus)

        self.findEdit = QLineEdit(GuideWindow)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setMinimumSize(QSize(220, 0))
        self.findEdit.setClearButtonEnabled(True)

        self.toolsLayout.addWidget(self.findEdit)

        self.previousButton = QPushButton(GuideWindow)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setAutoDefault(False)

        self.toolsLayout.addWidget(self.previousButton)

        self.nextButton = QPushButton(GuideWindow)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setAutoDefault(False)

        self.toolsLayout.addWidget(self.nextButton)


        self.guideLayout.addLayout(self.toolsLayout)

        self.splitter = QSplitter(GuideWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.pageList = QListWidget(self.splitter)
        self.pageList.setObjectName(u"pageList")
        self.pageList.setMinimumSize(QSize(170, 0))
        self.pageList.setMaximumSize(QSize(320, 16777215))
        self.splitter.addWidget(self.pageList)
        self.browser = QTextBrowser(self.splitter)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(True)
        self.splitter.addWidget(self.browser)

        self.guideLayout.addWidget(self.splitter)

        self.guideLayout.setStretch(1, 1)

        self.retranslateUi(GuideWindow)
    # setupUi

    def retranslateUi(self, GuideWindow):
        GuideWindow.setWindowTitle(QCoreApplication.translate("GuideWindow", u"Hirefile Guide", None))
        self.backButton.setText(QCoreApplication.translate("GuideWindow", u"Back", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("GuideWindow", u"The page you read before (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("GuideWindow", u"Back", None))
#endif // QT_CONFIG(accessibility)
        self.forwardButton.setText(QCoreApplication.translate("GuideWindow", u"Forward", None))
#if QT_CONFIG(tooltip)
        self.forwardButton.setToolTip(QCoreApplication.translate("GuideWindow", u"The page you went back from (Alt+Right)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.forwardButton.setAccessibleName(QCoreApplication.translate("GuideWindow", u"Forward", None))
#endif // QT_CONFIG(accessibility)
        self.findStatus.setText("")
        self.findEdit.setPlaceholderText(QCoreApplication.translate("GuideWindow", u"Find in the guide (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.findEdit.setAccessibleName(QCoreApplication.translate("GuideWindow", u"Find in the guide", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.findEdit.setAccessibleDescription(QCoreApplication.translate("GuideWindow", u"Enter or F3 finds the next place, Shift+Enter or Shift+F3 the one before, on this page and then the following pages", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("GuideWindow", u"Previous", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("GuideWindow", u"The place before (Shift+F3)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("GuideWindow", u"Find previous", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("GuideWindow", u"Next", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("GuideWindow", u"The next place (F3)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("GuideWindow", u"Find next", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageList.setAccessibleName(QCoreApplication.translate("GuideWindow", u"Pages of the guide", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageList.setAccessibleDescription(QCoreApplication.translate("GuideWindow", u"Choose a page to read it beside the list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.browser.setAccessibleName(QCoreApplication.translate("GuideWindow", u"Guide page", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

