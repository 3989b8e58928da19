"""Alembic environment of the central server's database (SQLite or PostgreSQL);
the engine is handed in by callcenter.sync.server_store.upgrade."""

from alembic import context

from callcenter.sync.server_store import metadata

config = context.config


def run() -> None:
    engine = config.attributes["engine"]
    with engine.begin() as connection:
        context.configure(
            connection=connection, target_metadata=metadata, render_as_batch=connection.dialect.name == "sqlite"
        )
        context.run_migrations()


run()
