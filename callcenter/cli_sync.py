"""The `callcenter sync`, `backup` and `restore` commands: the same use cases as the
console's Sync and File menus (``callcenter.ops.sync``), in plain English on the terminal.

They live above the use-case layer (like ``cli``), not in ``callcenter.sync``, which the
use cases themselves build on.
"""

from __future__ import annotations

import argparse
import json
import sys


def sync_command(args: argparse.Namespace) -> int:
    from callcenter.core.errors import Problem, StoreProblem, as_problem
    from callcenter.ops import sync as sync_ops
    from callcenter.paths import default_db
    from callcenter.store.db import Store, StoreError
    from callcenter.sync import credentials
    from callcenter.sync.commands import read_password

    try:
        store = Store(args.db or default_db())
    except StoreError as exc:
        print(f"sync: {exc}", file=sys.stderr)
        return 1
    try:
        server = args.server
        if args.register:
            if not server:
                print("sync: --register needs --server URL", file=sys.stderr)
                return 1
            registered = sync_ops.register_console(
                store,
                server,
                args.register,
                read_password(f"Password for {args.register}: "),
                device_name=args.device_name or "",
                cafile=args.cafile,
                retries=3,
            ).value
            server = registered.server_url
            if registered.token_backend == credentials.FILE_BACKEND:
                print(
                    "sync: no system keyring here; the device token is kept in a file only you can read "
                    f"({credentials.token_dir()})",
                    file=sys.stderr,
                )
        result = sync_ops.sync_round(store, server, cafile=args.cafile).value.as_dict()
    except Problem as problem:
        print(f"sync: {problem.english()}", file=sys.stderr)
        return 1
    except Exception as exc:  # a full disk during the pull, a read-only file: words, not a traceback
        from callcenter.cli_errors import log_traceback, plain
        from callcenter.store.errors import store_error

        log_traceback("sync", exc)
        judged = as_problem(exc)
        text = store_error(exc, store.path.name).english() if isinstance(judged, StoreProblem) else plain(exc)
        print(f"sync: {text}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"pushed {result['pushed']}, pulled {result['pulled']} (applied {result['applied']}), "
            f"conflicts {result['conflicts']}, pending {result['pending']}"
        )
        if result.get("kept_aside"):
            print(
                f"{result['kept_aside']} records from the server cannot be used on this console and are kept "
                "aside; the rest synced (a supervisor sees them under Sync → Conflicts)"
            )
    return 0


def backup_command(args: argparse.Namespace) -> int:
    from callcenter.core.errors import Problem
    from callcenter.ops import sync as sync_ops
    from callcenter.paths import default_db

    db = args.db or default_db()
    try:
        if args.command == "backup":
            out = sync_ops.back_up(db, args.to).value
            print(f"backed up to {out}")
        else:
            kept = sync_ops.restore_backup(args.source, db).value
            print("restored" + (f"; the previous store is kept as {kept}" if kept else ""))
    except Problem as problem:
        print(f"{args.command}: {problem.english()}", file=sys.stderr)
        return 1
    return 0
