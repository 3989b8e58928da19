"""What the complaint dialog holds, its validation, the category tree and the handling guide.

Plain data: the category tree and guide come from YAML in resources/complaints/ (loaded by
the store layer) and are parsed here so that a malformed file is reported in words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from callcenter.core.complaints.workflow import Severity

CHANNELS = ("phone", "email", "chat", "letter", "in_person", "social")
SUMMARY_MAX = 256
WORDS_MAX = 8000


@dataclass
class ComplaintForm:
    """The capture form exactly as typed (also what a draft stores)."""

    customer_id: str = ""
    interaction_id: str = ""
    order_id: str = ""
    channel: str = "phone"
    category: str = ""
    severity: str = Severity.MEDIUM.value
    summary: str = ""
    customer_words: str = ""
    desired_outcome: str = ""

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ComplaintForm:
        known = cls.__dataclass_fields__
        return cls(**{k: str(v) for k, v in data.items() if k in known and v is not None})

    def is_blank(self) -> bool:
        return not any(getattr(self, f).strip() for f in ("summary", "customer_words", "desired_outcome", "category"))


def validate(form: ComplaintForm, categories: CategoryTree) -> dict[str, str]:
    """Field -> problem key (the GUI words each key in the user's language). Empty when valid."""
    errors: dict[str, str] = {}
    if not form.customer_id:
        errors["customer_id"] = "customer_required"
    if form.channel not in CHANNELS:
        errors["channel"] = "channel_unknown"
    if not form.category:
        errors["category"] = "category_required"
    elif not categories.is_leaf(form.category):
        errors["category"] = "category_pick_detail"
    elif not categories.is_offered(form.category):
        errors["category"] = "category_retired"
    if form.severity not in {s.value for s in Severity}:
        errors["severity"] = "severity_unknown"
    if not form.summary.strip():
        errors["summary"] = "summary_required"
    elif len(form.summary.strip()) > SUMMARY_MAX:
        errors["summary"] = "summary_too_long"
    if not form.customer_words.strip():
        errors["customer_words"] = "words_required"
    elif len(form.customer_words) > WORDS_MAX:
        errors["customer_words"] = "words_too_long"
    return errors


# -- category tree ------------------------------------------------------------------
@dataclass(frozen=True)
class Category:
    code: str
    en: str
    zh_CN: str
    parent: str | None = None

    def name(self, lang: str) -> str:
        return self.zh_CN if lang.startswith("zh") else self.en


class ConfigError(ValueError):
    """A configuration file that cannot be used, said plainly."""


@dataclass
class CategoryTree:
    """Groups and the categories under them. ``retired`` codes (and everything under a retired
    group) are no longer offered for new complaints, but old cases still show their names."""

    groups: list[Category] = field(default_factory=list)
    children: dict[str, list[Category]] = field(default_factory=dict)
    retired: frozenset[str] = frozenset()

    @classmethod
    def from_rows(cls, rows: Any) -> CategoryTree:
        """From reference rows ``(code, en, zh_CN, parent code or None, active)`` in any order.
        Top-level rows are groups; a row further down counts under its top-level group (the
        capture form picks a group, then a category)."""
        items = [(str(c), str(en), str(zh), str(p) if p else None, bool(a)) for c, en, zh, p, a in rows]
        parent_of: dict[str, str | None] = {c: p for c, _en, _zh, p, _a in items}

        def chain(code: str) -> list[str]:
            """The code and its ancestors up to its top-level group (a loop stops it)."""
            out = [code]
            up = parent_of.get(code)
            while up is not None and up in parent_of and up not in out:
                out.append(up)
                up = parent_of.get(up)
            return out

        tree = cls()
        has_children = {p for _c, _en, _zh, p, _a in items if p}
        retired = {c for c, _en, _zh, _p, a in items if not a}
        for code, en, zh, parent, _active in items:
            if parent is None or parent not in parent_of:
                tree.groups.append(Category(code, en, zh, None))
                tree.children.setdefault(code, [])
        for code, en, zh, parent, _active in items:
            if parent is None or parent not in parent_of or code in has_children:
                continue
            line = chain(code)
            group = line[-1]
            if any(n in retired for n in line):
                retired.add(code)
            tree.children.setdefault(group, []).append(Category(code, en, zh, group))
        tree.retired = frozenset(retired)
        return tree

    def offered_groups(self) -> list[Category]:
        """The groups a new complaint may pick: in use and with a category in use under them."""
        return [g for g in self.groups if g.code not in self.retired and self.offered_children(g.code)]

    def offered_children(self, group: str) -> list[Category]:
        return [c for c in self.children.get(group, []) if c.code not in self.retired]

    def is_offered(self, code: str) -> bool:
        return self.is_leaf(code) and code not in self.retired

    @classmethod
    def from_mapping(cls, data: Any, source: str = "the category file") -> CategoryTree:
        if not isinstance(data, Mapping) or not isinstance(data.get("categories"), list):
            raise ConfigError(f"{source} must have a 'categories' list")
        tree = cls()

        def parse(item: Any, parent: str | None) -> Category:
            if not isinstance(item, Mapping):
                raise ConfigError(f"{source}: every category needs code, en and zh_CN")
            missing = [k for k in ("code", "en", "zh_CN") if not str(item.get(k, "")).strip()]
            if missing:
                raise ConfigError(f"{source}: category {item.get('code', '?')!r} is missing {', '.join(missing)}")
            return Category(str(item["code"]).strip(), str(item["en"]).strip(), str(item["zh_CN"]).strip(), parent)

        leaves: set[str] = set()
        for raw in data["categories"]:
            group = parse(raw, None)
            if any(g.code == group.code for g in tree.groups):
                raise ConfigError(f"{source}: the group {group.code!r} appears twice")
            kids = [parse(k, group.code) for k in (raw.get("children") or [])]
            if not kids:
                raise ConfigError(f"{source}: the group {group.code!r} has no categories under it")
            for k in kids:
                if k.code in leaves:
                    raise ConfigError(f"{source}: the code {k.code!r} is used twice")
                leaves.add(k.code)
            tree.groups.append(group)
            tree.children[group.code] = kids
        return tree

    def leaves(self) -> list[Category]:
        return [c for g in self.groups for c in self.children[g.code]]

    def is_leaf(self, code: str) -> bool:
        return any(c.code == code for c in self.leaves())

    def find(self, code: str) -> Category | None:
        return next((c for c in self.leaves() if c.code == code), None)

    def group_of(self, code: str) -> Category | None:
        leaf = self.find(code)
        return next((g for g in self.groups if leaf and g.code == leaf.parent), None)

    def label(self, code: str, lang: str) -> str:
        """'Delivery › Late delivery' in the user's language; the raw code when unknown."""
        leaf, group = self.find(code), self.group_of(code)
        if leaf is None:
            return code
        return f"{group.name(lang)} › {leaf.name(lang)}" if group else leaf.name(lang)


# -- handling guide -----------------------------------------------------------------
@dataclass(frozen=True)
class GuideStep:
    key: str
    title: Mapping[str, str]
    tip: Mapping[str, str]
    phrases: Mapping[str, tuple[str, ...]]

    def text(self, what: str, lang: str) -> str | tuple[str, ...]:
        table: Mapping[str, str | tuple[str, ...]] = getattr(self, what)
        return table["zh_CN" if lang.startswith("zh") else "en"]


def parse_guide(data: Any, source: str = "the handling guide") -> list[GuideStep]:
    if not isinstance(data, Mapping) or not isinstance(data.get("steps"), list) or not data["steps"]:
        raise ConfigError(f"{source} must have a non-empty 'steps' list")
    steps = []
    for raw in data["steps"]:
        try:
            steps.append(
                GuideStep(
                    str(raw["key"]),
                    {"en": str(raw["en"]), "zh_CN": str(raw["zh_CN"])},
                    {"en": str(raw["tip_en"]), "zh_CN": str(raw["tip_zh_CN"])},
                    {"en": tuple(map(str, raw["phrases_en"])), "zh_CN": tuple(map(str, raw["phrases_zh_CN"]))},
                )
            )
        except (KeyError, TypeError) as exc:
            raise ConfigError(f"{source}: a step is missing {exc}") from None
    return steps
