# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offer_letter.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QLabel, QListView, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_LetterEditor(object):
    def setupUi(self, LetterEditor):
        if not LetterEditor.objectName():
            LetterEditor.setObjectName(u"LetterEditor")
        LetterEditor.resize(860, 520)
        self.letterLayout = QHBoxLayout(LetterEditor)
        self.letterLayout.setSpacing(18)
        self.letterLayout.setObjectName(u"letterLayout")
        self.letterLayout.setContentsMargins(0, 0, 0, 0)
        self.textColumn = QVBoxLayout()
        self.textColumn.setSpacing(6)
        self.textColumn.setObjectName(u"textColumn")
        self.bodyTitle = QLabel(LetterEditor)
        self.bodyTitle.setObjectName(u"bodyTitle")
        self.bodyTitle.setProperty(u"kind", u"sectionTitle")

        self.textColumn.addWidget(self.bodyTitle)

        self.bodyHint = QLabel(LetterEditor)
        self.bodyHint.setObjectName(u"bodyHint")
        self.bodyHint.setWordWrap(True)
        self.bodyHint.setProperty(u"kind", u"hint")

        self.textColumn.addWidget(self.bodyHint)

        self.bodyEdit = QPlainTextEdit(LetterEditor)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.textColumn.addWidget(self.bodyEdit)

        self.problemsBanner = QFrame(LetterEditor)
        self.problemsBanner.setObjectName(u"problemsBanner")
        self.problemsLayout = QHBoxLayout(self.problemsBanner)
        self.problemsLayout.setSpacing(10)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsLayout.setContentsMargins(12, 8, 12, 8)
        self.problemsIcon = QLabel(self.problemsBanner)
        self.problemsIcon.setObjectName(u"problemsIcon")
        self.problemsIcon.setText(u"\u26a0")

        self.problemsLayout.addWidget(self.problemsIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.problemsLabel = QLabel(self.problemsBanner)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.problemsLayout.addWidget(self.problemsLabel)

        self.problemsLayout.setStretch(1, 1)

        self.textColumn.addWidget(self.problemsBanner)

        self.okLabel = QLabel(LetterEditor)
        self.okLabel.setObjectName(u"okLabel")
        self.okLabel.setProperty(u"kind", u"ok")

        self.textColumn.addWidget(self.okLabel)


        self.letterLayout.addLayout(self.textColumn)

        self.placeholderColumn = QVBoxLayout()
        self.placeholderColumn.setSpacing(6)
        self.placeholderColumn.setObjectName(u"placeholderColumn")
        self.placeholderTitle = QLabel(LetterEditor)
        self.placeholderTitle.setObjectName(u"placeholderTitle")
        self.placeholderTitle.setProperty(u"kind", u"sectionTitle")

        self.placeholderColumn.addWidget(self.placeholderTitle)

        self.placeholderList = QListView(LetterEditor)
        self.placeholderList.setObjectName(u"placeholderList")
        self.placeholderList.setMinimumSize(QSize(250, 0))
        self.placeholderList.setMaximumSize(QSize(270, 16777215))
        self.placeholderList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.placeholderList.setAlternatingRowColors(True)

        self.placeholderColumn.addWidget(self.placeholderList)

        self.placeholderHint = QLabel(LetterEditor)
        self.placeholderHint.setObjectName(u"placeholderHint")
        self.placeholderHint.setMaximumSize(QSize(270, 16777215))
        self.placeholderHint.setMinimumSize(QSize(0, 36))
        self.placeholderHint.setText(u"")
        self.placeholderHint.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.placeholderHint.setWordWrap(True)
        self.placeholderHint.setProperty(u"kind", u"hint")

        self.placeholderColumn.addWidget(self.placeholderHint)

        self.insertButton = QPushButton(LetterEditor)
        self.insertButton.setObjectName(u"insertButton")
        self.insertButton.setProperty(u"kind", u"tool")

        self.placeholderColumn.addWidget(self.insertButton)

        self.resetButton = QPushButton(LetterEditor)
        self.resetButton.setObjectName(u"resetButton")
        self.resetButton.setText(u"Use the template")
        self.resetButton.setProperty(u"kind", u"tool")

        self.placeholderColumn.addWidget(self.resetButton)


        self.letterLayout.addLayout(self.placeholderColumn)

        self.letterLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.bodyTitle.setBuddy(self.bodyEdit)
        self.placeholderTitle.setBuddy(self.placeholderList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.bodyEdit, self.placeholderList)
        QWidget.setTabOrder(self.placeholderList, self.insertButton)
        QWidget.setTabOrder(self.insertButton, self.resetButton)

        self.retranslateUi(LetterEditor)
    # setupUi

    def retranslateUi(self, LetterEditor):
        self.bodyTitle.setText(QCoreApplication.translate("LetterEditor", u"Letter te&xt", None))
        self.bodyHint.setText(QCoreApplication.translate("LetterEditor", u"Words in braces are filled in for each offer. The letterhead, the summary of terms, the signatures and the acceptance section are added around this text.", None))
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("LetterEditor", u"Letter text", None))
#endif // QT_CONFIG(accessibility)
        self.okLabel.setText(QCoreApplication.translate("LetterEditor", u"\u2713 Every placeholder can be filled in.", None))
        self.placeholderTitle.setText(QCoreApplication.translate("LetterEditor", u"&Placeholders", None))
#if QT_CONFIG(accessibility)
        self.placeholderList.setAccessibleName(QCoreApplication.translate("LetterEditor", u"Placeholders", None))
#endif // QT_CONFIG(accessibility)
        self.insertButton.setText(QCoreApplication.translate("LetterEditor", u"&Insert at the cursor", None))
#if QT_CONFIG(tooltip)
        self.insertButton.setToolTip(QCoreApplication.translate("LetterEditor", u"Insert the chosen placeholder where the cursor is in the letter (or double-click it)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

