"""Demo users are hashed with the product's real argon2 parameters (issue 12 item 13),
without making every demo data set pay for 23 interactive-strength hashes."""

from __future__ import annotations

import sqlite3

from argon2 import extract_parameters

from callcenter.core import security
from callcenter.store import demo, demo_passwords


def test_demo_users_have_the_products_argon2_parameters(tmp_path):
    demo.generate(tmp_path / "demo.db", 20, seed=4)
    db = sqlite3.connect(tmp_path / "demo.db")
    try:
        stored = dict(db.execute("SELECT username, password_hash FROM users").fetchall())
    finally:
        db.close()
    assert sorted(stored) == sorted(u for u, _p, _r in demo.DEMO_ACCOUNTS)
    product = security.product_parameters()
    assert product == extract_parameters(security.hash_password("reference"))  # the hasher's own output
    assert product.memory_cost >= 65536 and product.time_cost >= 3  # not the old m=1024, t=1, p=1
    for username, hashed in stored.items():
        assert extract_parameters(hashed) == product, username
    assert len(set(stored.values())) == len(stored)  # a salt per account


def test_the_kept_hashes_are_the_demo_passwords():
    assert set(demo_passwords.PRECOMPUTED) == {(u, p) for u, p, _r in demo.DEMO_ACCOUNTS}
    for (username, password), hashed in demo_passwords.PRECOMPUTED.items():
        assert security.verify_password(hashed, password), username
        assert not security.verify_password(hashed, password + "x")


def test_other_parameters_make_the_hash_afresh(monkeypatch):
    monkeypatch.setattr(demo_passwords, "has_product_parameters", lambda _h: False)
    demo_passwords._computed.cache_clear()
    made = demo_passwords.demo_hash("trainer1", "trainer1")
    assert security.verify_password(made, "trainer1") and security.has_product_parameters(made)
    assert demo_passwords.demo_hash("trainer1", "trainer1") is made  # once per process
