# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'culture.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from hirefile.ui.common import DateEdit

class Ui_CultureDialog(object):
    def setupUi(self, CultureDialog):
        if not CultureDialog.objectName():
            CultureDialog.setObjectName(u"CultureDialog")
        CultureDialog.resize(920, 860)
        CultureDialog.setMinimumSize(QSize(800, 480))
        self.dialogLayout = QVBoxLayout(CultureDialog)
        self.dialogLayout.setSpacing(0)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(0, 0, 0, 0)
        self.headerBox = QWidget(CultureDialog)
        self.headerBox.setObjectName(u"headerBox")
        self.headerLayout = QVBoxLayout(self.headerBox)
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(24, 18, 24, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.headerRow.setContentsMargins(0, 0, 0, 0)
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLayout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel(self.headerBox)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"")
        self.headline.setWordWrap(True)
        self.headline.setProperty(u"kind", u"headline")

        self.titleLayout.addWidget(self.headline)

        self.subtitle = QLabel(self.headerBox)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setText(u"")
        self.subtitle.setWordWrap(True)
        self.subtitle.setProperty(u"kind", u"subtitle")

        self.titleLayout.addWidget(self.subtitle)


        self.headerRow.addLayout(self.titleLayout)

        self.statusChip = QLabel(self.headerBox)
        self.statusChip.setObjectName(u"statusChip")
        self.statusChip.setText(u"")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusChip.sizePolicy().hasHeightForWidth())
        self.statusChip.setSizePolicy(sizePolicy)

        self.headerRow.addWidget(self.statusChip)

        self.headerRow.setStretch(0, 1)

        self.headerLayout.addLayout(self.headerRow)


        self.dialogLayout.addWidget(self.headerBox)

        self.scroll = QScrollArea(CultureDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollHost = QWidget()
        self.scrollHost.setObjectName(u"scrollHost")
        self.scrollLayout = QVBoxLayout(self.scrollHost)
        self.scrollLayout.setSpacing(8)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.scrollLayout.setContentsMargins(24, 12, 24, 18)
        self.intro = QLabel(self.scrollHost)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"kind", u"hint")

        self.scrollLayout.addWidget(self.intro)

        self.ratingsError = QLabel(self.scrollHost)
        self.ratingsError.setObjectName(u"ratingsError")
        self.ratingsError.setText(u"")
        self.ratingsError.setWordWrap(True)
        self.ratingsError.setProperty(u"kind", u"fieldError")
        self.ratingsError.setVisible(False)

        self.scrollLayout.addWidget(self.ratingsError)

        self.dimensionsHost = QWidget(self.scrollHost)
        self.dimensionsHost.setObjectName(u"dimensionsHost")
        self.dimensionsHostLayout = QVBoxLayout(self.dimensionsHost)
        self.dimensionsHostLayout.setSpacing(10)
        self.dimensionsHostLayout.setObjectName(u"dimensionsHostLayout")
        self.dimensionsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.scrollLayout.addWidget(self.dimensionsHost)

        self.summaryTitle = QLabel(self.scrollHost)
        self.summaryTitle.setObjectName(u"summaryTitle")
        self.summaryTitle.setProperty(u"kind", u"sectionTitle")
        self.summaryTitle.setIndent(0)

        self.scrollLayout.addWidget(self.summaryTitle)

        self.summaryEdit = QPlainTextEdit(self.scrollHost)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMinimumSize(QSize(0, 56))
        self.summaryEdit.setMaximumSize(QSize(16777215, 88))

        self.scrollLayout.addWidget(self.summaryEdit)

        self.metaForm = QFormLayout()
        self.metaForm.setObjectName(u"metaForm")
        self.metaForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.metaForm.setHorizontalSpacing(14)
        self.metaForm.setVerticalSpacing(6)
        self.metaForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.assessorCaption = QLabel(self.scrollHost)
        self.assessorCaption.setObjectName(u"assessorCaption")

        self.metaForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assessorCaption)

        self.assessorLabel = QLabel(self.scrollHost)
        self.assessorLabel.setObjectName(u"assessorLabel")
        self.assessorLabel.setText(u"")
        self.assessorLabel.setProperty(u"kind", u"fieldTitle")

        self.metaForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assessorLabel)

        self.dateLabel = QLabel(self.scrollHost)
        self.dateLabel.setObjectName(u"dateLabel")

        self.metaForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(self.scrollHost)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setMaximumSize(QSize(180, 16777215))

        self.metaForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.scrollLayout.addLayout(self.metaForm)

        self.scrollSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scrollLayout.addItem(self.scrollSpacer)

        self.scroll.setWidget(self.scrollHost)

        self.dialogLayout.addWidget(self.scroll)

        self.footer = QFrame(CultureDialog)
        self.footer.setObjectName(u"footer")
        self.footerLayout = QHBoxLayout(self.footer)
        self.footerLayout.setSpacing(8)
        self.footerLayout.setObjectName(u"footerLayout")
        self.footerLayout.setContentsMargins(24, 10, 24, 10)
        self.messageLabel = QLabel(self.footer)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"kind", u"fieldError")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy1)

        self.footerLayout.addWidget(self.messageLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.cancelButton = QPushButton(self.footer)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setProperty(u"kind", u"tool")

        self.footerLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(self.footer)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"kind", u"primary")

        self.footerLayout.addWidget(self.saveButton)


        self.dialogLayout.addWidget(self.footer)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scroll, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveButton)

        self.retranslateUi(CultureDialog)
    # setupUi

    def retranslateUi(self, CultureDialog):
        CultureDialog.setWindowTitle(QCoreApplication.translate("CultureDialog", u"Culture assessment", None))
        self.intro.setText(QCoreApplication.translate("CultureDialog", u"Culture is where gut feeling creeps in. Rate only what you saw, and write the evidence for every rating: what the candidate said or did. Keys 1\u20134 rate, 0 leaves a dimension not assessed.", None))
        self.summaryTitle.setText(QCoreApplication.translate("CultureDialog", u"Summary", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("CultureDialog", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.assessorCaption.setText(QCoreApplication.translate("CultureDialog", u"Assessor", None))
        self.dateLabel.setText(QCoreApplication.translate("CultureDialog", u"Assessed &on", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("CultureDialog", u"d MMM yyyy", None))
        self.cancelButton.setText(QCoreApplication.translate("CultureDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("CultureDialog", u"&Save assessment", None))
    # retranslateUi

