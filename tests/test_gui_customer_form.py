"""The customer form as an agent meets it: numbers read in the customer's country, several
phones and an address, a warning before a second record for the same number, messages in
full sentences that are never cut off."""

from __future__ import annotations

from sqlalchemy import select

from callcenter.core.customers import CustomerForm, PhoneEntry, parse_phone, validate
from callcenter.gui.ops import wait_for_ops
from callcenter.store import repo
from callcenter.store.models import Address, Customer, Phone


def agent(store):
    return next(a for a in repo.agents(store) if a.username == "agent1")


def dialog_for(qtbot, store, customer_id=None, phone="", region="US"):
    from callcenter.gui.agent.customer_dialog import CustomerDialog

    dialog = CustomerDialog(store, agent(store), region, customer_id, phone=phone)
    qtbot.addWidget(dialog)
    dialog.show()
    if customer_id:
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    return dialog


def phones_of(store, customer_id):
    with store.session() as s:
        rows = s.scalars(select(Phone).where(Phone.customer_id == customer_id, ~Phone.deleted)).all()
        return sorted((p.e164, p.kind, p.is_primary) for p in rows)


def test_a_national_number_is_read_in_the_customers_country_first():
    assert parse_phone("138 0013 8000", "CN", "US").e164 == "+8613800138000"
    assert parse_phone("(650) 253-0000", "CN", "US").e164 == "+16502530000"  # not Chinese: the console's region
    assert validate(CustomerForm(family_name="王", phone="138 0013 8000", country="CN"), "US") == {}
    assert validate(CustomerForm(family_name="王", phone="138 0013 8000"), "US") == {
        "phone": "phone_not_a_number_in_use"
    }
    errors = validate(CustomerForm(family_name="x", city="Paris"), "US")
    assert errors == {"address_line1": "address_line_required", "country": "country_required"}


def test_editing_a_customer_in_china_keeps_their_mobile_and_adds_a_second_phone(qtbot, seeded):
    store, ids = seeded
    dialog = dialog_for(qtbot, store, ids["wang"])
    assert dialog.phone.text() == "138 0013 8000"
    assert dialog.country.currentData() == "CN" and dialog.city.text() == "北京"
    row = dialog.add_phone_row()
    row.edit.setText("010 6552 9988")
    row.kind.setCurrentIndex(row.kind.findData("work"))
    dialog.postcode.setText("100022")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=5000)
    assert not any(label.isVisible() for label in dialog.errors.values())
    assert phones_of(store, ids["wang"]) == [("+861065529988", "work", False), ("+8613800138000", "mobile", True)]
    with store.session() as s:
        address = s.scalars(select(Address).where(Address.customer_id == ids["wang"], ~Address.deleted)).one()
        assert (address.city, address.postcode, address.country) == ("北京", "100022", "CN")
    again = dialog_for(qtbot, store, ids["wang"])  # the form reads back what was saved
    assert [(r.edit.text(), r.kind.currentData()) for r in again.phone_rows] == [("010 6552 9988", "work")]


def test_a_new_customer_with_several_phones_and_an_address(qtbot, seeded):
    store, _ = seeded
    dialog = dialog_for(qtbot, store, phone="139 1234 5678")
    dialog.family_name.setText("李")
    dialog.given_name.setText("雷")
    dialog.country.setCurrentIndex(dialog.country.findData("CN"))
    dialog.address_line1.setText("徐汇区漕溪北路1号")
    dialog.city.setText("上海")
    dialog.add_phone_row("021 6400 1234", "home")
    bad = dialog.add_phone_row("12", "work")
    dialog.save()
    assert bad.error.isVisible() and bad.error.text() == "This phone number has the wrong number of digits."
    assert bad.error.wordWrap()
    dialog._remove_phone_row(bad)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=5000)
    assert phones_of(store, dialog.customer_id) == [
        ("+8613912345678", "mobile", True),
        ("+862164001234", "home", False),
    ]


def test_a_new_customer_with_the_number_of_an_existing_one_is_warned_and_may_open_that_record(qtbot, seeded):
    store, ids = seeded
    dialog = dialog_for(qtbot, store, phone="138 0013 8000")
    dialog.family_name.setText("王")
    dialog.country.setCurrentIndex(dialog.country.findData("CN"))
    dialog.save()
    qtbot.waitUntil(dialog.duplicate_box.isVisible, timeout=5000)
    assert "王小明" in dialog.duplicate_label.text() and dialog.customer_id is None
    dialog.open_existing_buttons[0].click()
    assert dialog.existing_id == ids["wang"] and dialog.result() == 0
    wait_for_ops(5000)
    with store.session() as s:
        assert s.scalars(select(Customer).where(Customer.display_name == "王")).all() == []

    second = dialog_for(qtbot, store, phone="138 0013 8000")  # a family sharing a line: saved all the same
    second.family_name.setText("王")
    second.country.setCurrentIndex(second.country.findData("CN"))
    second.save()
    qtbot.waitUntil(second.duplicate_box.isVisible, timeout=5000)
    second.save_anyway_button.click()
    qtbot.waitUntil(lambda: second.view is not None, timeout=5000)
    assert phones_of(store, second.customer_id) == [("+8613800138000", "mobile", True)]


def test_the_console_opens_the_existing_record_the_agent_chose(qtbot, seeded, settings, monkeypatch):
    from test_gui_console import make_console, shown

    from callcenter.gui.agent import console_window

    store, ids = seeded
    window, _, _ = make_console(qtbot, store, settings)

    class Chose(console_window.CustomerDialog):
        def exec(self):
            self.existing_id = ids["wang"]
            return 0

    monkeypatch.setattr(console_window, "CustomerDialog", Chose)
    window.create_customer("138 0013 8000")
    shown(qtbot, window, ids["wang"])
    window.close()


def test_long_messages_wrap_inside_the_form_in_both_languages(qtbot, seeded):
    store, _ = seeded
    dialog = dialog_for(qtbot, store, phone="+1 555 0100 999")
    dialog.family_name.setText("Long")
    dialog.email.setText("not-an-address")
    dialog.save()
    for key in ("phone", "email"):
        label = dialog.errors[key]
        assert label.isVisible() and label.wordWrap()
        assert label.text().endswith(".")  # the whole sentence
        assert label.mapTo(dialog, label.rect().topRight()).x() <= dialog.width()
        assert label.heightForWidth(label.width()) <= label.height() + 1  # every line of it is shown


def test_other_phones_round_trip_through_the_store(seeded):
    store, _ = seeded
    form = CustomerForm(
        family_name="Smith", phone="(650) 253-0001", other_phones=[PhoneEntry("(415) 555-2671", "work")]
    )
    from callcenter.ops import customers

    view = customers.save_customer(store, agent(store), form).value
    loaded = customers.customer_form(store, view.customer_id)
    assert loaded.phone == "(650) 253-0001" and loaded.other_phones == [PhoneEntry("(415) 555-2671", "work")]
    loaded.other_phones = []
    customers.save_customer(store, agent(store), loaded, view.customer_id)
    assert phones_of(store, view.customer_id) == [("+16502530001", "mobile", True)]
    same = customers.customers_with_phones(store, CustomerForm(phone="650 253 0001"))
    assert [c.display_name for c in same] == ["Smith"]


def test_a_malformed_caller_number_is_said_in_full_sentences_that_wrap(qtbot, seeded, settings):
    from test_gui_console import make_console, ring

    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    window.resize(1100, 700)
    window.splitter.setSizes([430, 420, 0])  # a narrow record column
    window.controller.set_available()
    ring(qtbot, window, source, "+86 (0) 138-0013-80001234 ext")
    page = window.pop_panel.message_page
    qtbot.waitUntil(lambda: window.pop_panel.stack.currentWidget() is page, timeout=3000)
    qtbot.wait(50)
    body = page.body.text()
    assert body.startswith("The network sent a number that is too long to be a phone number.")
    assert body.endswith("find the customer by name or account number.")
    for label in (page.title, page.body):
        assert label.wordWrap()
        assert label.heightForWidth(label.width()) <= label.height() + 1  # every line shown
        assert label.mapTo(page, label.rect().topRight()).x() <= page.width()
    window.controller.answer()
    window.close()
