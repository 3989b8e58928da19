"""The wrap-up panel's disposition filter: what matches shows, with the groups above it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from callcenter.core.agents import Code
from callcenter.gui.agent.wrap_up_panel import WrapUpPanel

CODES = [
    Code("g1", "sales", "Sales", "销售"),
    Code("c1", "sales.new", "New order", "新订单", "g1"),
    Code("c2", "sales.upsell", "Upsell", "追加销售", "g1"),
    Code("g2", "support", "Support", "支持"),
    Code("s1", "support.fix", "Problem solved", "问题已解决", "g2"),
    Code("s2", "support.esc", "Escalated", "已升级", "s1"),  # a grandchild
]


def shown(panel: WrapUpPanel) -> set[str]:
    return {item.data(0, Qt.ItemDataRole.UserRole) for item in panel._items if not item.isHidden()}


def test_the_filter_shows_matches_with_their_groups_and_clearing_shows_all(qtbot):
    panel = WrapUpPanel(CODES, "en")
    qtbot.addWidget(panel)
    panel.ui.filterEdit.setText("upsell")
    assert shown(panel) == {"g1", "c2"}
    panel.ui.filterEdit.setText("升级")  # Chinese words match too; a grandchild keeps both groups above it
    assert shown(panel) == {"g2", "s1", "s2"}
    panel.ui.filterEdit.setText("support")  # a group's own words: the group, and its children by their code
    assert shown(panel) == {"g2", "s1", "s2"}
    panel.ui.filterEdit.setText("nothing like it")
    assert shown(panel) == set()
    panel.start()  # a new wrap-up clears the filter: every code again, groups open
    assert shown(panel) == {"g1", "c1", "c2", "g2", "s1", "s2"}
    assert all(item.isExpanded() for item in panel._items if item.childCount())


def test_a_group_closed_by_hand_opens_again_when_the_filter_changes(qtbot):
    panel = WrapUpPanel(CODES, "en")
    qtbot.addWidget(panel)
    group = next(item for item in panel._items if item.data(0, Qt.ItemDataRole.UserRole) == "g1")
    group.setExpanded(False)
    panel.ui.filterEdit.setText("new")
    assert group.isExpanded() and shown(panel) == {"g1", "c1"}
