# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from hirefile.ui.roles.bars import WeightBars

class Ui_TemplateDialog(object):
    def setupUi(self, TemplateDialog):
        if not TemplateDialog.objectName():
            TemplateDialog.setObjectName(u"TemplateDialog")
        TemplateDialog.resize(980, 700)
        TemplateDialog.setMinimumSize(QSize(760, 520))
        self.dialogLayout = QVBoxLayout(TemplateDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 20, 24, 16)
        self.headline = QLabel(TemplateDialog)
        self.headline.setObjectName(u"headline")

        self.dialogLayout.addWidget(self.headline)

        self.intro = QLabel(TemplateDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"kind", u"hint")

        self.dialogLayout.addWidget(self.intro)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(14)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setSpacing(6)
        self.listLayout.setObjectName(u"listLayout")
        self.templatesLabel = QLabel(TemplateDialog)
        self.templatesLabel.setObjectName(u"templatesLabel")

        self.listLayout.addWidget(self.templatesLabel)

        self.templateList = QListWidget(TemplateDialog)
        self.templateList.setObjectName(u"templateList")
        self.templateList.setMinimumSize(QSize(230, 0))
        self.templateList.setMaximumSize(QSize(260, 16777215))

        self.listLayout.addWidget(self.templateList)


        self.bodyLayout.addLayout(self.listLayout)

        self.detailArea = QScrollArea(TemplateDialog)
        self.detailArea.setObjectName(u"detailArea")
        self.detailArea.setWidgetResizable(True)
        self.detailContents = QWidget()
        self.detailContents.setObjectName(u"detailContents")
        self.detailLayout = QVBoxLayout(self.detailContents)
        self.detailLayout.setSpacing(6)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(20, 12, 20, 12)
        self.nameLabel = QLabel(self.detailContents)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")
        self.nameLabel.setWordWrap(True)
        self.nameLabel.setProperty(u"kind", u"detailTitle")

        self.detailLayout.addWidget(self.nameLabel)

        self.metaLabel = QLabel(self.detailContents)
        self.metaLabel.setObjectName(u"metaLabel")
        self.metaLabel.setText(u"")
        self.metaLabel.setWordWrap(True)
        self.metaLabel.setProperty(u"kind", u"hint")

        self.detailLayout.addWidget(self.metaLabel)

        self.summaryLabel = QLabel(self.detailContents)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.summaryLabel)

        self.stagesLabel = QLabel(self.detailContents)
        self.stagesLabel.setObjectName(u"stagesLabel")
        self.stagesLabel.setText(u"")
        self.stagesLabel.setWordWrap(True)
        self.stagesLabel.setTextFormat(Qt.TextFormat.RichText)

        self.detailLayout.addWidget(self.stagesLabel)

        self.stageNoteLabel = QLabel(self.detailContents)
        self.stageNoteLabel.setObjectName(u"stageNoteLabel")
        self.stageNoteLabel.setText(u"")
        self.stageNoteLabel.setWordWrap(True)
        self.stageNoteLabel.setProperty(u"kind", u"hint")

        self.detailLayout.addWidget(self.stageNoteLabel)

        self.mustHeading = QLabel(self.detailContents)
        self.mustHeading.setObjectName(u"mustHeading")
        self.mustHeading.setProperty(u"kind", u"sectionTitle")

        self.detailLayout.addWidget(self.mustHeading)

        self.mustLabel = QLabel(self.detailContents)
        self.mustLabel.setObjectName(u"mustLabel")
        self.mustLabel.setText(u"")
        self.mustLabel.setWordWrap(True)
        self.mustLabel.setTextFormat(Qt.TextFormat.RichText)

        self.detailLayout.addWidget(self.mustLabel)

        self.weightsHeading = QLabel(self.detailContents)
        self.weightsHeading.setObjectName(u"weightsHeading")
        self.weightsHeading.setProperty(u"kind", u"sectionTitle")

        self.detailLayout.addWidget(self.weightsHeading)

        self.weightBars = WeightBars(self.detailContents)
        self.weightBars.setObjectName(u"weightBars")

        self.detailLayout.addWidget(self.weightBars)

        self.loopHeading = QLabel(self.detailContents)
        self.loopHeading.setObjectName(u"loopHeading")
        self.loopHeading.setText(u"")
        self.loopHeading.setProperty(u"kind", u"sectionTitle")

        self.detailLayout.addWidget(self.loopHeading)

        self.loopLabel = QLabel(self.detailContents)
        self.loopLabel.setObjectName(u"loopLabel")
        self.loopLabel.setText(u"")
        self.loopLabel.setWordWrap(True)
        self.loopLabel.setTextFormat(Qt.TextFormat.RichText)

        self.detailLayout.addWidget(self.loopLabel)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.detailArea.setWidget(self.detailContents)

        self.bodyLayout.addWidget(self.detailArea)

        self.bodyLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.bodyLayout)

        self.buttonBox = QDialogButtonBox(TemplateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.templatesLabel.setBuddy(self.templateList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateList, self.detailArea)
        QWidget.setTabOrder(self.detailArea, self.buttonBox)

        self.retranslateUi(TemplateDialog)
    # setupUi

    def retranslateUi(self, TemplateDialog):
        TemplateDialog.setWindowTitle(QCoreApplication.translate("TemplateDialog", u"New role", None))
        self.headline.setText(QCoreApplication.translate("TemplateDialog", u"Start a new role", None))
        self.intro.setText(QCoreApplication.translate("TemplateDialog", u"A template fills in the day-to-day responsibilities, must-haves, axis weights and an interview loop with questions from your bank. Everything stays editable.", None))
        self.templatesLabel.setText(QCoreApplication.translate("TemplateDialog", u"&Templates", None))
#if QT_CONFIG(accessibility)
        self.templateList.setAccessibleName(QCoreApplication.translate("TemplateDialog", u"Templates", None))
#endif // QT_CONFIG(accessibility)
        self.mustHeading.setText(QCoreApplication.translate("TemplateDialog", u"Must-haves", None))
        self.weightsHeading.setText(QCoreApplication.translate("TemplateDialog", u"Axis weights", None))
    # retranslateUi

