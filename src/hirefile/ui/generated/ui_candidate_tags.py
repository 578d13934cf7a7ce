# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidate_tags.ui'
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
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TagDialog(object):
    def setupUi(self, TagDialog):
        if not TagDialog.objectName():
            TagDialog.setObjectName(u"TagDialog")
        TagDialog.resize(460, 220)
        self.dialogLayout = QVBoxLayout(TagDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.headline = QLabel(TagDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)

        self.dialogLayout.addWidget(self.headline)

        self.introLabel = QLabel(TagDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.tagsLabel = QLabel(TagDialog)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.dialogLayout.addWidget(self.tagsLabel)

        self.tagsEdit = QLineEdit(TagDialog)
        self.tagsEdit.setObjectName(u"tagsEdit")
        self.tagsEdit.setMinimumSize(QSize(360, 0))

        self.dialogLayout.addWidget(self.tagsEdit)

        self.hintLabel = QLabel(TagDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(TagDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.tagsLabel.setBuddy(self.tagsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TagDialog)
    # setupUi

    def retranslateUi(self, TagDialog):
        TagDialog.setWindowTitle(QCoreApplication.translate("TagDialog", u"Tag", None))
        self.headline.setText(QCoreApplication.translate("TagDialog", u"Tag candidates", None))
        self.introLabel.setProperty(u"kind", QCoreApplication.translate("TagDialog", u"hint", None))
        self.tagsLabel.setText(QCoreApplication.translate("TagDialog", u"&Tags to add", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("TagDialog", u"e.g. finalist, pytorch, relocate", None))
        self.hintLabel.setText(QCoreApplication.translate("TagDialog", u"Separate tags with commas. Existing tags stay; undo takes the new ones off again.", None))
        self.hintLabel.setProperty(u"kind", QCoreApplication.translate("TagDialog", u"hint", None))
    # retranslateUi

