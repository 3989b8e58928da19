"""Customer search as an agent meets it: a table with the details that tell two people of
one name apart, and more results a page at a time in every language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_gui_console import make_console, shown

from callcenter.core.customers import CustomerForm
from callcenter.ops import customers
from callcenter.store import repo


def add_people(store, family, given, n, country, phone_of, city_of):
    me = next(a for a in repo.agents(store) if a.username == "agent1")
    made = []
    for i in range(n):
        form = CustomerForm(
            family_name=family,
            given_name=given,
            phone=phone_of(i),
            country=country,
            address_line1=f"{i} Road",
            city=city_of(i),
        )
        made.append(customers.save_customer(store, me, form).value.customer_id)
    return made


@pytest.mark.parametrize(
    "family,given,country,phone_of,city_of,query",
    [
        ("张", "伟", "CN", lambda i: f"139 {1000 + i:04d} 5678", lambda i: ["北京", "上海"][i % 2], "张伟"),
        ("Brown", "Lee", "US", lambda i: f"(415) 555-{1000 + i:04d}", lambda i: ["Boston", "Austin"][i % 2], "Brown"),
    ],
)
def test_results_show_phone_city_tier_and_page_on_in_every_language(
    qtbot, seeded, settings, family, given, country, phone_of, city_of, query
):
    store, _ = seeded
    made = add_people(store, family, given, 27, country, phone_of, city_of)
    window, _, _ = make_console(qtbot, store, settings)
    panel = window.search_panel
    panel.edit.setText(query)  # QTest cannot type non-ASCII keys
    qtbot.waitUntil(lambda: panel.results.count() == 20, timeout=5000)
    headers = [panel.results.horizontalHeaderItem(c).text() for c in range(panel.results.columnCount())]
    assert headers == ["Name", "Phone", "City", "Tier"]
    rows = {tuple(panel.results.item(r, c).text() for c in range(4)) for r in range(20)}
    assert len(rows) == 20  # two people of one name are told apart by phone and city
    first = [panel.results.item(0, c).text() for c in range(4)]
    assert first[1] == phone_of(0) and first[2] == city_of(0) and first[3] == "Bronze"
    assert panel.more_button.isVisible() and "more" in panel.status.text()
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.results.count() == 27, timeout=5000)
    assert not panel.more_button.isVisible()
    ids = [panel.results.customer_at(r) for r in range(27)]
    assert sorted(ids) == sorted(made)  # every one of them, each once
    panel.results.setFocus()
    panel.results.selectRow(26)
    with qtbot.waitSignal(panel.customer_opened, timeout=2000) as blocker:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert blocker.args == [ids[26]]
    shown(qtbot, window, ids[26])
    window.close()


def test_down_on_the_last_row_reads_the_next_page(qtbot, seeded, settings):
    store, _ = seeded
    add_people(store, "Brown", "Kim", 23, "US", lambda i: f"(415) 555-{2000 + i:04d}", lambda i: "Reno")
    window, _, _ = make_console(qtbot, store, settings)
    panel = window.search_panel
    qtbot.keyClicks(panel.edit, "Brown")
    qtbot.waitUntil(lambda: panel.results.count() == 20, timeout=5000)
    for _ in range(19):
        qtbot.keyClick(panel.edit, Qt.Key.Key_Down)
    assert panel.results.currentRow() == 19
    qtbot.keyClick(panel.edit, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: panel.results.count() == 23, timeout=5000)
    assert panel.results.currentRow() >= 19
    window.close()
