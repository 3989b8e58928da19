"""The demo users' password hashes, with the product's real argon2 parameters.

Hashing 23 demo passwords with interactive-login parameters takes seconds, on every
demo data set. The demo accounts' passwords are public (each is its user name), so
their salts need not differ between data sets: each account's salt comes from its
name, its hash is the same in every demo data set, and the hashes are made once and
kept here (``PRECOMPUTED``). A hash is used only when it was made with the product's
current parameters; otherwise it is computed (once per process).
Regenerate after a change of parameters or accounts with
``regenerate(callcenter.store.demo.DEMO_ACCOUNTS)`` and paste its output below.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable

from callcenter.core.security import has_product_parameters, hash_password


def demo_salt(username: str) -> bytes:
    return hashlib.sha256(f"callcenter demo account {username}".encode()).digest()[:16]


@functools.cache
def _computed(username: str, password: str) -> str:
    return hash_password(password, salt=demo_salt(username))


def demo_hash(username: str, password: str) -> str:
    """The stored hash of a demo account (the product's parameters, the account's salt)."""
    known = PRECOMPUTED.get((username, password))
    if known is not None and has_product_parameters(known):
        return known
    return _computed(username, password)


PRECOMPUTED: dict[tuple[str, str], str] = {
    (
        "agent1",
        "agent1",
    ): "$argon2id$v=19$m=65536,t=3,p=4$RIRp8PFaUnyHempEfs2+Zw$u67m17+iuhQGakyjo41R2o5Uh1LvI7iUIVvQ4ymaW7A",
    (
        "agent2",
        "agent2",
    ): "$argon2id$v=19$m=65536,t=3,p=4$pHFJ1NlOBNjS6qLrhm5MOw$BwuFHS4SkDU48E1GAdmJRgkCpX2PQk31L2mnmiMWs8A",
    (
        "agent3",
        "agent3",
    ): "$argon2id$v=19$m=65536,t=3,p=4$9eO3z868wkmvDg+uIxhHnA$43g56RrjZKQugZ7Zvgr1zci7+GiPGaf0Ix8Udv+135k",
    (
        "agent4",
        "agent4",
    ): "$argon2id$v=19$m=65536,t=3,p=4$iIRPxXxXroZSV3vaxVL9+g$PCTXr8it73iZT05PW6ww16BhzLPmU37+bggUQqLLzVE",
    (
        "agent5",
        "agent5",
    ): "$argon2id$v=19$m=65536,t=3,p=4$C6Saz9y/NEfdKEY2gp435w$Z7BJUt/H2qVgdqACxTyilXKHfp8qoNZhy3iew05nxQY",
    (
        "agent6",
        "agent6",
    ): "$argon2id$v=19$m=65536,t=3,p=4$j/UY7VT07vr0dHjaZ8v7wg$ENh45FLDfLc5pRppGlRu7YqAprZUU3Q9MzI4rP/qoZU",
    (
        "agent7",
        "agent7",
    ): "$argon2id$v=19$m=65536,t=3,p=4$2iuWGfzxlDYbHsiEmHWAbQ$S8nfkUtxf5eIEzu1iUJ/U6Asm5Ka6rnnmvGybRv+Ocs",
    (
        "agent8",
        "agent8",
    ): "$argon2id$v=19$m=65536,t=3,p=4$UVC6vlz5J+CvpEYG+uqOgw$RmDbSQVS3XW6GkflYQS7bCIXq3QsHcbedVtYhkV4Ifk",
    (
        "agent9",
        "agent9",
    ): "$argon2id$v=19$m=65536,t=3,p=4$ufDQohaP2F2bqB8LAPmHBA$OS6UkSvwU4ZDMadk1ylLfiOHciX7KDGsaRyt0HUnK8M",
    (
        "agent10",
        "agent10",
    ): "$argon2id$v=19$m=65536,t=3,p=4$tVl6sdG59gH5GNpaFx6fjQ$8wA79ze0+XuOjUYYCasydW7VndWFIOJsF6WdIm+w+iQ",
    (
        "agent11",
        "agent11",
    ): "$argon2id$v=19$m=65536,t=3,p=4$i8hF5RRQs/m61qIjkS0cQw$RL6H6tij9ht7SwIOrg/y7UgSmKA1jb8zsMyCKqysrKo",
    (
        "agent12",
        "agent12",
    ): "$argon2id$v=19$m=65536,t=3,p=4$5aeuoCfXCMZDR5bFq0/bZg$zWXxnilqqgVeMo+risGjpRKyaXzyYG7KBaYeqqg4eZw",
    (
        "agent13",
        "agent13",
    ): "$argon2id$v=19$m=65536,t=3,p=4$AYsRa99v8IJ3W8eUoYL84A$VDV0RxAwzld5LIcTpn5hvYRzg51l01tPaV7pAaBcJX0",
    (
        "agent14",
        "agent14",
    ): "$argon2id$v=19$m=65536,t=3,p=4$DzEePyTObzhKsRGq5VAH0g$pJ/egNsYGIrkPhGNr86TVvIC+ULxR+u/vnnN1ooQl38",
    (
        "agent15",
        "agent15",
    ): "$argon2id$v=19$m=65536,t=3,p=4$hV2VeaMNtd8we2k3X5eyuA$v9/B6qGgiXgshgQUHHt9tp1b+Ul/d2xRipWbKAnF9wU",
    (
        "agent16",
        "agent16",
    ): "$argon2id$v=19$m=65536,t=3,p=4$cjstBb0QLUqntV22o5eZuw$SttoLdPGkitTshrpMG9gJIZJwsDgcQhZjDO9z0nSI3w",
    (
        "agent17",
        "agent17",
    ): "$argon2id$v=19$m=65536,t=3,p=4$ig9XzSlIf30t+cjFja28hg$MU6B9bBpjpOHOLgyMsxYK3kYe16UqePQ90j2wA7RmrY",
    (
        "agent18",
        "agent18",
    ): "$argon2id$v=19$m=65536,t=3,p=4$4Cut7HgN6eHUQLMXn27eiA$zaJF2AZKSmg+zsOwD2BbCHn7EyOlphJL1yXBP7r79OE",
    (
        "agent19",
        "agent19",
    ): "$argon2id$v=19$m=65536,t=3,p=4$3wd+v57wYrG3G9BY/Hu8yg$R2T9IsXVApsDNdKHKZOSgrpRfsMpMykyrCLDaJ6m/uw",
    (
        "agent20",
        "agent20",
    ): "$argon2id$v=19$m=65536,t=3,p=4$ywirByvasfl1SN+5G6OKhQ$FMINLxIscMP1zCXoYwzFWNMCCCxXteP8JLFjwrwJ2Ww",
    (
        "supervisor1",
        "supervisor1",
    ): "$argon2id$v=19$m=65536,t=3,p=4$NReqkcZ7IlEbWRWjk0AoJA$TOKv5P/dZDurkqQGgnWkdqZ3JqFarVmnUlBfUxXH0s4",
    (
        "trainer1",
        "trainer1",
    ): "$argon2id$v=19$m=65536,t=3,p=4$PVCNqg7psagjtehC8+Q0Hw$d3KgDLRUR6PocT/aNXcw4cBE65n3ASJUkjfQL6ZAh4k",
    (
        "admin",
        "admin",
    ): "$argon2id$v=19$m=65536,t=3,p=4$AEQkO3cFC9y6BGf16QiGsA$PqgZO2Q9pcVyFsLPkkok2VgJrnyOgX042b+dhRXtD3E",
}


def regenerate(accounts: Iterable[tuple[str, str, str]]) -> str:
    """The source of ``PRECOMPUTED`` for (username, password, role) accounts."""
    lines = [f"    ({u!r}, {p!r}): {hash_password(p, salt=demo_salt(u))!r}," for u, p, _role in accounts]
    return "PRECOMPUTED: dict[tuple[str, str], str] = {\n" + "\n".join(lines) + "\n}\n"
