# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review.ui'
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

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(920, 860)
        ReviewDialog.setMinimumSize(QSize(800, 480))
        self.dialogLayout = QVBoxLayout(ReviewDialog)
        self.dialogLayout.setSpacing(0)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(0, 0, 0, 0)
        self.headerBox = QWidget(ReviewDialog)
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

        self.scroll = QScrollArea(ReviewDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollHost = QWidget()
        self.scrollHost.setObjectName(u"scrollHost")
        self.scrollLayout = QVBoxLayout(self.scrollHost)
        self.scrollLayout.setSpacing(8)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.scrollLayout.setContentsMargins(24, 12, 24, 18)
        self.urlsTitle = QLabel(self.scrollHost)
        self.urlsTitle.setObjectName(u"urlsTitle")
        self.urlsTitle.setProperty(u"kind", u"sectionTitle")
        self.urlsTitle.setIndent(0)

        self.scrollLayout.addWidget(self.urlsTitle)

        self.urlsHint = QLabel(self.scrollHost)
        self.urlsHint.setObjectName(u"urlsHint")
        self.urlsHint.setWordWrap(True)
        self.urlsHint.setProperty(u"kind", u"hint")

        self.scrollLayout.addWidget(self.urlsHint)

        self.urlsHost = QWidget(self.scrollHost)
        self.urlsHost.setObjectName(u"urlsHost")
        self.urlsHostLayout = QVBoxLayout(self.urlsHost)
        self.urlsHostLayout.setSpacing(6)
        self.urlsHostLayout.setObjectName(u"urlsHostLayout")
        self.urlsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.scrollLayout.addWidget(self.urlsHost)

        self.addUrlRow = QHBoxLayout()
        self.addUrlRow.setSpacing(8)
        self.addUrlRow.setObjectName(u"addUrlRow")
        self.addUrlRow.setContentsMargins(0, 0, 0, 0)
        self.addUrlButton = QPushButton(self.scrollHost)
        self.addUrlButton.setObjectName(u"addUrlButton")
        self.addUrlButton.setProperty(u"kind", u"tool")

        self.addUrlRow.addWidget(self.addUrlButton)

        self.addUrlSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addUrlRow.addItem(self.addUrlSpacer)


        self.scrollLayout.addLayout(self.addUrlRow)

        self.urlsError = QLabel(self.scrollHost)
        self.urlsError.setObjectName(u"urlsError")
        self.urlsError.setText(u"")
        self.urlsError.setWordWrap(True)
        self.urlsError.setProperty(u"kind", u"fieldError")
        self.urlsError.setVisible(False)

        self.scrollLayout.addWidget(self.urlsError)

        self.lookedTitle = QLabel(self.scrollHost)
        self.lookedTitle.setObjectName(u"lookedTitle")
        self.lookedTitle.setProperty(u"kind", u"sectionTitle")
        self.lookedTitle.setIndent(0)

        self.scrollLayout.addWidget(self.lookedTitle)

        self.lookedEdit = QPlainTextEdit(self.scrollHost)
        self.lookedEdit.setObjectName(u"lookedEdit")
        self.lookedEdit.setTabChangesFocus(True)
        self.lookedEdit.setMinimumSize(QSize(0, 52))
        self.lookedEdit.setMaximumSize(QSize(16777215, 72))

        self.scrollLayout.addWidget(self.lookedEdit)

        self.checksTitle = QLabel(self.scrollHost)
        self.checksTitle.setObjectName(u"checksTitle")
        self.checksTitle.setProperty(u"kind", u"sectionTitle")
        self.checksTitle.setIndent(0)

        self.scrollLayout.addWidget(self.checksTitle)

        self.checksHint = QLabel(self.scrollHost)
        self.checksHint.setObjectName(u"checksHint")
        self.checksHint.setWordWrap(True)
        self.checksHint.setProperty(u"kind", u"hint")

        self.scrollLayout.addWidget(self.checksHint)

        self.checksHost = QWidget(self.scrollHost)
        self.checksHost.setObjectName(u"checksHost")
        self.checksHostLayout = QVBoxLayout(self.checksHost)
        self.checksHostLayout.setSpacing(6)
        self.checksHostLayout.setObjectName(u"checksHostLayout")
        self.checksHostLayout.setContentsMargins(0, 0, 0, 0)

        self.scrollLayout.addWidget(self.checksHost)

        self.ratingTitle = QLabel(self.scrollHost)
        self.ratingTitle.setObjectName(u"ratingTitle")
        self.ratingTitle.setProperty(u"kind", u"sectionTitle")
        self.ratingTitle.setIndent(0)

        self.scrollLayout.addWidget(self.ratingTitle)

        self.ratingHost = QWidget(self.scrollHost)
        self.ratingHost.setObjectName(u"ratingHost")
        self.ratingHostLayout = QVBoxLayout(self.ratingHost)
        self.ratingHostLayout.setSpacing(4)
        self.ratingHostLayout.setObjectName(u"ratingHostLayout")
        self.ratingHostLayout.setContentsMargins(0, 0, 0, 0)

        self.scrollLayout.addWidget(self.ratingHost)

        self.ratingError = QLabel(self.scrollHost)
        self.ratingError.setObjectName(u"ratingError")
        self.ratingError.setText(u"")
        self.ratingError.setWordWrap(True)
        self.ratingError.setProperty(u"kind", u"fieldError")
        self.ratingError.setVisible(False)

        self.scrollLayout.addWidget(self.ratingError)

        self.notesTitle = QLabel(self.scrollHost)
        self.notesTitle.setObjectName(u"notesTitle")
        self.notesTitle.setProperty(u"kind", u"sectionTitle")
        self.notesTitle.setIndent(0)

        self.scrollLayout.addWidget(self.notesTitle)

        self.notesEdit = QPlainTextEdit(self.scrollHost)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 56))
        self.notesEdit.setMaximumSize(QSize(16777215, 88))

        self.scrollLayout.addWidget(self.notesEdit)

        self.metaForm = QFormLayout()
        self.metaForm.setObjectName(u"metaForm")
        self.metaForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.metaForm.setHorizontalSpacing(14)
        self.metaForm.setVerticalSpacing(6)
        self.metaForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reviewerCaption = QLabel(self.scrollHost)
        self.reviewerCaption.setObjectName(u"reviewerCaption")

        self.metaForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reviewerCaption)

        self.reviewerLabel = QLabel(self.scrollHost)
        self.reviewerLabel.setObjectName(u"reviewerLabel")
        self.reviewerLabel.setText(u"")
        self.reviewerLabel.setProperty(u"kind", u"fieldTitle")

        self.metaForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reviewerLabel)

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

        self.footer = QFrame(ReviewDialog)
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
        QWidget.setTabOrder(self.scroll, self.addUrlButton)
        QWidget.setTabOrder(self.addUrlButton, self.lookedEdit)
        QWidget.setTabOrder(self.lookedEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveButton)

        self.retranslateUi(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Portfolio review", None))
        self.urlsTitle.setText(QCoreApplication.translate("ReviewDialog", u"What you reviewed", None))
        self.urlsHint.setText(QCoreApplication.translate("ReviewDialog", u"Links to the work (a repository, a paper, a notebook), with the commit or version you read, so others can see the same thing.", None))
        self.addUrlButton.setText(QCoreApplication.translate("ReviewDialog", u"+ Add &link", None))
        self.lookedTitle.setText(QCoreApplication.translate("ReviewDialog", u"What you looked at", None))
        self.lookedEdit.setPlaceholderText(QCoreApplication.translate("ReviewDialog", u"e.g. the training loop, the tests, the README", None))
#if QT_CONFIG(accessibility)
        self.lookedEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"What you looked at", None))
#endif // QT_CONFIG(accessibility)
        self.checksTitle.setText(QCoreApplication.translate("ReviewDialog", u"Checklist", None))
        self.checksHint.setText(QCoreApplication.translate("ReviewDialog", u"Pass, partial, fail or n.a. for each item (keys P, A, F, N), with a note where it helps.", None))
        self.ratingTitle.setText(QCoreApplication.translate("ReviewDialog", u"Overall rating", None))
        self.notesTitle.setText(QCoreApplication.translate("ReviewDialog", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.reviewerCaption.setText(QCoreApplication.translate("ReviewDialog", u"Reviewer", None))
        self.dateLabel.setText(QCoreApplication.translate("ReviewDialog", u"Reviewed &on", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ReviewDialog", u"d MMM yyyy", None))
        self.cancelButton.setText(QCoreApplication.translate("ReviewDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("ReviewDialog", u"&Save review", None))
    # retranslateUi

