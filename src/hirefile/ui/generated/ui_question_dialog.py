# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'question_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_QuestionDialog(object):
    def setupUi(self, QuestionDialog):
        if not QuestionDialog.objectName():
            QuestionDialog.setObjectName(u"QuestionDialog")
        QuestionDialog.resize(640, 620)
        QuestionDialog.setMinimumSize(QSize(540, 0))
        self.dialogLayout = QVBoxLayout(QuestionDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 20, 24, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.textLabel = QLabel(QuestionDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(QuestionDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setMinimumSize(QSize(0, 70))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.textError = QLabel(QuestionDialog)
        self.textError.setObjectName(u"textError")
        self.textError.setText(u"")
        self.textError.setWordWrap(True)
        self.textError.setVisible(False)
        self.textError.setProperty(u"kind", u"fieldError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textError)

        self.axisLabel = QLabel(QuestionDialog)
        self.axisLabel.setObjectName(u"axisLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.axisLabel)

        self.axisCombo = QComboBox(QuestionDialog)
        self.axisCombo.setObjectName(u"axisCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.axisCombo)

        self.trackLabel = QLabel(QuestionDialog)
        self.trackLabel.setObjectName(u"trackLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.trackLabel)

        self.trackCombo = QComboBox(QuestionDialog)
        self.trackCombo.setObjectName(u"trackCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.trackCombo)

        self.guidanceLabel = QLabel(QuestionDialog)
        self.guidanceLabel.setObjectName(u"guidanceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.guidanceLabel)

        self.guidanceEdit = QPlainTextEdit(QuestionDialog)
        self.guidanceEdit.setObjectName(u"guidanceEdit")
        self.guidanceEdit.setTabChangesFocus(True)
        self.guidanceEdit.setMinimumSize(QSize(0, 80))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.guidanceEdit)

        self.anchorsTitle = QLabel(QuestionDialog)
        self.anchorsTitle.setObjectName(u"anchorsTitle")
        self.anchorsTitle.setWordWrap(True)
        self.anchorsTitle.setProperty(u"kind", u"hint")

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.anchorsTitle)

        self.anchor1Label = QLabel(QuestionDialog)
        self.anchor1Label.setObjectName(u"anchor1Label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.anchor1Label)

        self.anchor1Edit = QLineEdit(QuestionDialog)
        self.anchor1Edit.setObjectName(u"anchor1Edit")
        self.anchor1Edit.setMaxLength(200)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.anchor1Edit)

        self.anchor2Label = QLabel(QuestionDialog)
        self.anchor2Label.setObjectName(u"anchor2Label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.anchor2Label)

        self.anchor2Edit = QLineEdit(QuestionDialog)
        self.anchor2Edit.setObjectName(u"anchor2Edit")
        self.anchor2Edit.setMaxLength(200)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.anchor2Edit)

        self.anchor3Label = QLabel(QuestionDialog)
        self.anchor3Label.setObjectName(u"anchor3Label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.anchor3Label)

        self.anchor3Edit = QLineEdit(QuestionDialog)
        self.anchor3Edit.setObjectName(u"anchor3Edit")
        self.anchor3Edit.setMaxLength(200)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.anchor3Edit)

        self.anchor4Label = QLabel(QuestionDialog)
        self.anchor4Label.setObjectName(u"anchor4Label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.anchor4Label)

        self.anchor4Edit = QLineEdit(QuestionDialog)
        self.anchor4Edit.setObjectName(u"anchor4Edit")
        self.anchor4Edit.setMaxLength(200)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.anchor4Edit)

        self.anchorsError = QLabel(QuestionDialog)
        self.anchorsError.setObjectName(u"anchorsError")
        self.anchorsError.setText(u"")
        self.anchorsError.setWordWrap(True)
        self.anchorsError.setVisible(False)
        self.anchorsError.setProperty(u"kind", u"fieldError")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.anchorsError)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(QuestionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)
        self.messageLabel.setProperty(u"kind", u"fieldError")

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(QuestionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
        self.axisLabel.setBuddy(self.axisCombo)
        self.trackLabel.setBuddy(self.trackCombo)
        self.guidanceLabel.setBuddy(self.guidanceEdit)
        self.anchor1Label.setBuddy(self.anchor1Edit)
        self.anchor2Label.setBuddy(self.anchor2Edit)
        self.anchor3Label.setBuddy(self.anchor3Edit)
        self.anchor4Label.setBuddy(self.anchor4Edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textEdit, self.axisCombo)
        QWidget.setTabOrder(self.axisCombo, self.trackCombo)
        QWidget.setTabOrder(self.trackCombo, self.guidanceEdit)
        QWidget.setTabOrder(self.guidanceEdit, self.anchor1Edit)
        QWidget.setTabOrder(self.anchor1Edit, self.anchor2Edit)
        QWidget.setTabOrder(self.anchor2Edit, self.anchor3Edit)
        QWidget.setTabOrder(self.anchor3Edit, self.anchor4Edit)
        QWidget.setTabOrder(self.anchor4Edit, self.buttonBox)

        self.retranslateUi(QuestionDialog)
    # setupUi

    def retranslateUi(self, QuestionDialog):
        QuestionDialog.setWindowTitle(QCoreApplication.translate("QuestionDialog", u"Question", None))
        self.textLabel.setText(QCoreApplication.translate("QuestionDialog", u"&Question", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("QuestionDialog", u"The question as you would ask it", None))
        self.axisLabel.setText(QCoreApplication.translate("QuestionDialog", u"A&xis", None))
        self.trackLabel.setText(QCoreApplication.translate("QuestionDialog", u"&Track", None))
        self.guidanceLabel.setText(QCoreApplication.translate("QuestionDialog", u"&Guidance", None))
        self.guidanceEdit.setPlaceholderText(QCoreApplication.translate("QuestionDialog", u"What a strong answer shows, and a sign of a weak one", None))
        self.anchorsTitle.setText(QCoreApplication.translate("QuestionDialog", u"Anchors: what a 1, 2, 3 and 4 answer look like (shown while scoring; all four or none)", None))
        self.anchor1Label.setText(QCoreApplication.translate("QuestionDialog", u"&1 Strong no", None))
        self.anchor1Edit.setPlaceholderText(QCoreApplication.translate("QuestionDialog", u"What the candidate says or does for a 1 (Strong no)", None))
        self.anchor2Label.setText(QCoreApplication.translate("QuestionDialog", u"&2 No", None))
        self.anchor2Edit.setPlaceholderText(QCoreApplication.translate("QuestionDialog", u"What the candidate says or does for a 2 (No)", None))
        self.anchor3Label.setText(QCoreApplication.translate("QuestionDialog", u"&3 Yes", None))
        self.anchor3Edit.setPlaceholderText(QCoreApplication.translate("QuestionDialog", u"What the candidate says or does for a 3 (Yes)", None))
        self.anchor4Label.setText(QCoreApplication.translate("QuestionDialog", u"&4 Strong yes", None))
        self.anchor4Edit.setPlaceholderText(QCoreApplication.translate("QuestionDialog", u"What the candidate says or does for a 4 (Strong yes)", None))
    # retranslateUi

