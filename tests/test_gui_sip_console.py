"""The console on a real phone line (see tests/sip_lab.py): Kamailio as the switch, SIPp as
the customer, the console's softphone (baresip) registered from the Preferences' Phone
settings with its password in a keyring. Each test is bounded by SIPp's timeouts."""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backend import KeyringBackend
from test_gui_console import interaction, make_console, settle, shown

from callcenter.core.agent_state import AgentState
from callcenter.core.screenpop import PopStatus
from callcenter.gui.agent.preferences_dialog import PreferencesDialog
from callcenter.store import repo
from callcenter.telephony import secrets
from callcenter.telephony.events import FAILED, REGISTERED
from tests.sip_lab import (
    ANSWERED_THEN_BYE,
    CANCELLED_WHILE_RINGING,
    HAVE_TOOLS,
    PASSWORD,
    REFUSED,
    USER,
    finish,
    kamailio,
    sipp_caller,
    sipp_echoing_caller,
    udp_port,
)

__all__ = ["kamailio"]  # the fixture, used by name
sip = pytest.mark.skipif(not HAVE_TOOLS, reason="kamailio, sipp and baresip are installed by system-deps.sh test")


class FileKeyring(KeyringBackend):
    """A real keyring backend keeping its secrets in one JSON file (the test's own)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path):
        super().__init__()
        self.path = path

    def _all(self) -> dict:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def set_password(self, service, username, password):
        data = self._all()
        data[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(data))

    def get_password(self, service, username):
        return self._all().get(f"{service}/{username}")

    def delete_password(self, service, username):
        data = self._all()
        data.pop(f"{service}/{username}", None)
        self.path.write_text(json.dumps(data))


@pytest.fixture
def a_keyring(tmp_path):
    before = keyring.get_keyring()
    ring = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def phone_on(settings, port, password=PASSWORD, **extra):
    """The desk's phone account in the settings, its password in the keyring."""
    values = {
        "phone/enabled": True,
        "phone/user": USER,
        "phone/domain": f"127.0.0.1:{port}",
        "phone/local_address": f"127.0.0.1:{udp_port()}",
        "phone/register_interval_s": 60,
        **extra,
    }
    for key, value in values.items():
        settings.set(key, value)
    assert secrets.save_password(f"{USER}@127.0.0.1:{port}", password)


def phone_console(qtbot, store, settings, state=REGISTERED):
    window, source, clock = make_console(qtbot, store, settings)
    qtbot.waitUntil(lambda: window.phone.state == state, timeout=15000)
    return window, source


def close(qtbot, window):
    settle(qtbot, window)
    window.close()  # the phone unregisters and stops (a closing hook)


@sip
def test_the_console_registers_and_a_sip_call_in_another_form_pops_the_customer(
    qtbot, seeded, settings, kamailio, tmp_path, a_keyring
):
    store, ids = seeded
    phone_on(settings, kamailio, **{"callerid/outside_line_prefix": "9"})
    window, _ = phone_console(qtbot, store, settings)
    assert window.phone.label.isVisible() and window.phone.label.text() == "Phone: registered"
    c = window.controller
    c.set_available()
    # Wang's mobile as the site's PBX asserts it: outside-line 9, then 0086, with separators
    caller = sipp_caller(
        tmp_path, kamailio, "P-Asserted-Identity: <sip:9-0086-138-0013-8000@pbx.example>", ANSWERED_THEN_BYE
    )
    qtbot.waitUntil(lambda: c.sm.state is AgentState.RINGING, timeout=10000)
    assert c.call.ani == "+8613800138000"
    view = shown(qtbot, window, ids["wang"])
    assert view.display_name == "王小明" and c.pop.status is PopStatus.MATCHED
    c.answer()
    qtbot.waitUntil(lambda: c.sm.state is AgentState.WRAP_UP, timeout=10000)  # the caller's BYE
    assert finish(caller, tmp_path) == 0  # SIPp saw its INVITE answered and its BYE accepted
    call = c.call
    c.finish_wrap_up(ids["support.resolved"], "SIP call")
    settle(qtbot, window)
    row = interaction(store, call.interaction_id)
    assert row.outcome == "completed" and row.customer_id == ids["wang"] and row.answered_at is not None
    close(qtbot, window)


@sip
def test_not_ready_refuses_a_sip_call_busy(qtbot, seeded, settings, kamailio, tmp_path, a_keyring):
    store, _ = seeded
    phone_on(settings, kamailio)
    window, _ = phone_console(qtbot, store, settings)
    assert window.controller.sm.state is AgentState.NOT_READY  # after login
    caller = sipp_caller(tmp_path, kamailio, "P-Asserted-Identity: <tel:+8613800138000>", REFUSED)
    assert finish(caller, tmp_path) == 0  # 486 Busy Here reached the caller
    assert window.controller.call is None and window.controller.sm.state is AgentState.NOT_READY
    close(qtbot, window)


@sip
def test_the_caller_hanging_up_while_it_rings_is_an_abandoned_call_with_its_record(
    qtbot, seeded, settings, kamailio, tmp_path, a_keyring
):
    store, _ = seeded
    phone_on(settings, kamailio)
    window, _ = phone_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    caller = sipp_caller(tmp_path, kamailio, "P-Asserted-Identity: <tel:+8613800138000>", CANCELLED_WHILE_RINGING)
    qtbot.waitUntil(lambda: c.sm.state is AgentState.RINGING, timeout=10000)
    call = c.call
    qtbot.waitUntil(lambda: c.sm.state is AgentState.WRAP_UP, timeout=10000)
    assert finish(caller, tmp_path) == 0
    c.finish_wrap_up(None, "")
    settle(qtbot, window)
    row = interaction(store, call.interaction_id)
    assert row.outcome == "abandoned" and row.answered_at is None and row.ended_at is not None
    close(qtbot, window)


@sip
def test_a_ringing_sip_call_not_answered_is_missed_and_refused_to_the_switch(
    qtbot, seeded, settings, kamailio, tmp_path, a_keyring
):
    store, _ = seeded
    phone_on(settings, kamailio)
    window, _ = phone_console(qtbot, store, settings)
    c = window.controller
    c.sm.config.ring_timeout_s = 1  # the missed-offer rules apply to SIP calls as to any
    c.sm.config.max_missed_offers = 1
    c.set_available()
    caller = sipp_caller(tmp_path, kamailio, "P-Asserted-Identity: <tel:+8613800138000>", REFUSED)
    qtbot.waitUntil(lambda: c.sm.state is AgentState.RINGING, timeout=10000)
    call = c.call
    qtbot.waitUntil(lambda: caller.poll() is not None, timeout=15000)  # the console's ring timer runs meanwhile
    assert finish(caller, tmp_path) == 0  # the ring time out became 486 at the caller
    assert c.sm.state is AgentState.NOT_READY  # one missed offer of one allowed: Not ready
    settle(qtbot, window)
    assert interaction(store, call.interaction_id).outcome == "missed"
    close(qtbot, window)


@sip
def test_a_line_dropped_by_the_network_ends_in_wrap_up_as_failed(
    qtbot, seeded, settings, kamailio, tmp_path, a_keyring
):
    store, _ = seeded
    phone_on(settings, kamailio, **{"phone/rtp_timeout_s": 1})
    window, _ = phone_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    caller = sipp_echoing_caller(tmp_path, kamailio, "P-Asserted-Identity: <tel:+8613800138000>")
    try:
        qtbot.waitUntil(lambda: c.sm.state is AgentState.RINGING, timeout=10000)
        call = c.call
        c.answer()
        qtbot.wait(1500)  # media flows (the caller echoes it) ...
        assert c.sm.state is AgentState.ON_CALL
    finally:
        caller.kill()  # ... then the caller's side is gone: no BYE, no media
        caller.wait(5)
    qtbot.waitUntil(lambda: c.sm.state is AgentState.WRAP_UP, timeout=10000)
    c.finish_wrap_up(None, "line dropped")
    settle(qtbot, window)
    row = interaction(store, call.interaction_id)
    assert row.outcome == "failed" and row.answered_at is not None and row.ended_at is not None
    close(qtbot, window)


@sip
def test_a_bad_password_says_so_and_ring_me_and_search_still_work(
    qtbot, seeded, settings, kamailio, tmp_path, a_keyring
):
    store, ids = seeded
    phone_on(settings, kamailio, password="wrong")
    window, source = phone_console(qtbot, store, settings, state=FAILED)
    assert window.phone.label.text() == "Phone: not registered — the switch refused the user name or password"
    c = window.controller
    c.set_available()
    source.ring(window.identity.user_id, "+86 138 0013 8000")  # the demo's Ring me
    assert shown(qtbot, window, ids["wang"]).display_name == "王小明"
    c.answer()
    c.end()
    c.finish_wrap_up(None, "")
    window.search_panel.edit.setText("王")
    qtbot.waitUntil(lambda: window.search_panel.results.count() == 1, timeout=5000)
    close(qtbot, window)


def test_the_phone_page_saves_settings_and_the_password_only_to_the_keyring(
    qtbot, seeded, settings, tmp_path, a_keyring
):
    store, _ = seeded
    identity = next(a for a in repo.agents(store) if a.username == "agent1")
    dialog = PreferencesDialog(settings, store=store, identity=identity)
    qtbot.addWidget(dialog)
    page = dialog.phone_page
    ui = page.ui
    ui.enabledCheck.setChecked(True)
    dialog.save()  # no user, no domain: refused in words, nothing kept
    assert ui.errorLabel.text() == "SIP user: please fill it in." and dialog.tabs.currentWidget() is page
    assert dialog.result() == 0
    ui.userEdit.setText("1001")
    ui.domainEdit.setText("pbx example")
    dialog.save()
    assert ui.errorLabel.text().startswith("Domain: write a host name or IP address")
    ui.domainEdit.setText("pbx.example.com")
    ui.transportCombo.setCurrentIndex(ui.transportCombo.findData("tls"))
    qtbot.keyClicks(ui.passwordEdit, "v3ry-secret")
    dialog.save()
    assert dialog.result() == 1 and dialog.phone_changed
    assert settings.get("phone/user") == "1001" and settings.get("phone/transport") == "tls"
    assert secrets.load_password("1001@pbx.example.com") == "v3ry-secret"
    settings._q.sync()
    text = (tmp_path / "settings.ini").read_text()
    assert "1001" in text and "v3ry-secret" not in text  # the password is in the keyring only


def test_the_number_tester_shows_the_cleaned_number_and_whom_it_pops(qtbot, seeded, settings):
    store, _ = seeded
    identity = next(a for a in repo.agents(store) if a.username == "agent1")
    dialog = PreferencesDialog(settings, store=store, identity=identity)
    qtbot.addWidget(dialog)
    ui = dialog.phone_page.ui
    ui.outsideLineEdit.setText("9")
    ui.testEdit.setText("sip:9-0086-138-0013-8000@pbx.example")
    qtbot.waitUntil(lambda: ui.testCustomerLabel.text() == "Pops: 王小明", timeout=5000)
    assert ui.testResultLabel.text().startswith("Cleaned: +8613800138000")
    assert "outside-line prefix removed" in ui.testResultLabel.text()
    ui.testEdit.setText("tel:+44-20-7946-0999")
    qtbot.waitUntil(lambda: ui.testCustomerLabel.text().startswith("No customer has this number"), timeout=5000)
    assert ui.testResultLabel.text().startswith("Cleaned: +442079460999")
