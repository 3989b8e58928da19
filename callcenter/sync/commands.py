"""The sync server's sub-command of ``callcenter`` (``server``) and the password prompt.

``callcenter sync``, ``backup`` and ``restore`` run the console's use cases
(``callcenter.ops.sync``) and so live above them, in ``callcenter.cli_sync``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def read_password(prompt: str) -> str:
    """CALLCENTER_PASSWORD, else one line from stdin (a prompt when it is a terminal)."""
    env = os.environ.get("CALLCENTER_PASSWORD")
    if env:
        return env
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\n")


def server_command(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from callcenter.sync import server, server_store

    url = args.database_url or os.environ.get("CALLCENTER_DATABASE_URL") or server_store.default_url()
    if getattr(args, "build_snapshot", False):
        return _build_snapshot(url, args.snapshot_dir)
    if getattr(args, "adopt_users", None):  # admin14
        from callcenter.store import replica
        from callcenter.store.db import Store

        try:
            store = Store(args.adopt_users)
            plan = replica.synced_tables()["users"]
            with store.engine.connect() as conn:
                raw = conn.exec_driver_sql(f"SELECT {', '.join(plan.columns)} FROM users").all()
            store.close()
            adopted = server_store.adopt_users(
                server_store.open_engine(url), [replica.encode_row(plan, r) for r in raw]
            )
        except (ValueError, OSError) as exc:
            print(f"server: {exc}", file=sys.stderr)
            return 2
        print(json.dumps({"adopted_users": adopted}))
        return 0
    if args.create_user:
        if not args.role:
            print("server: --create-user needs --role agent|supervisor|trainer|admin", file=sys.stderr)
            return 2
        password = read_password(f"Password for {args.create_user}: ")
        try:
            engine = server_store.open_engine(url)
            user_id = server_store.create_user(engine, args.create_user, password, args.role)
        except ValueError as exc:
            print(f"server: {exc}", file=sys.stderr)
            return 2
        except (OSError, SQLAlchemyError) as exc:  # a read-only folder, a full disk: words, not a traceback
            from callcenter.store.errors import store_error

            print(f"server: {store_error(exc, 'the server database').english()}", file=sys.stderr)
            return 1
        print(json.dumps({"user_id": user_id, "username": args.create_user, "role": args.role}))
        return 0
    if bool(args.certfile) != bool(args.keyfile):
        print("server: TLS needs both --certfile and --keyfile", file=sys.stderr)
        return 2
    return server.serve(url, args.host, args.port, args.certfile, args.keyfile, args.snapshot_dir, args.snapshot_every)


def _build_snapshot(url: str, folder: Path | None) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from callcenter.sync import server_store, snapshot_file

    try:
        manifest = snapshot_file.build(server_store.open_engine(url), folder or snapshot_file.default_dir())
    except (OSError, SQLAlchemyError) as exc:  # a full disk, a database gone: words, not a traceback
        from callcenter.store.errors import store_error

        print(f"server: {store_error(exc, 'the snapshot file').english()}", file=sys.stderr)
        return 1
    print(json.dumps(manifest.as_dict()))
    return 0
