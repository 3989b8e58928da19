"""`callcenter init`: create a site or join one from the command line (``callcenter.ops.site``).

Passwords come from CALLCENTER_PASSWORD or standard input, never from an argument.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from callcenter.core.errors import Problem

FIELD_WORDS = {
    "required": "is required",
    "too_short": "must be at least 8 characters",
    "bad_username": "may hold only letters, digits, '.', '_' and '-' (2 to 64)",
    "unknown_country": "is not a known country code (two letters, e.g. US, CN, GB)",
    "unknown_time_zone": "is not a known time zone (e.g. Asia/Shanghai, Europe/London)",
    "unknown_language": "must be en or zh_CN",
    "bad_currency": "must be a three-letter currency code (e.g. USD, CNY)",
    "not_a_url": "must start with http:// or https://",
    "no_match": "does not match",
}
FIELD_NAMES = {
    "site_name": "--site-name",
    "time_zone": "--time-zone",
    "username": "the user name",
    "password": "the password",
    "server_url": "--server",
}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="set up this console: create a new site, or join an existing one")
    isub = p.add_subparsers(dest="init_command", required=True)
    db_help = "SQLite store to use (default: CALLCENTER_DB or the user data dir)"
    c = isub.add_parser("create", help="create a site: first admin, settings, reference data in both languages")
    c.add_argument("--db", type=Path, help=db_help)
    c.add_argument("--site-name", required=True)
    c.add_argument("--country", default="US", help="default country for phone numbers (two letters; default US)")
    c.add_argument("--time-zone", default="UTC", help="e.g. Asia/Shanghai (default UTC)")
    c.add_argument("--language", choices=["en", "zh_CN"], default="en")
    c.add_argument("--currency", default="USD")
    c.add_argument("--admin", required=True, metavar="USERNAME", help="the first administrator (password from stdin)")
    c.add_argument("--admin-name", default="", help="the administrator's display name")
    c.add_argument("--defaults", type=Path, metavar="FILE", help="reference data (a copy made with `init defaults`)")
    c.add_argument(
        "--server",
        metavar="URL",
        help="create the site on this server, signing in as its first admin (made with `server --create-user`)",
    )
    c.add_argument("--cafile", help="CA certificate to trust for the server's TLS")
    c.add_argument("--json", action="store_true", help="print one JSON object")
    j = isub.add_parser("join", help="join a site: sign in to its server, register this console, pull")
    j.add_argument("--db", type=Path, help=db_help)
    j.add_argument("--server", required=True, metavar="URL")
    j.add_argument("--user", required=True, metavar="USERNAME", help="password from CALLCENTER_PASSWORD or stdin")
    j.add_argument("--device-name", default="", help="a name for this console on the server")
    j.add_argument("--cafile", help="CA certificate to trust for the server's TLS")
    j.add_argument("--json", action="store_true", help="print one JSON object")
    d = isub.add_parser("defaults", help="copy the default reference data to a file to edit before `init create`")
    d.add_argument("--to", type=Path, required=True, metavar="FILE")


class _Progress:
    """The snapshot's progress on standard error (a line every tenth), never on standard output."""

    def __init__(self) -> None:
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        tenth = done * 10 // total if total else 10
        if tenth != self.shown:
            self.shown = tenth
            print(f"init: loading the site's data: {done:,} of {total:,} rows", file=sys.stderr)


def _say(problem: Problem) -> str:
    from callcenter.core.errors import Invalid

    if isinstance(problem, Invalid):
        fields = problem.params.get("fields") or {}
        return "; ".join(f"{FIELD_NAMES.get(k, '--' + k)} {FIELD_WORDS.get(v, v)}" for k, v in fields.items())
    reason = problem.params.get("reason")
    if reason == "unauthorised":
        return "the server refused the sign-in: wrong user name or password"
    if reason in ("offline", "unreachable", "timeout"):
        return "the server cannot be reached: check --server and the network"
    if getattr(problem, "params", {}).get("state") == "site_exists":
        return "this store already holds a site"
    if getattr(problem, "params", {}).get("state") == "has_users":
        return "this store already has user accounts: join its site or use another --db"
    return str(problem.english())


def run(args: argparse.Namespace) -> int:
    from callcenter.core.errors import Problem
    from callcenter.core.site import DefaultsError, SiteSettings
    from callcenter.ops import site as site_ops
    from callcenter.paths import default_db
    from callcenter.store.db import Store, StoreError
    from callcenter.sync.commands import read_password

    if args.init_command == "defaults":
        try:
            print(f"wrote {site_ops.write_defaults(args.to)}")
        except OSError as exc:
            print(f"init: cannot write {args.to} ({exc.strerror})", file=sys.stderr)
            return 1
        return 0
    try:
        store = Store(args.db or default_db())
    except StoreError as exc:
        print(f"init: {exc}", file=sys.stderr)
        return 1
    try:
        if args.init_command == "join":
            password = read_password(f"Password for {args.user}: ")
            joined = site_ops.join_site(
                store,
                args.server,
                args.user,
                password,
                device_name=args.device_name,
                cafile=args.cafile,
                progress=_Progress(),
            ).value
            result = {
                "action": "join",
                "user": joined.identity.username,
                "role": joined.identity.role.value,
                "server": joined.server_url,
                "pulled": joined.pulled,
                "loaded": joined.loaded,
                "has_site": joined.has_site,
            }
        else:
            defaults = site_ops.load_defaults(args.defaults)
            settings = SiteSettings(args.site_name, args.country, args.time_zone, args.language, args.currency)
            password = read_password(f"Password for {args.admin}: ")
            admin = site_ops.AdminAccount(args.admin, password, args.admin_name)
            joined_identity = None
            if args.server:
                from callcenter.core.site import check_settings

                if errors := check_settings(settings):  # refuse bad settings before registering anywhere
                    from callcenter.core.errors import Invalid

                    raise Invalid(errors)
                joined_identity = site_ops.join_site(
                    store, args.server, args.admin, password, cafile=args.cafile
                ).value.identity
            identity = site_ops.create_site(store, settings, admin, defaults, joined=joined_identity).value
            result = {"action": "create", "site": settings.name, "user": identity.username, "role": "admin"}
            if args.server:
                from callcenter.ops import sync as sync_ops

                result["pushed"] = sync_ops.sync_round(store).value.pushed
    except DefaultsError as exc:
        print(f"init: {exc}", file=sys.stderr)
        return 1
    except Problem as problem:
        print(f"init: {_say(problem)}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    elif result["action"] == "create":
        print(f"created the site {result['site']!r}; sign in as {result['user']} to take calls")
    else:
        print(
            f"joined {result['server']} as {result['user']} ({result['role']}); loaded {result['loaded']} rows, "
            f"pulled {result['pulled']} changes"
            + ("" if result["has_site"] else "; the server has no site yet: its admin creates it with `init create`")
        )
    return 0
