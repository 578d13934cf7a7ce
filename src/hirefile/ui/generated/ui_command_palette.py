# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'command_palette.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QLabel,
    QLineEdit, QListView, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CommandPalette(object):
    def setupUi(self, CommandPalette):
        if not CommandPalette.objectName():
            CommandPalette.setObjectName(u"CommandPalette")
        CommandPalette.resize(600, 420)
        self.paletteLayout = QVBoxLayout(CommandPalette)
        self.paletteLayout.setSpacing(6)
        self.paletteLayout.setObjectName(u"paletteLayout")
        self.paletteLayout.setContentsMargins(10, 10, 10, 8)
        self.queryEdit = QLineEdit(CommandPalette)
        self.queryEdit.setObjectName(u"queryEdit")
        self.queryEdit.setClearButtonEnabled(True)

        self.paletteLayout.addWidget(self.queryEdit)

        self.resultsView = QListView(CommandPalette)
        self.resultsView.setObjectName(u"resultsView")
        self.resultsView.setFocusPolicy(Qt.NoFocus)
        self.resultsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.resultsView.setUniformItemSizes(False)

        self.paletteLayout.addWidget(self.resultsView)

        self.hintLabel = QLabel(CommandPalette)
        self.hintLabel.setObjectName(u"hintLabel")

        self.paletteLayout.addWidget(self.hintLabel)


        self.retranslateUi(CommandPalette)
    # setupUi

    def retranslateUi(self, CommandPalette):
        CommandPalette.setWindowTitle(QCoreApplication.translate("CommandPalette", u"Go to", None))
#if QT_CONFIG(accessibility)
        CommandPalette.setAccessibleName(QCoreApplication.translate("CommandPalette", u"Command palette", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.queryEdit.setAccessibleName(QCoreApplication.translate("CommandPalette", u"Go to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.queryEdit.setAccessibleDescription(QCoreApplication.translate("CommandPalette", u"Type part of a candidate's name, a role, a page or an action; the arrow keys choose and Enter goes there.", None))
#endif // QT_CONFIG(accessibility)
        self.queryEdit.setPlaceholderText(QCoreApplication.translate("CommandPalette", u"Jump to a candidate, role, page or action\u2026", None))
#if QT_CONFIG(accessibility)
        self.resultsView.setAccessibleName(QCoreApplication.translate("CommandPalette", u"Matches", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("CommandPalette", u"\u2191 \u2193 choose \u00b7 Enter go \u00b7 Esc close", None))
#if QT_CONFIG(accessibility)
        self.hintLabel.setAccessibleName(QCoreApplication.translate("CommandPalette", u"How many match", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

