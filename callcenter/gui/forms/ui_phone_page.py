# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'phone_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_PhonePage(object):
    def setupUi(self, PhonePage):
        if not PhonePage.objectName():
            PhonePage.setObjectName(u"PhonePage")
        PhonePage.resize(900, 560)
        self.mainLayout = QVBoxLayout(PhonePage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.enabledCheck = QCheckBox(PhonePage)
        self.enabledCheck.setObjectName(u"enabledCheck")

        self.leftLayout.addWidget(self.enabledCheck)

        self.accountGroup = QGroupBox(PhonePage)
        self.accountGroup.setObjectName(u"accountGroup")
        self.accountLayout = QGridLayout(self.accountGroup)
        self.accountLayout.setObjectName(u"accountLayout")
        self.accountLayout_l0 = QLabel(self.accountGroup)
        self.accountLayout_l0.setObjectName(u"accountLayout_l0")

        self.accountLayout.addWidget(self.accountLayout_l0, 0, 0, 1, 1)

        self.userEdit = QLineEdit(self.accountGroup)
        self.userEdit.setObjectName(u"userEdit")

        self.accountLayout.addWidget(self.userEdit, 0, 1, 1, 1)

        self.accountLayout_l1 = QLabel(self.accountGroup)
        self.accountLayout_l1.setObjectName(u"accountLayout_l1")

        self.accountLayout.addWidget(self.accountLayout_l1, 1, 0, 1, 1)

        self.displayNameEdit = QLineEdit(self.accountGroup)
        self.displayNameEdit.setObjectName(u"displayNameEdit")

        self.accountLayout.addWidget(self.displayNameEdit, 1, 1, 1, 1)

        self.accountLayout_l2 = QLabel(self.accountGroup)
        self.accountLayout_l2.setObjectName(u"accountLayout_l2")

        self.accountLayout.addWidget(self.accountLayout_l2, 2, 0, 1, 1)

        self.authUserEdit = QLineEdit(self.accountGroup)
        self.authUserEdit.setObjectName(u"authUserEdit")

        self.accountLayout.addWidget(self.authUserEdit, 2, 1, 1, 1)

        self.accountLayout_l3 = QLabel(self.accountGroup)
        self.accountLayout_l3.setObjectName(u"accountLayout_l3")

        self.accountLayout.addWidget(self.accountLayout_l3, 3, 0, 1, 1)

        self.passwordEdit = QLineEdit(self.accountGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.accountLayout.addWidget(self.passwordEdit, 3, 1, 1, 1)

        self.accountLayout_l4 = QLabel(self.accountGroup)
        self.accountLayout_l4.setObjectName(u"accountLayout_l4")

        self.accountLayout.addWidget(self.accountLayout_l4, 4, 0, 1, 1)

        self.domainEdit = QLineEdit(self.accountGroup)
        self.domainEdit.setObjectName(u"domainEdit")

        self.accountLayout.addWidget(self.domainEdit, 4, 1, 1, 1)

        self.accountLayout_l5 = QLabel(self.accountGroup)
        self.accountLayout_l5.setObjectName(u"accountLayout_l5")

        self.accountLayout.addWidget(self.accountLayout_l5, 5, 0, 1, 1)

        self.registrarEdit = QLineEdit(self.accountGroup)
        self.registrarEdit.setObjectName(u"registrarEdit")

        self.accountLayout.addWidget(self.registrarEdit, 5, 1, 1, 1)

        self.accountLayout_l6 = QLabel(self.accountGroup)
        self.accountLayout_l6.setObjectName(u"accountLayout_l6")

        self.accountLayout.addWidget(self.accountLayout_l6, 6, 0, 1, 1)

        self.transportCombo = QComboBox(self.accountGroup)
        self.transportCombo.setObjectName(u"transportCombo")

        self.accountLayout.addWidget(self.transportCombo, 6, 1, 1, 1)

        self.accountLayout_l7 = QLabel(self.accountGroup)
        self.accountLayout_l7.setObjectName(u"accountLayout_l7")

        self.accountLayout.addWidget(self.accountLayout_l7, 7, 0, 1, 1)

        self.caRow = QWidget(self.accountGroup)
        self.caRow.setObjectName(u"caRow")
        self.caLayout = QHBoxLayout(self.caRow)
        self.caLayout.setObjectName(u"caLayout")
        self.caLayout.setContentsMargins(0, 0, 0, 0)
        self.caFileEdit = QLineEdit(self.caRow)
        self.caFileEdit.setObjectName(u"caFileEdit")

        self.caLayout.addWidget(self.caFileEdit)

        self.caFileButton = QPushButton(self.caRow)
        self.caFileButton.setObjectName(u"caFileButton")

        self.caLayout.addWidget(self.caFileButton)


        self.accountLayout.addWidget(self.caRow, 7, 1, 1, 1)

        self.accountLayout_l8 = QLabel(self.accountGroup)
        self.accountLayout_l8.setObjectName(u"accountLayout_l8")

        self.accountLayout.addWidget(self.accountLayout_l8, 8, 0, 1, 1)

        self.localAddressEdit = QLineEdit(self.accountGroup)
        self.localAddressEdit.setObjectName(u"localAddressEdit")

        self.accountLayout.addWidget(self.localAddressEdit, 8, 1, 1, 1)


        self.leftLayout.addWidget(self.accountGroup)

        self.mediaGroup = QGroupBox(PhonePage)
        self.mediaGroup.setObjectName(u"mediaGroup")
        self.mediaLayout = QGridLayout(self.mediaGroup)
        self.mediaLayout.setObjectName(u"mediaLayout")
        self.mediaLayout_l0 = QLabel(self.mediaGroup)
        self.mediaLayout_l0.setObjectName(u"mediaLayout_l0")

        self.mediaLayout.addWidget(self.mediaLayout_l0, 0, 0, 1, 1)

        self.codecRow = QWidget(self.mediaGroup)
        self.codecRow.setObjectName(u"codecRow")
        self.codecLayout = QHBoxLayout(self.codecRow)
        self.codecLayout.setObjectName(u"codecLayout")
        self.codecLayout.setContentsMargins(0, 0, 0, 0)
        self.codecList = QListWidget(self.codecRow)
        self.codecList.setObjectName(u"codecList")
        self.codecList.setMaximumSize(QSize(16777215, 96))

        self.codecLayout.addWidget(self.codecList)

        self.codecButtons = QVBoxLayout()
        self.codecButtons.setObjectName(u"codecButtons")
        self.codecUpButton = QPushButton(self.codecRow)
        self.codecUpButton.setObjectName(u"codecUpButton")

        self.codecButtons.addWidget(self.codecUpButton)

        self.codecDownButton = QPushButton(self.codecRow)
        self.codecDownButton.setObjectName(u"codecDownButton")

        self.codecButtons.addWidget(self.codecDownButton)


        self.codecLayout.addLayout(self.codecButtons)


        self.mediaLayout.addWidget(self.codecRow, 0, 1, 1, 1)

        self.mediaLayout_l1 = QLabel(self.mediaGroup)
        self.mediaLayout_l1.setObjectName(u"mediaLayout_l1")

        self.mediaLayout.addWidget(self.mediaLayout_l1, 1, 0, 1, 1)

        self.audioSourceEdit = QLineEdit(self.mediaGroup)
        self.audioSourceEdit.setObjectName(u"audioSourceEdit")

        self.mediaLayout.addWidget(self.audioSourceEdit, 1, 1, 1, 1)

        self.mediaLayout_l2 = QLabel(self.mediaGroup)
        self.mediaLayout_l2.setObjectName(u"mediaLayout_l2")

        self.mediaLayout.addWidget(self.mediaLayout_l2, 2, 0, 1, 1)

        self.audioPlayerEdit = QLineEdit(self.mediaGroup)
        self.audioPlayerEdit.setObjectName(u"audioPlayerEdit")

        self.mediaLayout.addWidget(self.audioPlayerEdit, 2, 1, 1, 1)

        self.mediaLayout_l3 = QLabel(self.mediaGroup)
        self.mediaLayout_l3.setObjectName(u"mediaLayout_l3")

        self.mediaLayout.addWidget(self.mediaLayout_l3, 3, 0, 1, 1)

        self.rtpTimeoutSpin = QSpinBox(self.mediaGroup)
        self.rtpTimeoutSpin.setObjectName(u"rtpTimeoutSpin")
        self.rtpTimeoutSpin.setMinimum(0)
        self.rtpTimeoutSpin.setMaximum(600)

        self.mediaLayout.addWidget(self.rtpTimeoutSpin, 3, 1, 1, 1)

        self.mediaLayout_l4 = QLabel(self.mediaGroup)
        self.mediaLayout_l4.setObjectName(u"mediaLayout_l4")

        self.mediaLayout.addWidget(self.mediaLayout_l4, 4, 0, 1, 1)

        self.notReadyCombo = QComboBox(self.mediaGroup)
        self.notReadyCombo.setObjectName(u"notReadyCombo")

        self.mediaLayout.addWidget(self.notReadyCombo, 4, 1, 1, 1)


        self.leftLayout.addWidget(self.mediaGroup)


        self.columnsLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.callerIdGroup = QGroupBox(PhonePage)
        self.callerIdGroup.setObjectName(u"callerIdGroup")
        self.callerIdLayout = QGridLayout(self.callerIdGroup)
        self.callerIdLayout.setObjectName(u"callerIdLayout")
        self.callerIdLayout_l0 = QLabel(self.callerIdGroup)
        self.callerIdLayout_l0.setObjectName(u"callerIdLayout_l0")

        self.callerIdLayout.addWidget(self.callerIdLayout_l0, 0, 0, 1, 1)

        self.prefRow = QWidget(self.callerIdGroup)
        self.prefRow.setObjectName(u"prefRow")
        self.prefLayout = QHBoxLayout(self.prefRow)
        self.prefLayout.setObjectName(u"prefLayout")
        self.prefLayout.setContentsMargins(0, 0, 0, 0)
        self.preferenceList = QListWidget(self.prefRow)
        self.preferenceList.setObjectName(u"preferenceList")
        self.preferenceList.setMaximumSize(QSize(16777215, 96))

        self.prefLayout.addWidget(self.preferenceList)

        self.prefButtons = QVBoxLayout()
        self.prefButtons.setObjectName(u"prefButtons")
        self.prefUpButton = QPushButton(self.prefRow)
        self.prefUpButton.setObjectName(u"prefUpButton")

        self.prefButtons.addWidget(self.prefUpButton)

        self.prefDownButton = QPushButton(self.prefRow)
        self.prefDownButton.setObjectName(u"prefDownButton")

        self.prefButtons.addWidget(self.prefDownButton)


        self.prefLayout.addLayout(self.prefButtons)


        self.callerIdLayout.addWidget(self.prefRow, 0, 1, 1, 1)

        self.callerIdLayout_l1 = QLabel(self.callerIdGroup)
        self.callerIdLayout_l1.setObjectName(u"callerIdLayout_l1")

        self.callerIdLayout.addWidget(self.callerIdLayout_l1, 1, 0, 1, 1)

        self.outsideLineEdit = QLineEdit(self.callerIdGroup)
        self.outsideLineEdit.setObjectName(u"outsideLineEdit")

        self.callerIdLayout.addWidget(self.outsideLineEdit, 1, 1, 1, 1)

        self.callerIdLayout_l2 = QLabel(self.callerIdGroup)
        self.callerIdLayout_l2.setObjectName(u"callerIdLayout_l2")

        self.callerIdLayout.addWidget(self.callerIdLayout_l2, 2, 0, 1, 1)

        self.minOutsideSpin = QSpinBox(self.callerIdGroup)
        self.minOutsideSpin.setObjectName(u"minOutsideSpin")
        self.minOutsideSpin.setMinimum(1)
        self.minOutsideSpin.setMaximum(15)

        self.callerIdLayout.addWidget(self.minOutsideSpin, 2, 1, 1, 1)

        self.callerIdLayout_l3 = QLabel(self.callerIdGroup)
        self.callerIdLayout_l3.setObjectName(u"callerIdLayout_l3")

        self.callerIdLayout.addWidget(self.callerIdLayout_l3, 3, 0, 1, 1)

        self.internationalEdit = QLineEdit(self.callerIdGroup)
        self.internationalEdit.setObjectName(u"internationalEdit")

        self.callerIdLayout.addWidget(self.internationalEdit, 3, 1, 1, 1)

        self.callerIdLayout_l4 = QLabel(self.callerIdGroup)
        self.callerIdLayout_l4.setObjectName(u"callerIdLayout_l4")

        self.callerIdLayout.addWidget(self.callerIdLayout_l4, 4, 0, 1, 1)

        self.countryCodeEdit = QLineEdit(self.callerIdGroup)
        self.countryCodeEdit.setObjectName(u"countryCodeEdit")

        self.callerIdLayout.addWidget(self.countryCodeEdit, 4, 1, 1, 1)

        self.callerIdLayout_l5 = QLabel(self.callerIdGroup)
        self.callerIdLayout_l5.setObjectName(u"callerIdLayout_l5")

        self.callerIdLayout.addWidget(self.callerIdLayout_l5, 5, 0, 1, 1)

        self.nationalEdit = QLineEdit(self.callerIdGroup)
        self.nationalEdit.setObjectName(u"nationalEdit")

        self.callerIdLayout.addWidget(self.nationalEdit, 5, 1, 1, 1)


        self.rightLayout.addWidget(self.callerIdGroup)

        self.testGroup = QGroupBox(PhonePage)
        self.testGroup.setObjectName(u"testGroup")
        self.testLayout = QVBoxLayout(self.testGroup)
        self.testLayout.setObjectName(u"testLayout")
        self.testHint = QLabel(self.testGroup)
        self.testHint.setObjectName(u"testHint")
        self.testHint.setWordWrap(True)

        self.testLayout.addWidget(self.testHint)

        self.testEdit = QLineEdit(self.testGroup)
        self.testEdit.setObjectName(u"testEdit")

        self.testLayout.addWidget(self.testEdit)

        self.testResultLabel = QLabel(self.testGroup)
        self.testResultLabel.setObjectName(u"testResultLabel")
        self.testResultLabel.setWordWrap(True)
        self.testResultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.testLayout.addWidget(self.testResultLabel)

        self.testCustomerLabel = QLabel(self.testGroup)
        self.testCustomerLabel.setObjectName(u"testCustomerLabel")
        self.testCustomerLabel.setWordWrap(True)

        self.testLayout.addWidget(self.testCustomerLabel)


        self.rightLayout.addWidget(self.testGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightLayout.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightLayout)


        self.mainLayout.addLayout(self.columnsLayout)

        self.errorLabel = QLabel(PhonePage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color:#b00020;")

        self.mainLayout.addWidget(self.errorLabel)


        self.retranslateUi(PhonePage)

        QMetaObject.connectSlotsByName(PhonePage)
    # setupUi

    def retranslateUi(self, PhonePage):
        self.enabledCheck.setText(QCoreApplication.translate("PhonePage", u"Take calls on this phone account", None))
        self.accountGroup.setTitle(QCoreApplication.translate("PhonePage", u"Account", None))
        self.accountLayout_l0.setText(QCoreApplication.translate("PhonePage", u"SIP user (extension)", None))
        self.userEdit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"1001", None))
        self.accountLayout_l1.setText(QCoreApplication.translate("PhonePage", u"Display name", None))
        self.accountLayout_l2.setText(QCoreApplication.translate("PhonePage", u"Authentication user", None))
        self.authUserEdit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"when not the SIP user", None))
        self.accountLayout_l3.setText(QCoreApplication.translate("PhonePage", u"Password", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"kept in the system keyring", None))
        self.accountLayout_l4.setText(QCoreApplication.translate("PhonePage", u"Domain", None))
        self.domainEdit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"pbx.example.com", None))
        self.accountLayout_l5.setText(QCoreApplication.translate("PhonePage", u"Registrar / proxy", None))
        self.registrarEdit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"host[:port], when not the domain", None))
        self.accountLayout_l6.setText(QCoreApplication.translate("PhonePage", u"Transport", None))
        self.accountLayout_l7.setText(QCoreApplication.translate("PhonePage", u"CA certificates (TLS)", None))
        self.caFileButton.setText(QCoreApplication.translate("PhonePage", u"Choose\u2026", None))
        self.accountLayout_l8.setText(QCoreApplication.translate("PhonePage", u"Local address", None))
        self.localAddressEdit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"ip:port (empty: any, 5060)", None))
        self.mediaGroup.setTitle(QCoreApplication.translate("PhonePage", u"Audio and calls", None))
        self.mediaLayout_l0.setText(QCoreApplication.translate("PhonePage", u"Codecs, in order", None))
        self.codecUpButton.setText(QCoreApplication.translate("PhonePage", u"Up", None))
        self.codecDownButton.setText(QCoreApplication.translate("PhonePage", u"Down", None))
        self.mediaLayout_l1.setText(QCoreApplication.translate("PhonePage", u"Microphone", None))
        self.audioSourceEdit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"alsa,default", None))
        self.mediaLayout_l2.setText(QCoreApplication.translate("PhonePage", u"Speaker", None))
        self.audioPlayerEdit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"alsa,default", None))
        self.mediaLayout_l3.setText(QCoreApplication.translate("PhonePage", u"Drop a call after silence (s)", None))
        self.mediaLayout_l4.setText(QCoreApplication.translate("PhonePage", u"A call while Not ready", None))
        self.callerIdGroup.setTitle(QCoreApplication.translate("PhonePage", u"Caller id", None))
        self.callerIdLayout_l0.setText(QCoreApplication.translate("PhonePage", u"Read the caller from", None))
        self.prefUpButton.setText(QCoreApplication.translate("PhonePage", u"Up", None))
        self.prefDownButton.setText(QCoreApplication.translate("PhonePage", u"Down", None))
        self.callerIdLayout_l1.setText(QCoreApplication.translate("PhonePage", u"Outside-line prefix", None))
        self.outsideLineEdit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"9", None))
        self.callerIdLayout_l2.setText(QCoreApplication.translate("PhonePage", u"Digits after it at least", None))
        self.callerIdLayout_l3.setText(QCoreApplication.translate("PhonePage", u"International prefix", None))
        self.internationalEdit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"00", None))
        self.callerIdLayout_l4.setText(QCoreApplication.translate("PhonePage", u"Country calling code", None))
        self.countryCodeEdit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"44", None))
        self.callerIdLayout_l5.setText(QCoreApplication.translate("PhonePage", u"National (trunk) prefix", None))
        self.nationalEdit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"0", None))
        self.testGroup.setTitle(QCoreApplication.translate("PhonePage", u"Test a number", None))
        self.testHint.setText(QCoreApplication.translate("PhonePage", u"Type a caller id as the switch sends it (sip:, tel:, 9-prefixed, 00 or + forms, national):", None))
        self.testEdit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"sip:9-0044-20-7946-0000@pbx", None))
        pass
    # retranslateUi

