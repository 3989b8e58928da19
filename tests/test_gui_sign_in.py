"""The sign-in dialog on demo data: every demo account shown, the supervisor's and the
trainer's first, nothing clipped, and choosing one fills it in."""

from __future__ import annotations

from callcenter.store.demo import DEMO_ACCOUNTS


def test_demo_accounts_are_all_shown_and_fill_the_form(qtbot, seeded):
    from callcenter.gui.agent.login_dialog import LoginDialog

    store, _ = seeded
    dialog = LoginDialog(store, DEMO_ACCOUNTS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.ui.demoLabel
    for account in ("supervisor1 / supervisor1", "trainer1 / trainer1", "admin / admin", "agent1 / agent1"):
        assert account in label.text()
    assert "agent20 / agent20" in label.text()
    assert label.heightForWidth(label.width()) <= label.height() + 1  # the whole text is on screen
    assert label.mapTo(dialog, label.rect().bottomRight()).y() <= dialog.height()
    table = dialog.accounts
    assert table is not None and table.isVisible() and table.rowCount() == len(DEMO_ACCOUNTS)
    roles = [table.item(r, 2).text() for r in range(3)]
    assert roles == ["supervisor", "trainer", "administrator"]  # the accounts one cannot guess come first
    assert table.viewport().height() >= 3 * table.rowHeight(0)  # they are seen without scrolling
    table.setCurrentCell(1, 0)
    assert (dialog.ui.usernameEdit.text(), dialog.ui.passwordEdit.text()) == ("trainer1", "trainer1")


def test_sign_in_by_choosing_an_account(qtbot, seeded):
    from callcenter.gui.agent.login_dialog import LoginDialog

    store, _ = seeded
    dialog = LoginDialog(store, [("supervisor1", "nope", "supervisor"), ("agent1", "agent1", "agent")])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accounts.cellActivated.emit(1, 0)
    qtbot.waitUntil(lambda: dialog.identity is not None, timeout=5000)
    assert dialog.identity.username == "agent1"
