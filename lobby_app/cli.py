"""`lobby-app`: the GUI on the embedded default, and the maintenance commands."""

from __future__ import annotations

import argparse
import ssl
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .pin_input import PinError, add_pin_options, read_pin
from .settings import Settings

if TYPE_CHECKING:
    from .services.context import Ctx

ROLE_NAMES = {
    "teller": "柜员 teller",
    "lobby_manager": "大堂经理 lobby manager",
    "wealth_manager": "理财经理 wealth manager",
    "branch_head": "网点负责人 branch head",
}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lobby-app", description="Banking-hall referral kiosk.")
    p.add_argument("--version", action="version", version=f"lobby-app {__version__}")
    p.add_argument("--data-dir", type=Path, help="folder of the local store (default: the user's data directory)")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="language of the screens (default zh_CN)")
    p.add_argument(
        "--kiosk", action="store_true", default=None, help="full screen, no window chrome; a branch head's PIN exits"
    )
    p.add_argument(
        "--virtual-keyboard", action="store_true", default=None, help="on-screen keyboard (pinyin) for tablets"
    )
    p.add_argument("--idle-lock", type=int, metavar="MINUTES", help="lock the screen after this many idle minutes")
    p.add_argument(
        "--hub",
        metavar="URL",
        help="the branch hub's address, e.g. https://192.168.1.10:8765 (remembered; enrol the device first)",
    )
    sub = p.add_subparsers(dest="command")
    sub.add_parser("run", help="start the app (the default)")
    shot = sub.add_parser("screenshot", help="render a screen with demo data to a PNG")
    shot.add_argument("--screen", required=True, help="which screen (see --help of the screenshot module)")
    shot.add_argument("--size", default="1280x800", help="WIDTHxHEIGHT in pixels (default 1280x800)")
    shot.add_argument("--out", type=Path, required=True, help="the PNG file to write")
    sub.add_parser("migrate", help="bring the local store's schema up to date")
    sub.add_parser("demo-data", help="seed an empty store with a demo branch and print the staff PINs")
    hub = sub.add_parser("hub", help="run the branch hub (HTTP API on uvicorn) over its own store")
    hub.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    hub.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    hub.add_argument(
        "--db",
        help="the hub's store: sqlite:///PATH, a path, or postgresql://USER:PASSWORD@HOST/DB"
        " (default: hub.db in the data directory)",
    )
    hub.add_argument("--tls-cert", type=Path, help="the bank's certificate for the hub (PEM, with its chain)")
    hub.add_argument("--tls-key", type=Path, help="with --tls-cert: its private key (PEM)")
    hub.add_argument(
        "--insecure-http",
        action="store_true",
        help="plain HTTP, no TLS: names, phones and PINs cross the LAN readable (every device's status bar says so)",
    )
    hub.add_argument("--revoke-device", metavar="ID|NAME", help="revoke an enrolled device and exit")
    hub.add_argument("--demo-data", action="store_true", help="seed the hub's empty store with a demo branch and exit")
    hub.add_argument("--api-docs", action="store_true", help="serve /openapi.json and /docs (the page needs internet)")
    hub.add_argument("--enrolment-code", action="store_true", help="print a one-time device enrolment code and exit")
    hub.add_argument("--add-staff", metavar="NUMBER", help="add a colleague at the hub (the first must be the head)")
    hub.add_argument("--name", help="with --add-staff: the colleague's name")
    hub.add_argument("--role", help="with --add-staff: branch_head, lobby_manager, teller or wealth_manager")
    hub.add_argument("--staff-no", help="the branch head's staff number (with --enrolment-code or --add-staff)")
    add_pin_options(hub, "--pin", "the branch head's PIN (with --staff-no)")
    add_pin_options(
        hub,
        "--new-pin",
        "with --add-staff: the colleague's PIN (6 to 12 digits, not a run, one digit repeated or the staff number)",
        line="its first line, or the second after the head's (--pin-stdin)",
    )
    en = sub.add_parser("enrol", help="join this device to the branch hub with the head's one-time code")
    en.add_argument("--hub", required=True, help="the hub's address, e.g. https://192.168.1.10:8765")
    en.add_argument("--code", required=True, help="the one-time enrolment code from the branch head")
    en.add_argument("--name", required=True, help="what to call this device, e.g. 大堂平板1")
    rt = sub.add_parser(
        "response-time", help="show, or set as the branch head, how long an offer waits for an answer before moving on"
    )
    rt.add_argument("seconds", nargs="?", type=int, help="the new response time (30 to 1800 seconds)")
    rt.add_argument("--staff-no", help="the branch head's staff number (to set it)")
    add_pin_options(rt, "--pin", "the branch head's PIN (to set it)")
    return p


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, object] = {}
    if args.data_dir is not None:
        overrides["data_dir"] = args.data_dir
    if args.lang is not None:
        overrides["language"] = args.lang
    if args.kiosk is not None:
        overrides["kiosk"] = True
    if args.virtual_keyboard is not None:
        overrides["virtual_keyboard"] = True
    if args.idle_lock is not None:
        overrides["idle_lock_minutes"] = args.idle_lock
    return Settings.load(**overrides)


def _print_staff(staff: list[tuple[str, str, object, str]]) -> None:
    print("Demo branch staff (staff number · name · role · PIN):")
    for number, name, role, pin in staff:
        print(f"  {number}  {name}  {ROLE_NAMES[str(role)]}  PIN {pin}")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"lobby-app: --size must be WIDTHxHEIGHT, e.g. 1280x800, not {text!r}") from None
    if not (320 <= width <= 7680 and 320 <= height <= 4320):
        raise SystemExit("lobby-app: --size must be between 320x320 and 7680x4320")
    return width, height


def _screenshot(args: argparse.Namespace, settings: Settings) -> int:
    from .tooling.screenshot import SCREENS, screenshot

    if args.screen not in SCREENS:
        print(f"lobby-app: --screen must be one of {', '.join(SCREENS)}", file=sys.stderr)
        return 2
    warnings = screenshot(screen=args.screen, language=settings.language, size=_size(args.size), out=args.out)
    for w in warnings:
        print(w, file=sys.stderr)
    print(f"wrote {args.out}")
    return 1 if warnings else 0


def _enrol(args: argparse.Namespace, ctx: Ctx, settings: Settings) -> int:
    """A new device takes the branch from the hub: its store must hold no branch of its own."""
    import asyncio

    import httpx

    from .sync import config
    from .sync.client import HubLink
    from .tooling.demo import has_staff

    if has_staff(ctx):
        print(f"lobby-app: {settings.db_path} already holds a branch; enrol with a new --data-dir", file=sys.stderr)
        return 2
    try:
        hub = config.enrol(args.hub, code=args.code, name=args.name, device_id=ctx.device_id)
    except (ValueError, OSError, httpx.HTTPError) as e:
        print(f"lobby-app: {e}", file=sys.stderr)
        return 2
    config.save(settings.data_dir, hub)

    async def first_pull() -> int:
        async with hub.client() as http:
            return (await HubLink(ctx, http).sync_once()).pulled

    print(f"enrolled as {args.name}; took {asyncio.run(first_pull())} rows of the branch from {hub.url}")
    return 0


def _head_pin(args: argparse.Namespace) -> str:
    """The branch head's PIN, for the staff number given (see lobby_app/pin_input.py)."""
    if not args.staff_no:
        raise PinError("--staff-no: give the branch head's staff number (the PIN is asked for after it)")
    return read_pin(args, "--pin", prompt=f"PIN of {args.staff_no}: ")


def _response_time(args: argparse.Namespace, ctx: Ctx) -> int:
    from .domain.errors import DomainError
    from .services.escalation import response_time, set_response_time
    from .services.staff import sign_in

    try:
        if args.seconds is not None:
            actor = sign_in(ctx, staff_no=args.staff_no, pin=_head_pin(args)).actor
            set_response_time(ctx, actor, seconds=args.seconds)
    except PinError as e:
        print(f"lobby-app: {e}", file=sys.stderr)
        return 2
    except DomainError as e:
        print(f"lobby-app: {e.field}: {e.message}", file=sys.stderr)
        return 2
    print(f"response time: {int(response_time(ctx).total_seconds())} s")
    return 0


def _demo_data(ctx: Ctx) -> int:
    from .domain.errors import DomainError
    from .tooling.demo import seed_demo

    try:
        _print_staff(seed_demo(ctx))
    except DomainError as e:
        print(f"lobby-app: {e.message} ({ctx.db})", file=sys.stderr)
        return 2
    return 0


def _add_staff(args: argparse.Namespace, ctx: Ctx) -> int:
    """A colleague joins the branch at the hub, which every device then takes them from. The first
    person of an empty hub is its branch head; after that the head's credentials are needed."""
    from .domain.errors import DomainError
    from .services.staff import create_staff, sign_in

    try:
        head_pin = _head_pin(args) if args.staff_no else None  # read first: the first line of stdin
        pin = read_pin(args, "--new-pin", prompt=f"PIN for {args.add_staff}: ", confirm=True)
        actor = sign_in(ctx, staff_no=args.staff_no, pin=head_pin).actor if head_pin is not None else None
        create_staff(ctx, actor, staff_no=args.add_staff, name=args.name or "", role=args.role or "", pin=pin)
    except PinError as e:
        print(f"lobby-app: {e}", file=sys.stderr)
        return 2
    except DomainError as e:
        print(f"lobby-app: {e.field}: {e.message}", file=sys.stderr)
        return 2
    print(f"added {args.add_staff} {args.name} ({args.role})")
    return 0


def _hub(args: argparse.Namespace, settings: Settings) -> int:
    from .app_setup import open_store
    from .domain.errors import DomainError
    from .store.engine import is_postgres_url

    db = args.db or str(settings.data_dir / "hub.db")
    if "://" in db and not (db.startswith("sqlite:///") or is_postgres_url(db)):
        print("lobby-app: --db: give sqlite:///PATH, a path, or postgresql://USER:PASSWORD@HOST/DB", file=sys.stderr)
        return 2
    if not is_postgres_url(db):  # the hub's own id file lies beside its SQLite file
        settings = replace(settings, data_dir=Path(db.removeprefix("sqlite:///")).parent)
    ctx = replace(open_store(settings, db=db), outbox=False)
    if args.demo_data:
        return _demo_data(ctx)
    if args.add_staff:
        return _add_staff(args, ctx)
    if args.revoke_device:
        from .hub.access import revoke_device

        try:
            device = revoke_device(ctx, device=args.revoke_device)
        except DomainError as e:
            print(f"lobby-app: --revoke-device: {e.message}", file=sys.stderr)
            return 2
        print(f"revoked {device.name} ({device.id}): its requests are refused from now on")
        return 0
    if args.enrolment_code:
        from .hub.access import make_enrolment_code

        try:
            print(make_enrolment_code(ctx, staff_no=args.staff_no, pin=_head_pin(args)))
        except PinError as e:
            print(f"lobby-app: {e}", file=sys.stderr)
            return 2
        except DomainError as e:
            print(f"lobby-app: {e.field}: {e.message}", file=sys.stderr)
            return 2
        return 0
    return _serve(args, ctx, settings)


def _serve(args: argparse.Namespace, ctx: Ctx, settings: Settings) -> int:
    import uvicorn

    from .hub.app import create_app
    from .hub.tls import bank_tls, branch_tls

    if (args.tls_cert is None) != (args.tls_key is None):
        print("lobby-app: --tls-cert and --tls-key go together", file=sys.stderr)
        return 2
    if args.insecure_http and args.tls_cert:
        print("lobby-app: --insecure-http: not with --tls-cert", file=sys.stderr)
        return 2
    try:
        if args.insecure_http:
            tls = None
        elif args.tls_cert:
            tls = bank_tls(args.tls_cert, args.tls_key)
        else:
            tls = branch_tls(settings.data_dir / "tls")
    except (OSError, ValueError, ssl.SSLError) as e:  # a missing or unreadable file, a key not the certificate's
        where = "--tls-cert/--tls-key" if args.tls_cert else f"the hub's TLS folder {settings.data_dir / 'tls'}"
        print(f"lobby-app: {where}: {e}", file=sys.stderr)
        return 1
    app = create_app(ctx, tls=tls, api_docs=args.api_docs)
    # SIGTERM: requests in flight finish (event streams are closed after 5 s), then the process ends.
    # No access log: a line per request costs the hub's one event loop at a busy branch;
    # the hub's audit table keeps what matters (enrolments, refusals).
    config = uvicorn.Config(
        app,
        host=args.host,
        port=args.port,
        log_level="info",
        access_log=False,
        timeout_graceful_shutdown=5,
        proxy_headers=False,  # no proxy in front of a branch hub: the audited address is the peer's own
        backlog=64,
        ssl_certfile=str(tls.cert) if tls else None,
        ssl_keyfile=str(tls.key) if tls else None,
    )
    config.load()
    app.state.ssl_context = config.ssl  # the daily renewal loads the new certificate into it
    if tls is None:
        print("lobby-app: WARNING: plain HTTP (--insecure-http): customers' names and phones cross the LAN readable")
    else:
        print(f"branch hub certificate (SHA-256 of what devices pin): {tls.fingerprint}")
    uvicorn.Server(config).run()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = _settings(args)
    except ValueError as e:  # names the setting and the rule
        print(f"lobby-app: {e}", file=sys.stderr)
        return 2
    if args.command == "screenshot":  # its own demo store: never touches the real one
        return _screenshot(args, settings)
    if args.command == "hub":
        return _hub(args, settings)
    if args.command in (None, "run"):
        return _run(args, settings)
    from .app_setup import open_store  # after argument parsing: --help and --version stay instant

    ctx = open_store(settings)
    if args.command == "migrate":
        from .store.migrate import current_revision

        print(f"store {settings.db_path} is at schema {current_revision(ctx.db)}")
        return 0
    if args.command == "demo-data":
        return _demo_data(ctx)
    if args.command == "response-time":
        return _response_time(args, ctx)
    assert args.command == "enrol", args.command
    return _enrol(args, ctx, settings)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    """The app: its window first, then the store (see gui/start.py)."""
    from .sync.config import load, save

    hub = load(settings.data_dir)
    if args.hub:
        if not args.hub.startswith(("http://", "https://")):
            print(f"lobby-app: --hub: give the hub's address as https://HOST:PORT, not {args.hub!r}", file=sys.stderr)
            return 2
        if hub is None:
            print(
                "lobby-app: --hub: this device has not joined the branch hub yet; ask the branch head for a code,"
                f" then: lobby-app enrol --hub {args.hub} --code CODE --name NAME",
                file=sys.stderr,
            )
            return 2
        if hub.url != args.hub.rstrip("/"):  # the hub has moved to another address: keep the new one
            hub = replace(hub, url=args.hub.rstrip("/"))
            save(settings.data_dir, hub)

    def open_store() -> Ctx:
        from .app_setup import open_store
        from .tooling.demo import has_staff, seed_demo

        ctx = open_store(settings)
        if hub is None and not has_staff(ctx):  # first run on the embedded default: a demo branch to try
            _print_staff(seed_demo(ctx))
        return ctx

    from .gui.start import run
    from .logs import configure

    configure(settings.data_dir)
    return run(
        open_store,
        language=settings.language,
        kiosk=settings.kiosk,
        virtual_keyboard=settings.virtual_keyboard,
        idle_lock_s=settings.idle_lock_minutes * 60,
        hub=hub,
    )


if __name__ == "__main__":
    sys.exit(main())
