# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'empty_state.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_EmptyState(object):
    def setupUi(self, EmptyState):
        if not EmptyState.objectName():
            EmptyState.setObjectName(u"EmptyState")
        EmptyState.resize(800, 600)
        self.outerLayout = QVBoxLayout(EmptyState)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(0, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centreRow = QHBoxLayout()
        self.centreRow.setObjectName(u"centreRow")
        self.leftSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreRow.addItem(self.leftSpacer)

        self.card = QFrame(EmptyState)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(460, 0))
        self.card.setMaximumSize(QSize(560, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(10)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(40, 36, 40, 32)
        self.iconLabel = QLabel(self.card)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardLayout.addWidget(self.iconLabel)

        self.iconGap = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.cardLayout.addItem(self.iconGap)

        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"Title")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.titleLabel)

        self.bodyLabel = QLabel(self.card)
        self.bodyLabel.setObjectName(u"bodyLabel")
        self.bodyLabel.setText(u"Body")
        self.bodyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bodyLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.bodyLabel)

        self.buttonGap = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.cardLayout.addItem(self.buttonGap)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonLeft)

        self.actionButton = QPushButton(self.card)
        self.actionButton.setObjectName(u"actionButton")
        self.actionButton.setText(u"Action")

        self.buttonRow.addWidget(self.actionButton)

        self.buttonRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonRight)


        self.cardLayout.addLayout(self.buttonRow)

        self.hintLabel = QLabel(self.card)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"Hint")
        self.hintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hintLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.hintLabel)

        self.busyRow = QHBoxLayout()
        self.busyRow.setSpacing(10)
        self.busyRow.setObjectName(u"busyRow")
        self.busyBar = QProgressBar(self.card)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(120, 16777215))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.busyRow.addWidget(self.busyBar)

        self.statusLabel = QLabel(self.card)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.statusLabel.setWordWrap(True)

        self.busyRow.addWidget(self.statusLabel)

        self.busyRow.setStretch(1, 1)

        self.cardLayout.addLayout(self.busyRow)


        self.centreRow.addWidget(self.card)

        self.rightSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreRow.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centreRow)

        self.bottomSpacer = QSpacerItem(0, 60, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)


        self.retranslateUi(EmptyState)
    # setupUi

    def retranslateUi(self, EmptyState):
        self.statusLabel.setText("")
        pass
    # retranslateUi

