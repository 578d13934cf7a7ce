# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'debrief.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QRadioButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_DebriefView(object):
    def setupUi(self, DebriefView):
        if not DebriefView.objectName():
            DebriefView.setObjectName(u"DebriefView")
        DebriefView.resize(1160, 820)
        self.viewLayout = QVBoxLayout(DebriefView)
        self.viewLayout.setSpacing(0)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(DebriefView)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollHost = QWidget()
        self.scrollHost.setObjectName(u"scrollHost")
        self.scrollLayout = QVBoxLayout(self.scrollHost)
        self.scrollLayout.setSpacing(10)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.scrollLayout.setContentsMargins(28, 20, 28, 20)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(24)
        self.headerRow.setObjectName(u"headerRow")
        self.headerRow.setContentsMargins(0, 0, 0, 0)
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(6)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLayout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel(self.scrollHost)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"")
        self.headline.setWordWrap(True)
        self.headline.setProperty(u"kind", u"pageTitle")

        self.titleLayout.addWidget(self.headline)

        self.subtitle = QLabel(self.scrollHost)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setText(u"")
        self.subtitle.setWordWrap(True)
        self.subtitle.setProperty(u"kind", u"subtitle")

        self.titleLayout.addWidget(self.subtitle)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setSpacing(8)
        self.actionsRow.setObjectName(u"actionsRow")
        self.actionsRow.setContentsMargins(0, 0, 0, 0)
        self.scorecardsButton = QPushButton(self.scrollHost)
        self.scorecardsButton.setObjectName(u"scorecardsButton")
        self.scorecardsButton.setProperty(u"kind", u"tool")

        self.actionsRow.addWidget(self.scorecardsButton)

        self.reviewButton = QPushButton(self.scrollHost)
        self.reviewButton.setObjectName(u"reviewButton")
        self.reviewButton.setProperty(u"kind", u"tool")

        self.actionsRow.addWidget(self.reviewButton)

        self.cultureButton = QPushButton(self.scrollHost)
        self.cultureButton.setObjectName(u"cultureButton")
        self.cultureButton.setProperty(u"kind", u"tool")

        self.actionsRow.addWidget(self.cultureButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)


        self.titleLayout.addLayout(self.actionsRow)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.titleLayout.addItem(self.titleSpacer)


        self.headerRow.addLayout(self.titleLayout)

        self.scoreCard = QFrame(self.scrollHost)
        self.scoreCard.setObjectName(u"scoreCard")
        self.scoreCard.setProperty(u"kind", u"scoreCard")
        self.scoreCard.setMinimumSize(QSize(260, 0))
        self.scoreLayout = QVBoxLayout(self.scoreCard)
        self.scoreLayout.setSpacing(2)
        self.scoreLayout.setObjectName(u"scoreLayout")
        self.scoreLayout.setContentsMargins(18, 12, 18, 12)
        self.scoreCaption = QLabel(self.scoreCard)
        self.scoreCaption.setObjectName(u"scoreCaption")
        self.scoreCaption.setProperty(u"kind", u"hint")

        self.scoreLayout.addWidget(self.scoreCaption)

        self.scoreLabel = QLabel(self.scoreCard)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setText(u"")
        self.scoreLabel.setProperty(u"kind", u"bigScore")

        self.scoreLayout.addWidget(self.scoreLabel)

        self.scoreHint = QLabel(self.scoreCard)
        self.scoreHint.setObjectName(u"scoreHint")
        self.scoreHint.setText(u"")
        self.scoreHint.setWordWrap(True)
        self.scoreHint.setProperty(u"kind", u"faint")

        self.scoreLayout.addWidget(self.scoreHint)


        self.headerRow.addWidget(self.scoreCard)


        self.scrollLayout.addLayout(self.headerRow)

        self.sealedBanner = QFrame(self.scrollHost)
        self.sealedBanner.setObjectName(u"sealedBanner")
        self.sealedBanner.setVisible(False)
        self.sealedLayout = QHBoxLayout(self.sealedBanner)
        self.sealedLayout.setSpacing(12)
        self.sealedLayout.setObjectName(u"sealedLayout")
        self.sealedLayout.setContentsMargins(12, 8, 12, 8)
        self.sealedText = QLabel(self.sealedBanner)
        self.sealedText.setObjectName(u"sealedText")
        self.sealedText.setText(u"")
        self.sealedText.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sealedText.sizePolicy().hasHeightForWidth())
        self.sealedText.setSizePolicy(sizePolicy)

        self.sealedLayout.addWidget(self.sealedText)

        self.revealButton = QPushButton(self.sealedBanner)
        self.revealButton.setObjectName(u"revealButton")
        self.revealButton.setProperty(u"kind", u"tool")

        self.sealedLayout.addWidget(self.revealButton)


        self.scrollLayout.addWidget(self.sealedBanner)

        self.gridTitle = QLabel(self.scrollHost)
        self.gridTitle.setObjectName(u"gridTitle")
        self.gridTitle.setProperty(u"kind", u"sectionTitle")
        self.gridTitle.setIndent(0)

        self.scrollLayout.addWidget(self.gridTitle)

        self.gridView = QTableView(self.scrollHost)
        self.gridView.setObjectName(u"gridView")
        self.gridView.setTabKeyNavigation(False)

        self.scrollLayout.addWidget(self.gridView)

        self.legendLabel = QLabel(self.scrollHost)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setText(u"")
        self.legendLabel.setWordWrap(True)
        self.legendLabel.setProperty(u"kind", u"hint")

        self.scrollLayout.addWidget(self.legendLabel)

        self.gapsLabel = QLabel(self.scrollHost)
        self.gapsLabel.setObjectName(u"gapsLabel")
        self.gapsLabel.setText(u"")
        self.gapsLabel.setWordWrap(True)

        self.scrollLayout.addWidget(self.gapsLabel)

        self.estimatesHeader = QHBoxLayout()
        self.estimatesHeader.setSpacing(8)
        self.estimatesHeader.setObjectName(u"estimatesHeader")
        self.estimatesTitle = QLabel(self.scrollHost)
        self.estimatesTitle.setObjectName(u"estimatesTitle")
        self.estimatesTitle.setProperty(u"kind", u"sectionTitle")
        self.estimatesTitle.setIndent(0)

        self.estimatesHeader.addWidget(self.estimatesTitle)

        self.estimatesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.estimatesHeader.addItem(self.estimatesSpacer)

        self.startButton = QPushButton(self.scrollHost)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setProperty(u"kind", u"tool")

        self.estimatesHeader.addWidget(self.startButton)

        self.reviseButton = QPushButton(self.scrollHost)
        self.reviseButton.setObjectName(u"reviseButton")
        self.reviseButton.setProperty(u"kind", u"tool")

        self.estimatesHeader.addWidget(self.reviseButton)


        self.scrollLayout.addLayout(self.estimatesHeader)

        self.estimatesHint = QLabel(self.scrollHost)
        self.estimatesHint.setObjectName(u"estimatesHint")
        self.estimatesHint.setText(u"")
        self.estimatesHint.setWordWrap(True)
        self.estimatesHint.setProperty(u"kind", u"hint")

        self.scrollLayout.addWidget(self.estimatesHint)

        self.estimatesHost = QWidget(self.scrollHost)
        self.estimatesHost.setObjectName(u"estimatesHost")
        self.estimatesHostLayout = QVBoxLayout(self.estimatesHost)
        self.estimatesHostLayout.setSpacing(6)
        self.estimatesHostLayout.setObjectName(u"estimatesHostLayout")
        self.estimatesHostLayout.setContentsMargins(0, 0, 0, 0)

        self.scrollLayout.addWidget(self.estimatesHost)

        self.columnsRow = QHBoxLayout()
        self.columnsRow.setSpacing(28)
        self.columnsRow.setObjectName(u"columnsRow")
        self.columnsRow.setContentsMargins(0, 0, 0, 0)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(8)
        self.leftColumn.setObjectName(u"leftColumn")
        self.leftColumn.setContentsMargins(0, 0, 0, 0)
        self.recommendationsTitle = QLabel(self.scrollHost)
        self.recommendationsTitle.setObjectName(u"recommendationsTitle")
        self.recommendationsTitle.setProperty(u"kind", u"sectionTitle")
        self.recommendationsTitle.setIndent(0)

        self.leftColumn.addWidget(self.recommendationsTitle)

        self.recommendationsHost = QWidget(self.scrollHost)
        self.recommendationsHost.setObjectName(u"recommendationsHost")
        self.recommendationsHostLayout = QVBoxLayout(self.recommendationsHost)
        self.recommendationsHostLayout.setSpacing(6)
        self.recommendationsHostLayout.setObjectName(u"recommendationsHostLayout")
        self.recommendationsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.leftColumn.addWidget(self.recommendationsHost)

        self.portfolioTitle = QLabel(self.scrollHost)
        self.portfolioTitle.setObjectName(u"portfolioTitle")
        self.portfolioTitle.setProperty(u"kind", u"sectionTitle")
        self.portfolioTitle.setIndent(0)

        self.leftColumn.addWidget(self.portfolioTitle)

        self.portfolioHost = QWidget(self.scrollHost)
        self.portfolioHost.setObjectName(u"portfolioHost")
        self.portfolioHostLayout = QVBoxLayout(self.portfolioHost)
        self.portfolioHostLayout.setSpacing(8)
        self.portfolioHostLayout.setObjectName(u"portfolioHostLayout")
        self.portfolioHostLayout.setContentsMargins(0, 0, 0, 0)

        self.leftColumn.addWidget(self.portfolioHost)

        self.cultureTitle = QLabel(self.scrollHost)
        self.cultureTitle.setObjectName(u"cultureTitle")
        self.cultureTitle.setProperty(u"kind", u"sectionTitle")
        self.cultureTitle.setIndent(0)

        self.leftColumn.addWidget(self.cultureTitle)

        self.cultureHost = QWidget(self.scrollHost)
        self.cultureHost.setObjectName(u"cultureHost")
        self.cultureHostLayout = QVBoxLayout(self.cultureHost)
        self.cultureHostLayout.setSpacing(8)
        self.cultureHostLayout.setObjectName(u"cultureHostLayout")
        self.cultureHostLayout.setContentsMargins(0, 0, 0, 0)

        self.leftColumn.addWidget(self.cultureHost)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columnsRow.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(8)
        self.rightColumn.setObjectName(u"rightColumn")
        self.rightColumn.setContentsMargins(0, 0, 0, 0)
        self.decideTitle = QLabel(self.scrollHost)
        self.decideTitle.setObjectName(u"decideTitle")
        self.decideTitle.setProperty(u"kind", u"sectionTitle")
        self.decideTitle.setIndent(0)

        self.rightColumn.addWidget(self.decideTitle)

        self.decideCard = QFrame(self.scrollHost)
        self.decideCard.setObjectName(u"decideCard")
        self.decideCard.setProperty(u"kind", u"card")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.decideCard.sizePolicy().hasHeightForWidth())
        self.decideCard.setSizePolicy(sizePolicy1)
        self.decideLayout = QVBoxLayout(self.decideCard)
        self.decideLayout.setSpacing(8)
        self.decideLayout.setObjectName(u"decideLayout")
        self.decideLayout.setContentsMargins(16, 12, 16, 12)
        self.choiceRow = QHBoxLayout()
        self.choiceRow.setSpacing(18)
        self.choiceRow.setObjectName(u"choiceRow")
        self.choiceRow.setContentsMargins(0, 0, 0, 0)
        self.advanceRadio = QRadioButton(self.decideCard)
        self.advanceRadio.setObjectName(u"advanceRadio")

        self.choiceRow.addWidget(self.advanceRadio)

        self.hireRadio = QRadioButton(self.decideCard)
        self.hireRadio.setObjectName(u"hireRadio")

        self.choiceRow.addWidget(self.hireRadio)

        self.rejectRadio = QRadioButton(self.decideCard)
        self.rejectRadio.setObjectName(u"rejectRadio")

        self.choiceRow.addWidget(self.rejectRadio)

        self.holdRadio = QRadioButton(self.decideCard)
        self.holdRadio.setObjectName(u"holdRadio")

        self.choiceRow.addWidget(self.holdRadio)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceRow.addItem(self.choiceSpacer)


        self.decideLayout.addLayout(self.choiceRow)

        self.choiceHint = QLabel(self.decideCard)
        self.choiceHint.setObjectName(u"choiceHint")
        self.choiceHint.setText(u"")
        self.choiceHint.setWordWrap(True)
        self.choiceHint.setProperty(u"kind", u"hint")
        self.choiceHint.setVisible(False)

        self.decideLayout.addWidget(self.choiceHint)

        self.rationaleEdit = QPlainTextEdit(self.decideCard)
        self.rationaleEdit.setObjectName(u"rationaleEdit")
        self.rationaleEdit.setTabChangesFocus(True)
        self.rationaleEdit.setMinimumSize(QSize(0, 64))
        self.rationaleEdit.setMaximumSize(QSize(16777215, 96))

        self.decideLayout.addWidget(self.rationaleEdit)

        self.rationaleError = QLabel(self.decideCard)
        self.rationaleError.setObjectName(u"rationaleError")
        self.rationaleError.setText(u"")
        self.rationaleError.setWordWrap(True)
        self.rationaleError.setProperty(u"kind", u"fieldError")
        self.rationaleError.setVisible(False)

        self.decideLayout.addWidget(self.rationaleError)

        self.decideRow = QHBoxLayout()
        self.decideRow.setSpacing(12)
        self.decideRow.setObjectName(u"decideRow")
        self.decideRow.setContentsMargins(0, 0, 0, 0)
        self.resultLabel = QLabel(self.decideCard)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setProperty(u"kind", u"notice")
        sizePolicy.setHeightForWidth(self.resultLabel.sizePolicy().hasHeightForWidth())
        self.resultLabel.setSizePolicy(sizePolicy)

        self.decideRow.addWidget(self.resultLabel)

        self.decideButton = QPushButton(self.decideCard)
        self.decideButton.setObjectName(u"decideButton")
        self.decideButton.setProperty(u"kind", u"primary")

        self.decideRow.addWidget(self.decideButton)


        self.decideLayout.addLayout(self.decideRow)


        self.rightColumn.addWidget(self.decideCard)

        self.decisionsTitle = QLabel(self.scrollHost)
        self.decisionsTitle.setObjectName(u"decisionsTitle")
        self.decisionsTitle.setProperty(u"kind", u"sectionTitle")
        self.decisionsTitle.setIndent(0)

        self.rightColumn.addWidget(self.decisionsTitle)

        self.decisionsHost = QWidget(self.scrollHost)
        self.decisionsHost.setObjectName(u"decisionsHost")
        self.decisionsHostLayout = QVBoxLayout(self.decisionsHost)
        self.decisionsHostLayout.setSpacing(8)
        self.decisionsHostLayout.setObjectName(u"decisionsHostLayout")
        self.decisionsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.rightColumn.addWidget(self.decisionsHost)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columnsRow.addLayout(self.rightColumn)

        self.columnsRow.setStretch(0, 1)
        self.columnsRow.setStretch(1, 1)

        self.scrollLayout.addLayout(self.columnsRow)

        self.scroll.setWidget(self.scrollHost)

        self.viewLayout.addWidget(self.scroll)

        QWidget.setTabOrder(self.scorecardsButton, self.reviewButton)
        QWidget.setTabOrder(self.reviewButton, self.cultureButton)
        QWidget.setTabOrder(self.cultureButton, self.revealButton)
        QWidget.setTabOrder(self.revealButton, self.gridView)
        QWidget.setTabOrder(self.gridView, self.advanceRadio)
        QWidget.setTabOrder(self.advanceRadio, self.hireRadio)
        QWidget.setTabOrder(self.hireRadio, self.rejectRadio)
        QWidget.setTabOrder(self.rejectRadio, self.holdRadio)
        QWidget.setTabOrder(self.holdRadio, self.rationaleEdit)
        QWidget.setTabOrder(self.rationaleEdit, self.decideButton)

        self.retranslateUi(DebriefView)
    # setupUi

    def retranslateUi(self, DebriefView):
        self.scorecardsButton.setText(QCoreApplication.translate("DebriefView", u"Score&cards\u2026", None))
        self.reviewButton.setText(QCoreApplication.translate("DebriefView", u"&Portfolio review\u2026", None))
        self.cultureButton.setText(QCoreApplication.translate("DebriefView", u"C&ulture assessment\u2026", None))
        self.scoreCaption.setText(QCoreApplication.translate("DebriefView", u"Weighted score", None))
        self.revealButton.setText(QCoreApplication.translate("DebriefView", u"&Reveal anyway\u2026", None))
        self.gridTitle.setText(QCoreApplication.translate("DebriefView", u"Scorecards side by side", None))
#if QT_CONFIG(accessibility)
        self.gridView.setAccessibleName(QCoreApplication.translate("DebriefView", u"Ratings by interviewer and axis", None))
#endif // QT_CONFIG(accessibility)
        self.estimatesTitle.setText(QCoreApplication.translate("DebriefView", u"Before and after the discussion", None))
        self.startButton.setText(QCoreApplication.translate("DebriefView", u"S&tart Discussion", None))
#if QT_CONFIG(tooltip)
        self.startButton.setToolTip(QCoreApplication.translate("DebriefView", u"Keep everyone's scores from their submitted scorecards as they are before you talk, and show them side by side", None))
#endif // QT_CONFIG(tooltip)
        self.reviseButton.setText(QCoreApplication.translate("DebriefView", u"Re&vise My Score\u2026", None))
#if QT_CONFIG(tooltip)
        self.reviseButton.setToolTip(QCoreApplication.translate("DebriefView", u"After the discussion: your new score per axis and overall, with what changed your mind", None))
#endif // QT_CONFIG(tooltip)
        self.recommendationsTitle.setText(QCoreApplication.translate("DebriefView", u"Recommendations", None))
        self.portfolioTitle.setText(QCoreApplication.translate("DebriefView", u"Portfolio review", None))
        self.cultureTitle.setText(QCoreApplication.translate("DebriefView", u"Culture and collaboration", None))
        self.decideTitle.setText(QCoreApplication.translate("DebriefView", u"Decision", None))
        self.advanceRadio.setText(QCoreApplication.translate("DebriefView", u"&Advance", None))
        self.hireRadio.setText(QCoreApplication.translate("DebriefView", u"&Hire", None))
        self.rejectRadio.setText(QCoreApplication.translate("DebriefView", u"Re&ject", None))
        self.holdRadio.setText(QCoreApplication.translate("DebriefView", u"H&old", None))
        self.rationaleEdit.setPlaceholderText(QCoreApplication.translate("DebriefView", u"Why: the evidence that decided it (needed to revisit it later)", None))
#if QT_CONFIG(accessibility)
        self.rationaleEdit.setAccessibleName(QCoreApplication.translate("DebriefView", u"Rationale", None))
#endif // QT_CONFIG(accessibility)
        self.decideButton.setText(QCoreApplication.translate("DebriefView", u"Record &decision", None))
        self.decisionsTitle.setText(QCoreApplication.translate("DebriefView", u"Decisions so far", None))
        pass
    # retranslateUi

