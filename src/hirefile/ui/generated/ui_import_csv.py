# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_csv.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ImportCsvDialog(object):
    def setupUi(self, ImportCsvDialog):
        if not ImportCsvDialog.objectName():
            ImportCsvDialog.setObjectName(u"ImportCsvDialog")
        ImportCsvDialog.resize(1060, 720)
        self.dialogLayout = QVBoxLayout(ImportCsvDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 18, 22, 16)
        self.headline = QLabel(ImportCsvDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)

        self.dialogLayout.addWidget(self.headline)

        self.introLabel = QLabel(ImportCsvDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setSpacing(8)
        self.fileRow.setObjectName(u"fileRow")
        self.fileRow.setContentsMargins(0, 0, 0, 0)
        self.fileLabel = QLabel(ImportCsvDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(ImportCsvDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(ImportCsvDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)

        self.encodingLabel = QLabel(ImportCsvDialog)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.fileRow.addWidget(self.encodingLabel)

        self.encodingCombo = QComboBox(ImportCsvDialog)
        self.encodingCombo.setObjectName(u"encodingCombo")
        self.encodingCombo.setMaximumSize(QSize(260, 16777215))

        self.fileRow.addWidget(self.encodingCombo)


        self.dialogLayout.addLayout(self.fileRow)

        self.fileInfoLabel = QLabel(ImportCsvDialog)
        self.fileInfoLabel.setObjectName(u"fileInfoLabel")
        self.fileInfoLabel.setText(u"")

        self.dialogLayout.addWidget(self.fileInfoLabel)

        self.problemFrame = QFrame(ImportCsvDialog)
        self.problemFrame.setObjectName(u"problemFrame")
        self.problemLayout = QHBoxLayout(self.problemFrame)
        self.problemLayout.setSpacing(8)
        self.problemLayout.setObjectName(u"problemLayout")
        self.problemLayout.setContentsMargins(12, 8, 12, 8)
        self.problemLabel = QLabel(self.problemFrame)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.problemLayout.addWidget(self.problemLabel)


        self.dialogLayout.addWidget(self.problemFrame)

        self.steps = QStackedWidget(ImportCsvDialog)
        self.steps.setObjectName(u"steps")
        self.startPage = QWidget()
        self.startPage.setObjectName(u"startPage")
        self.startLayout = QVBoxLayout(self.startPage)
        self.startLayout.setSpacing(2)
        self.startLayout.setObjectName(u"startLayout")
        self.startLayout.setContentsMargins(0, 0, 0, 0)
        self.startTop = QSpacerItem(0, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.startLayout.addItem(self.startTop)

        self.startLabel = QLabel(self.startPage)
        self.startLabel.setObjectName(u"startLabel")
        self.startLabel.setWordWrap(True)
        self.startLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.startLayout.addWidget(self.startLabel)

        self.startBottom = QSpacerItem(0, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.startLayout.addItem(self.startBottom)

        self.steps.addWidget(self.startPage)
        self.setupPage = QWidget()
        self.setupPage.setObjectName(u"setupPage")
        self.setupLayout = QVBoxLayout(self.setupPage)
        self.setupLayout.setSpacing(10)
        self.setupLayout.setObjectName(u"setupLayout")
        self.setupLayout.setContentsMargins(0, 0, 0, 0)
        self.warningBanner = QFrame(self.setupPage)
        self.warningBanner.setObjectName(u"warningBanner")
        self.fileProblemsLayout = QVBoxLayout(self.warningBanner)
        self.fileProblemsLayout.setSpacing(6)
        self.fileProblemsLayout.setObjectName(u"fileProblemsLayout")
        self.fileProblemsLayout.setContentsMargins(12, 8, 12, 8)
        self.fileProblemsTitle = QLabel(self.warningBanner)
        self.fileProblemsTitle.setObjectName(u"fileProblemsTitle")
        self.fileProblemsTitle.setText(u"")
        self.fileProblemsTitle.setWordWrap(True)
        self.fileProblemsTitle.setTextFormat(Qt.TextFormat.PlainText)

        self.fileProblemsLayout.addWidget(self.fileProblemsTitle)

        self.fileProblemsList = QListWidget(self.warningBanner)
        self.fileProblemsList.setObjectName(u"fileProblemsList")
        self.fileProblemsList.setMaximumSize(QSize(16777215, 96))

        self.fileProblemsLayout.addWidget(self.fileProblemsList)

        self.importAnywayCheck = QCheckBox(self.warningBanner)
        self.importAnywayCheck.setObjectName(u"importAnywayCheck")

        self.fileProblemsLayout.addWidget(self.importAnywayCheck)


        self.setupLayout.addWidget(self.warningBanner)

        self.setupSplitter = QSplitter(self.setupPage)
        self.setupSplitter.setObjectName(u"setupSplitter")
        self.setupSplitter.setOrientation(Qt.Orientation.Vertical)
        self.setupSplitter.setChildrenCollapsible(False)
        self.mappingBox = QWidget(self.setupSplitter)
        self.mappingBox.setObjectName(u"mappingBox")
        self.mappingLayout = QVBoxLayout(self.mappingBox)
        self.mappingLayout.setSpacing(4)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingLayout.setContentsMargins(0, 0, 0, 6)
        self.mappingTitle = QLabel(self.mappingBox)
        self.mappingTitle.setObjectName(u"mappingTitle")

        self.mappingLayout.addWidget(self.mappingTitle)

        self.mappingHint = QLabel(self.mappingBox)
        self.mappingHint.setObjectName(u"mappingHint")
        self.mappingHint.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingHint)

        self.mappingTable = QTableView(self.mappingBox)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setTabKeyNavigation(False)

        self.mappingLayout.addWidget(self.mappingTable)

        self.setupSplitter.addWidget(self.mappingBox)
        self.previewBox = QWidget(self.setupSplitter)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setSpacing(4)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 6, 0, 0)
        self.previewTitle = QLabel(self.previewBox)
        self.previewTitle.setObjectName(u"previewTitle")

        self.previewLayout.addWidget(self.previewTitle)

        self.previewHint = QLabel(self.previewBox)
        self.previewHint.setObjectName(u"previewHint")
        self.previewHint.setWordWrap(True)

        self.previewLayout.addWidget(self.previewHint)

        self.previewBar = QHBoxLayout()
        self.previewBar.setSpacing(12)
        self.previewBar.setObjectName(u"previewBar")
        self.toCheckOnly = QCheckBox(self.previewBox)
        self.toCheckOnly.setObjectName(u"toCheckOnly")

        self.previewBar.addWidget(self.toCheckOnly)

        self.summaryLabel = QLabel(self.previewBox)
        self.summaryLabel.setObjectName(u"summaryLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)
        self.summaryLabel.setText(u"")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.summaryLabel.setWordWrap(True)

        self.previewBar.addWidget(self.summaryLabel)


        self.previewLayout.addLayout(self.previewBar)

        self.previewTable = QTableView(self.previewBox)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setTabKeyNavigation(False)

        self.previewLayout.addWidget(self.previewTable)

        self.setupSplitter.addWidget(self.previewBox)

        self.setupLayout.addWidget(self.setupSplitter)

        self.roleRow = QHBoxLayout()
        self.roleRow.setSpacing(8)
        self.roleRow.setObjectName(u"roleRow")
        self.roleRow.setContentsMargins(0, 0, 0, 0)
        self.roleLabel = QLabel(self.setupPage)
        self.roleLabel.setObjectName(u"roleLabel")

        self.roleRow.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(self.setupPage)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setMinimumSize(QSize(260, 0))

        self.roleRow.addWidget(self.roleCombo)

        self.roleSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roleRow.addItem(self.roleSpacer)


        self.setupLayout.addLayout(self.roleRow)

        self.steps.addWidget(self.setupPage)
        self.reportPage = QWidget()
        self.reportPage.setObjectName(u"reportPage")
        self.reportLayout = QVBoxLayout(self.reportPage)
        self.reportLayout.setSpacing(10)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportLayout.setContentsMargins(0, 6, 0, 0)
        self.reportTitle = QLabel(self.reportPage)
        self.reportTitle.setObjectName(u"reportTitle")
        self.reportTitle.setText(u"")
        self.reportTitle.setWordWrap(True)
        self.reportTitle.setTextFormat(Qt.TextFormat.PlainText)

        self.reportLayout.addWidget(self.reportTitle)

        self.countsRow = QHBoxLayout()
        self.countsRow.setSpacing(40)
        self.countsRow.setObjectName(u"countsRow")
        self.countsRow.setContentsMargins(0, 0, 0, 0)
        self.importedBox = QVBoxLayout()
        self.importedBox.setSpacing(0)
        self.importedBox.setObjectName(u"importedBox")
        self.importedBox.setContentsMargins(0, 0, 0, 0)
        self.importedCount = QLabel(self.reportPage)
        self.importedCount.setObjectName(u"importedCount")
        self.importedCount.setText(u"0")

        self.importedBox.addWidget(self.importedCount)

        self.importedCaption = QLabel(self.reportPage)
        self.importedCaption.setObjectName(u"importedCaption")

        self.importedBox.addWidget(self.importedCaption)


        self.countsRow.addLayout(self.importedBox)

        self.duplicateBox = QVBoxLayout()
        self.duplicateBox.setSpacing(0)
        self.duplicateBox.setObjectName(u"duplicateBox")
        self.duplicateBox.setContentsMargins(0, 0, 0, 0)
        self.duplicateCount = QLabel(self.reportPage)
        self.duplicateCount.setObjectName(u"duplicateCount")
        self.duplicateCount.setText(u"0")

        self.duplicateBox.addWidget(self.duplicateCount)

        self.duplicateCaption = QLabel(self.reportPage)
        self.duplicateCaption.setObjectName(u"duplicateCaption")

        self.duplicateBox.addWidget(self.duplicateCaption)


        self.countsRow.addLayout(self.duplicateBox)

        self.skippedBox = QVBoxLayout()
        self.skippedBox.setSpacing(0)
        self.skippedBox.setObjectName(u"skippedBox")
        self.skippedBox.setContentsMargins(0, 0, 0, 0)
        self.skippedCount = QLabel(self.reportPage)
        self.skippedCount.setObjectName(u"skippedCount")
        self.skippedCount.setText(u"0")

        self.skippedBox.addWidget(self.skippedCount)

        self.skippedCaption = QLabel(self.reportPage)
        self.skippedCaption.setObjectName(u"skippedCaption")

        self.skippedBox.addWidget(self.skippedCaption)


        self.countsRow.addLayout(self.skippedBox)

        self.countsSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countsRow.addItem(self.countsSpacer)


        self.reportLayout.addLayout(self.countsRow)

        self.reasonsLabel = QLabel(self.reportPage)
        self.reasonsLabel.setObjectName(u"reasonsLabel")

        self.reportLayout.addWidget(self.reasonsLabel)

        self.reportText = QPlainTextEdit(self.reportPage)
        self.reportText.setObjectName(u"reportText")
        self.reportText.setTabChangesFocus(True)
        self.reportText.setReadOnly(True)
        self.reportText.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.reportLayout.addWidget(self.reportText)

        self.steps.addWidget(self.reportPage)

        self.dialogLayout.addWidget(self.steps)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonRow.setContentsMargins(0, 0, 0, 0)
        self.buttonSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ImportCsvDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.importButton = QPushButton(ImportCsvDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setProperty(u"primary", True)
        self.importButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.importButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.encodingLabel.setBuddy(self.encodingCombo)
        self.mappingTitle.setBuddy(self.mappingTable)
        self.previewTitle.setBuddy(self.previewTable)
        self.roleLabel.setBuddy(self.roleCombo)
        self.reasonsLabel.setBuddy(self.reportText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseButton, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.mappingTable)
        QWidget.setTabOrder(self.mappingTable, self.toCheckOnly)
        QWidget.setTabOrder(self.toCheckOnly, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.reportText)
        QWidget.setTabOrder(self.reportText, self.importButton)
        QWidget.setTabOrder(self.importButton, self.cancelButton)

        self.retranslateUi(ImportCsvDialog)
    # setupUi

    def retranslateUi(self, ImportCsvDialog):
        ImportCsvDialog.setWindowTitle(QCoreApplication.translate("ImportCsvDialog", u"Import CSV", None))
        self.headline.setText(QCoreApplication.translate("ImportCsvDialog", u"Import candidates from a CSV file", None))
        self.introLabel.setText(QCoreApplication.translate("ImportCsvDialog", u"Nothing is added until you press Import. People already in the file (same e-mail, phone or profile) are not added twice.", None))
        self.introLabel.setProperty(u"kind", QCoreApplication.translate("ImportCsvDialog", u"hint", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportCsvDialog", u"&File", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportCsvDialog", u"No file chosen", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportCsvDialog", u"&Choose File\u2026", None))
        self.encodingLabel.setText(QCoreApplication.translate("ImportCsvDialog", u"Read &as", None))
#if QT_CONFIG(accessibility)
        self.encodingCombo.setAccessibleName(QCoreApplication.translate("ImportCsvDialog", u"Encoding of the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.encodingCombo.setToolTip(QCoreApplication.translate("ImportCsvDialog", u"How the file's letters are stored. Hirefile recognises UTF-8, UTF-16 and Windows-1252; choose another when names look garbled in the preview.", None))
#endif // QT_CONFIG(tooltip)
        self.fileInfoLabel.setProperty(u"kind", QCoreApplication.translate("ImportCsvDialog", u"hint", None))
        self.startLabel.setText(QCoreApplication.translate("ImportCsvDialog", u"Choose a CSV file to see its columns and a preview.\n"
"Exports from spreadsheets, LinkedIn, Greenhouse, Lever, Workable and Ashby work as they are: UTF-8 or Excel encodings, comma, semicolon or tab separators.", None))
        self.startLabel.setProperty(u"kind", QCoreApplication.translate("ImportCsvDialog", u"hint", None))
#if QT_CONFIG(accessibility)
        self.fileProblemsList.setAccessibleName(QCoreApplication.translate("ImportCsvDialog", u"Problems in the file", None))
#endif // QT_CONFIG(accessibility)
        self.importAnywayCheck.setText(QCoreApplication.translate("ImportCsvDialog", u"Import the file &anyway, as it reads now", None))
        self.mappingTitle.setText(QCoreApplication.translate("ImportCsvDialog", u"&Columns", None))
        self.mappingTitle.setProperty(u"kind", QCoreApplication.translate("ImportCsvDialog", u"sectionTitle", None))
        self.mappingHint.setText(QCoreApplication.translate("ImportCsvDialog", u"What each column of the file holds. Hirefile guessed from the headers; change any that are wrong (F2 or click).", None))
        self.mappingHint.setProperty(u"kind", QCoreApplication.translate("ImportCsvDialog", u"hint", None))
#if QT_CONFIG(accessibility)
        self.mappingTable.setAccessibleName(QCoreApplication.translate("ImportCsvDialog", u"Column mapping", None))
#endif // QT_CONFIG(accessibility)
        self.previewTitle.setText(QCoreApplication.translate("ImportCsvDialog", u"&Preview", None))
        self.previewTitle.setProperty(u"kind", QCoreApplication.translate("ImportCsvDialog", u"sectionTitle", None))
        self.previewHint.setText(QCoreApplication.translate("ImportCsvDialog", u"Every row as it will be imported. Rows with problems (in red) are skipped. A row for someone already in the file, or maybe in it (a similar name), says who: choose in its Choice column (or right-click several rows) to skip it, import it as a new person, or add what it brings to the person already here.", None))
        self.previewHint.setProperty(u"kind", QCoreApplication.translate("ImportCsvDialog", u"hint", None))
        self.toCheckOnly.setText(QCoreApplication.translate("ImportCsvDialog", u"&Only rows to check", None))
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("ImportCsvDialog", u"Preview", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("ImportCsvDialog", u"Put everyone in &role", None))
        self.reportTitle.setProperty(u"kind", QCoreApplication.translate("ImportCsvDialog", u"sectionTitle", None))
        self.importedCount.setProperty(u"kind", QCoreApplication.translate("ImportCsvDialog", u"bigNumber", None))
        self.importedCaption.setText(QCoreApplication.translate("ImportCsvDialog", u"imported", None))
        self.importedCaption.setProperty(u"kind", QCoreApplication.translate("ImportCsvDialog", u"hint", None))
        self.duplicateCount.setProperty(u"kind", QCoreApplication.translate("ImportCsvDialog", u"bigNumber", None))
        self.duplicateCaption.setText(QCoreApplication.translate("ImportCsvDialog", u"already here", None))
        self.duplicateCaption.setProperty(u"kind", QCoreApplication.translate("ImportCsvDialog", u"hint", None))
        self.skippedCount.setProperty(u"kind", QCoreApplication.translate("ImportCsvDialog", u"bigNumber", None))
        self.skippedCaption.setText(QCoreApplication.translate("ImportCsvDialog", u"skipped", None))
        self.skippedCaption.setProperty(u"kind", QCoreApplication.translate("ImportCsvDialog", u"hint", None))
        self.reasonsLabel.setText(QCoreApplication.translate("ImportCsvDialog", u"&Line by line", None))
        self.reasonsLabel.setProperty(u"kind", QCoreApplication.translate("ImportCsvDialog", u"sectionTitle", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportCsvDialog", u"Cancel", None))
        self.importButton.setText(QCoreApplication.translate("ImportCsvDialog", u"&Import", None))
    # retranslateUi

