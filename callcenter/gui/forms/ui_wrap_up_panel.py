# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wrap_up_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_WrapUpPanel(object):
    def setupUi(self, WrapUpPanel):
        if not WrapUpPanel.objectName():
            WrapUpPanel.setObjectName(u"WrapUpPanel")
        WrapUpPanel.resize(420, 420)
        self.mainLayout = QVBoxLayout(WrapUpPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(WrapUpPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-weight: 600;")

        self.headerLayout.addWidget(self.titleLabel)

        self.countdownLabel = QLabel(WrapUpPanel)
        self.countdownLabel.setObjectName(u"countdownLabel")
        self.countdownLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.countdownLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.filterEdit = QLineEdit(WrapUpPanel)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.mainLayout.addWidget(self.filterEdit)

        self.dispositionTree = QTreeWidget(WrapUpPanel)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.dispositionTree.setHeaderItem(__qtreewidgetitem)
        self.dispositionTree.setObjectName(u"dispositionTree")
        self.dispositionTree.setHeaderHidden(True)

        self.mainLayout.addWidget(self.dispositionTree)

        self.notesLabel = QLabel(WrapUpPanel)
        self.notesLabel.setObjectName(u"notesLabel")

        self.mainLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(WrapUpPanel)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.notesEdit)

        self.errorLabel = QLabel(WrapUpPanel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.extendButton = QPushButton(WrapUpPanel)
        self.extendButton.setObjectName(u"extendButton")

        self.buttonLayout.addWidget(self.extendButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.finishButton = QPushButton(WrapUpPanel)
        self.finishButton.setObjectName(u"finishButton")

        self.buttonLayout.addWidget(self.finishButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WrapUpPanel)

        self.finishButton.setDefault(True)


        QMetaObject.connectSlotsByName(WrapUpPanel)
    # setupUi

    def retranslateUi(self, WrapUpPanel):
        self.titleLabel.setText(QCoreApplication.translate("WrapUpPanel", u"After-call work", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("WrapUpPanel", u"Filter dispositions\u2026", None))
        self.notesLabel.setText(QCoreApplication.translate("WrapUpPanel", u"&Notes", None))
        self.extendButton.setText(QCoreApplication.translate("WrapUpPanel", u"E&xtend", None))
        self.finishButton.setText(QCoreApplication.translate("WrapUpPanel", u"&Finish wrap-up", None))
        pass
    # retranslateUi

