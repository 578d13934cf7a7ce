# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'question_bank.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_QuestionBankDialog(object):
    def setupUi(self, QuestionBankDialog):
        if not QuestionBankDialog.objectName():
            QuestionBankDialog.setObjectName(u"QuestionBankDialog")
        QuestionBankDialog.resize(1000, 660)
        QuestionBankDialog.setMinimumSize(QSize(760, 480))
        self.dialogLayout = QVBoxLayout(QuestionBankDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 18, 24, 14)
        self.intro = QLabel(QuestionBankDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"kind", u"hint")

        self.dialogLayout.addWidget(self.intro)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchLabel = QLabel(QuestionBankDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(QuestionBankDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.axisLabel = QLabel(QuestionBankDialog)
        self.axisLabel.setObjectName(u"axisLabel")

        self.filterLayout.addWidget(self.axisLabel)

        self.axisCombo = QComboBox(QuestionBankDialog)
        self.axisCombo.setObjectName(u"axisCombo")

        self.filterLayout.addWidget(self.axisCombo)

        self.trackLabel = QLabel(QuestionBankDialog)
        self.trackLabel.setObjectName(u"trackLabel")

        self.filterLayout.addWidget(self.trackLabel)

        self.trackCombo = QComboBox(QuestionBankDialog)
        self.trackCombo.setObjectName(u"trackCombo")

        self.filterLayout.addWidget(self.trackCombo)

        self.showRetiredCheck = QCheckBox(QuestionBankDialog)
        self.showRetiredCheck.setObjectName(u"showRetiredCheck")

        self.filterLayout.addWidget(self.showRetiredCheck)

        self.filterLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(QuestionBankDialog)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setTabKeyNavigation(False)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)
        self.tableView.setShowGrid(False)
        self.tableView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.dialogLayout.addWidget(self.tableView)

        self.guidanceHeading = QLabel(QuestionBankDialog)
        self.guidanceHeading.setObjectName(u"guidanceHeading")
        self.guidanceHeading.setProperty(u"kind", u"sectionTitle")

        self.dialogLayout.addWidget(self.guidanceHeading)

        self.guidanceLabel = QLabel(QuestionBankDialog)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setText(u"")
        self.guidanceLabel.setWordWrap(True)
        self.guidanceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidanceLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.guidanceLabel.setMinimumSize(QSize(0, 64))

        self.dialogLayout.addWidget(self.guidanceLabel)

        self.refreshBanner = QFrame(QuestionBankDialog)
        self.refreshBanner.setObjectName(u"refreshBanner")
        self.refreshBanner.setVisible(False)
        self.refreshLayout = QHBoxLayout(self.refreshBanner)
        self.refreshLayout.setSpacing(10)
        self.refreshLayout.setObjectName(u"refreshLayout")
        self.refreshLayout.setContentsMargins(12, 8, 8, 8)
        self.refreshText = QLabel(self.refreshBanner)
        self.refreshText.setObjectName(u"refreshText")
        self.refreshText.setText(u"")
        self.refreshText.setWordWrap(True)

        self.refreshLayout.addWidget(self.refreshText)

        self.variantButton = QPushButton(self.refreshBanner)
        self.variantButton.setObjectName(u"variantButton")

        self.refreshLayout.addWidget(self.variantButton)

        self.refreshLayout.setStretch(0, 1)

        self.dialogLayout.addWidget(self.refreshBanner)

        self.messageLabel = QLabel(QuestionBankDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)
        self.messageLabel.setProperty(u"kind", u"fieldError")

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(QuestionBankDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.editButton = QPushButton(QuestionBankDialog)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setEnabled(False)

        self.buttonLayout.addWidget(self.editButton)

        self.retireButton = QPushButton(QuestionBankDialog)
        self.retireButton.setObjectName(u"retireButton")
        self.retireButton.setEnabled(False)

        self.buttonLayout.addWidget(self.retireButton)

        self.axisAnchorsButton = QPushButton(QuestionBankDialog)
        self.axisAnchorsButton.setObjectName(u"axisAnchorsButton")

        self.buttonLayout.addWidget(self.axisAnchorsButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.undoButton = QPushButton(QuestionBankDialog)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setEnabled(False)

        self.buttonLayout.addWidget(self.undoButton)

        self.redoButton = QPushButton(QuestionBankDialog)
        self.redoButton.setObjectName(u"redoButton")
        self.redoButton.setEnabled(False)

        self.buttonLayout.addWidget(self.redoButton)

        self.buttonBox = QDialogButtonBox(QuestionBankDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonLayout)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.axisLabel.setBuddy(self.axisCombo)
        self.trackLabel.setBuddy(self.trackCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.axisCombo)
        QWidget.setTabOrder(self.axisCombo, self.trackCombo)
        QWidget.setTabOrder(self.trackCombo, self.showRetiredCheck)
        QWidget.setTabOrder(self.showRetiredCheck, self.tableView)
        QWidget.setTabOrder(self.tableView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.retireButton)
        QWidget.setTabOrder(self.retireButton, self.axisAnchorsButton)
        QWidget.setTabOrder(self.axisAnchorsButton, self.undoButton)
        QWidget.setTabOrder(self.undoButton, self.redoButton)
        QWidget.setTabOrder(self.redoButton, self.buttonBox)

        self.retranslateUi(QuestionBankDialog)
    # setupUi

    def retranslateUi(self, QuestionBankDialog):
        QuestionBankDialog.setWindowTitle(QCoreApplication.translate("QuestionBankDialog", u"Question bank", None))
        self.intro.setText(QCoreApplication.translate("QuestionBankDialog", u"The questions your interview loops draw from. Retired questions stay in the loops and interviews that used them.", None))
        self.searchLabel.setText(QCoreApplication.translate("QuestionBankDialog", u"&Search", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("QuestionBankDialog", u"Words in the question or its guidance", None))
        self.axisLabel.setText(QCoreApplication.translate("QuestionBankDialog", u"A&xis", None))
        self.trackLabel.setText(QCoreApplication.translate("QuestionBankDialog", u"Trac&k", None))
        self.showRetiredCheck.setText(QCoreApplication.translate("QuestionBankDialog", u"Sho&w retired", None))
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("QuestionBankDialog", u"Questions", None))
#endif // QT_CONFIG(accessibility)
        self.guidanceHeading.setText(QCoreApplication.translate("QuestionBankDialog", u"What a strong answer shows", None))
        self.variantButton.setText(QCoreApplication.translate("QuestionBankDialog", u"Write a fresh &variant\u2026", None))
#if QT_CONFIG(tooltip)
        self.variantButton.setToolTip(QCoreApplication.translate("QuestionBankDialog", u"Add a new question that starts from this one's text and guidance; retire this one when the variant is ready", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("QuestionBankDialog", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("QuestionBankDialog", u"Write a new question for the bank", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("QuestionBankDialog", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("QuestionBankDialog", u"Edit the selected question (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.retireButton.setText(QCoreApplication.translate("QuestionBankDialog", u"Re&tire", None))
#if QT_CONFIG(tooltip)
        self.retireButton.setToolTip(QCoreApplication.translate("QuestionBankDialog", u"Retire the selected question: loops that use it keep it, pickers stop offering it", None))
#endif // QT_CONFIG(tooltip)
        self.axisAnchorsButton.setText(QCoreApplication.translate("QuestionBankDialog", u"Axis Anc&hors\u2026", None))
#if QT_CONFIG(tooltip)
        self.axisAnchorsButton.setToolTip(QCoreApplication.translate("QuestionBankDialog", u"What a 1, 2, 3 and 4 look like on each skill axis, shown beside the ratings while scoring", None))
#endif // QT_CONFIG(tooltip)
        self.undoButton.setText(QCoreApplication.translate("QuestionBankDialog", u"&Undo", None))
        self.redoButton.setText(QCoreApplication.translate("QuestionBankDialog", u"Red&o", None))
    # retranslateUi

