"""Who is logged in."""

from __future__ import annotations

from dataclasses import dataclass

from callcenter.core.roles import Role, can_see_sensitive


@dataclass(frozen=True)
class Identity:
    user_id: str
    username: str
    display_name: str
    role: Role
    language: str = "en"

    @property
    def sees_sensitive(self) -> bool:
        return can_see_sensitive(self.role)


@dataclass(frozen=True)
class Code:
    """A reason or disposition code in both languages."""

    id: str
    code: str
    name_en: str
    name_zh: str
    parent_id: str | None = None

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") and self.name_zh else self.name_en
