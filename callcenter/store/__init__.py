"""SQLite store: models, migrations, repositories, search. No Qt here."""
