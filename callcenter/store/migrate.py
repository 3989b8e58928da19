"""Alembic migrations, run programmatically at start (no alembic.ini needed)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from callcenter.store.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade in place; refuse a file written by a newer version of the product."""
    current = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config())
    check_known(current, script)
    if revision == "head" and current == script.get_current_head():
        return
    command.upgrade(alembic_config(engine), revision)


def check_known(current: str | None, script: ScriptDirectory | None = None) -> None:
    """Raise StoreError when ``current`` is a schema revision this product does not know."""
    script = script or ScriptDirectory.from_config(alembic_config())
    if current is not None and not _known(script, current):
        raise StoreError(
            f"this database was written by a newer version of the product (schema {current}); "
            "update the product to open it",
            "newer_schema",
        )


def _known(script: ScriptDirectory, rev: str) -> bool:
    try:
        return script.get_revision(rev) is not None
    except Exception:
        return False
