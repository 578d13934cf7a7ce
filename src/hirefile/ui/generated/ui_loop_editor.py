# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'loop_editor.ui'
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
    QLabel, QLineEdit, QListView, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QToolButton,
    QVBoxLayout, QWidget)

class Ui_LoopEditor(object):
    def setupUi(self, LoopEditor):
        if not LoopEditor.objectName():
            LoopEditor.setObjectName(u"LoopEditor")
        LoopEditor.resize(900, 700)
        self.loopLayout = QVBoxLayout(LoopEditor)
        self.loopLayout.setSpacing(10)
        self.loopLayout.setObjectName(u"loopLayout")
        self.loopLayout.setContentsMargins(24, 16, 24, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.summaryLayout = QVBoxLayout()
        self.summaryLayout.setSpacing(2)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.loopSummary = QLabel(LoopEditor)
        self.loopSummary.setObjectName(u"loopSummary")
        self.loopSummary.setText(u"")
        self.loopSummary.setWordWrap(True)

        self.summaryLayout.addWidget(self.loopSummary)

        self.coverageLabel = QLabel(LoopEditor)
        self.coverageLabel.setObjectName(u"coverageLabel")
        self.coverageLabel.setText(u"")
        self.coverageLabel.setWordWrap(True)
        self.coverageLabel.setProperty(u"kind", u"hint")

        self.summaryLayout.addWidget(self.coverageLabel)


        self.headerLayout.addLayout(self.summaryLayout)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.addStepButton = QPushButton(LoopEditor)
        self.addStepButton.setObjectName(u"addStepButton")

        self.headerLayout.addWidget(self.addStepButton)

        self.editStepButton = QPushButton(LoopEditor)
        self.editStepButton.setObjectName(u"editStepButton")

        self.headerLayout.addWidget(self.editStepButton)

        self.removeStepButton = QPushButton(LoopEditor)
        self.removeStepButton.setObjectName(u"removeStepButton")

        self.headerLayout.addWidget(self.removeStepButton)

        self.moveUpButton = QToolButton(LoopEditor)
        self.moveUpButton.setObjectName(u"moveUpButton")
        self.moveUpButton.setText(u"\u2191")

        self.headerLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QToolButton(LoopEditor)
        self.moveDownButton.setObjectName(u"moveDownButton")
        self.moveDownButton.setText(u"\u2193")

        self.headerLayout.addWidget(self.moveDownButton)

        self.headerLayout.setStretch(1, 1)

        self.loopLayout.addLayout(self.headerLayout)

        self.warningBanner = QFrame(LoopEditor)
        self.warningBanner.setObjectName(u"warningBanner")
        self.warningBanner.setVisible(False)
        self.bannerLayout = QHBoxLayout(self.warningBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(12, 8, 12, 8)
        self.warningLabel = QLabel(self.warningBanner)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)

        self.bannerLayout.addWidget(self.warningLabel)


        self.loopLayout.addWidget(self.warningBanner)

        self.messageLabel = QLabel(LoopEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)
        self.messageLabel.setProperty(u"kind", u"fieldError")

        self.loopLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(LoopEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.stepsView = QListView(self.splitter)
        self.stepsView.setObjectName(u"stepsView")
        self.stepsView.setDragEnabled(True)
        self.stepsView.setAcceptDrops(True)
        self.stepsView.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.stepsView.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.stepsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stepsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stepsView.setUniformItemSizes(True)
        self.stepsView.setMinimumSize(QSize(0, 200))
        self.splitter.addWidget(self.stepsView)
        self.questionsPanel = QWidget(self.splitter)
        self.questionsPanel.setObjectName(u"questionsPanel")
        self.questionsLayout = QVBoxLayout(self.questionsPanel)
        self.questionsLayout.setSpacing(6)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.questionsLayout.setContentsMargins(0, 8, 0, 0)
        self.questionsLabel = QLabel(self.questionsPanel)
        self.questionsLabel.setObjectName(u"questionsLabel")
        self.questionsLabel.setProperty(u"kind", u"sectionTitle")

        self.questionsLayout.addWidget(self.questionsLabel)

        self.questionsView = QListView(self.questionsPanel)
        self.questionsView.setObjectName(u"questionsView")
        self.questionsView.setWordWrap(True)
        self.questionsView.setAlternatingRowColors(True)
        self.questionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.questionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questionsView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.questionsLayout.addWidget(self.questionsView)

        self.questionButtons = QHBoxLayout()
        self.questionButtons.setSpacing(8)
        self.questionButtons.setObjectName(u"questionButtons")
        self.fromBankButton = QPushButton(self.questionsPanel)
        self.fromBankButton.setObjectName(u"fromBankButton")

        self.questionButtons.addWidget(self.fromBankButton)

        self.writeEdit = QLineEdit(self.questionsPanel)
        self.writeEdit.setObjectName(u"writeEdit")

        self.questionButtons.addWidget(self.writeEdit)

        self.writeButton = QPushButton(self.questionsPanel)
        self.writeButton.setObjectName(u"writeButton")
        self.writeButton.setEnabled(False)

        self.questionButtons.addWidget(self.writeButton)

        self.removeQuestionButton = QPushButton(self.questionsPanel)
        self.removeQuestionButton.setObjectName(u"removeQuestionButton")
        self.removeQuestionButton.setEnabled(False)

        self.questionButtons.addWidget(self.removeQuestionButton)

        self.questionButtons.setStretch(1, 1)

        self.questionsLayout.addLayout(self.questionButtons)

        self.splitter.addWidget(self.questionsPanel)

        self.loopLayout.addWidget(self.splitter)

        self.keysHint = QLabel(LoopEditor)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setWordWrap(True)
        self.keysHint.setProperty(u"kind", u"hint")

        self.loopLayout.addWidget(self.keysHint)

        self.loopLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.questionsLabel.setBuddy(self.questionsView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stepsView, self.addStepButton)
        QWidget.setTabOrder(self.addStepButton, self.editStepButton)
        QWidget.setTabOrder(self.editStepButton, self.removeStepButton)
        QWidget.setTabOrder(self.removeStepButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.questionsView)
        QWidget.setTabOrder(self.questionsView, self.fromBankButton)
        QWidget.setTabOrder(self.fromBankButton, self.writeEdit)
        QWidget.setTabOrder(self.writeEdit, self.writeButton)
        QWidget.setTabOrder(self.writeButton, self.removeQuestionButton)

        self.retranslateUi(LoopEditor)
    # setupUi

    def retranslateUi(self, LoopEditor):
        self.addStepButton.setText(QCoreApplication.translate("LoopEditor", u"&Add step\u2026", None))
#if QT_CONFIG(tooltip)
        self.addStepButton.setToolTip(QCoreApplication.translate("LoopEditor", u"Add a step at the end of the loop", None))
#endif // QT_CONFIG(tooltip)
        self.editStepButton.setText(QCoreApplication.translate("LoopEditor", u"Ed&it\u2026", None))
#if QT_CONFIG(tooltip)
        self.editStepButton.setToolTip(QCoreApplication.translate("LoopEditor", u"Edit the selected step (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.removeStepButton.setText(QCoreApplication.translate("LoopEditor", u"Remo&ve", None))
#if QT_CONFIG(tooltip)
        self.removeStepButton.setToolTip(QCoreApplication.translate("LoopEditor", u"Remove the selected step (Delete)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.moveUpButton.setAccessibleName(QCoreApplication.translate("LoopEditor", u"Move step up", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("LoopEditor", u"Move the selected step earlier (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.moveDownButton.setAccessibleName(QCoreApplication.translate("LoopEditor", u"Move step down", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("LoopEditor", u"Move the selected step later (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.stepsView.setAccessibleName(QCoreApplication.translate("LoopEditor", u"Interview steps", None))
#endif // QT_CONFIG(accessibility)
        self.questionsLabel.setText(QCoreApplication.translate("LoopEditor", u"&Questions for this step", None))
#if QT_CONFIG(accessibility)
        self.questionsView.setAccessibleName(QCoreApplication.translate("LoopEditor", u"Questions of the selected step", None))
#endif // QT_CONFIG(accessibility)
        self.fromBankButton.setText(QCoreApplication.translate("LoopEditor", u"From the &bank\u2026", None))
#if QT_CONFIG(tooltip)
        self.fromBankButton.setToolTip(QCoreApplication.translate("LoopEditor", u"Pick questions from the bank, filtered to this step's axes and the role's track", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.writeEdit.setAccessibleName(QCoreApplication.translate("LoopEditor", u"Write a question", None))
#endif // QT_CONFIG(accessibility)
        self.writeEdit.setPlaceholderText(QCoreApplication.translate("LoopEditor", u"Or write a question for this step and press Enter", None))
        self.writeButton.setText(QCoreApplication.translate("LoopEditor", u"Add", None))
        self.removeQuestionButton.setText(QCoreApplication.translate("LoopEditor", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.removeQuestionButton.setToolTip(QCoreApplication.translate("LoopEditor", u"Remove the selected question from this step (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.keysHint.setText(QCoreApplication.translate("LoopEditor", u"Drag steps to reorder them, or use Ctrl+Up and Ctrl+Down. Enter edits a step, Delete removes it.", None))
        pass
    # retranslateUi

