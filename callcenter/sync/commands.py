"""The sync sub-commands of ``callcenter`` (server, sync, backup, restore)."""

from __future__ import annotations

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


def server_command(args) -> int:
    from callcenter.sync import server, server_store

    url = args.database_url or server_store.default_url()
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
        print(json.dumps({"user_id": user_id, "username": args.create_user, "role": args.role}))
        return 0
    if bool(args.certfile) != bool(args.keyfile):
        print("server: TLS needs both --certfile and --keyfile", file=sys.stderr)
        return 2
    return server.serve(url, args.host, args.port, args.certfile, args.keyfile)


def sync_command(args) -> int:
    from callcenter.paths import default_db
    from callcenter.store.db import Store, StoreError
    from callcenter.sync import credentials
    from callcenter.sync.client import SyncClient, SyncError, client_for

    try:
        store = Store(args.db or default_db())
    except StoreError as exc:
        print(f"sync: {exc}", file=sys.stderr)
        return 1
    from callcenter.sync.client import K_CAFILE

    verify = args.cafile or True
    if args.cafile:  # remembered for this store: the console's background sync trusts it too
        store.set_meta(K_CAFILE, str(Path(args.cafile).resolve()))
    try:
        if args.register:
            if not args.server:
                raise SyncError("--register needs --server URL")
            client = SyncClient(store, args.server, verify=verify)
            answer = client.register(
                args.register, read_password(f"Password for {args.register}: "), name=args.device_name or ""
            )
            where = credentials.save_token(client.server_url, store.device_id, answer["token"])
            if where == credentials.FILE_BACKEND:
                print(
                    "sync: no system keyring here; the device token is kept in a file only you can read "
                    f"({credentials.token_dir()})",
                    file=sys.stderr,
                )
        else:
            client = client_for(store, args.server, verify=verify)
        result = client.sync_round().as_dict()
    except SyncError as exc:
        print(f"sync: {exc}", file=sys.stderr)
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
    return 0


def backup_command(args) -> int:
    from callcenter.paths import default_db
    from callcenter.store.backup import backup, restore
    from callcenter.store.db import StoreError

    db = args.db or default_db()
    try:
        if args.command == "backup":
            out = backup(db, args.to)
            print(f"backed up to {out}")
        else:
            kept = restore(args.source, db)
            print("restored" + (f"; the previous store is kept as {kept}" if kept else ""))
    except StoreError as exc:
        print(f"{args.command}: {exc}", file=sys.stderr)
        return 1
    return 0
