"""`lobby-app`: the GUI on the embedded default, and the maintenance commands."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import __version__
from .pin_input import PinError, add_pin_options, read_pin
from .settings import FONT_SCALES, Settings

if TYPE_CHECKING:
    from .services.context import Ctx

USAGE, ENVIRONMENT = 2, 1  # exit codes: bad input; a machine, folder, server or hub that is not as needed


class Refused(Exception):
    """A command's one-line answer to what it cannot do: names the option and what to do. `code`: USAGE or
    ENVIRONMENT."""

    def __init__(self, message: str, code: int = USAGE) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """A usage error in one line naming the command and its --help (then the command's own usage)."""

    def error(self, message: str) -> NoReturn:
        self.exit(USAGE, f"{self.prog}: {message} (see: {self.prog} --help)\n{self.format_usage()}")


@dataclass
class _LogPlace:
    """Where an unexpected error's traceback is written: the data directory in use (the hub's, for hub)."""

    data_dir: Path | None = None
    file_name: str = "lobby-app.log"


_log_place = _LogPlace()


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to 65535, not {text!r}") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"must be from 1 to 65535, not {port}")
    return port


def _hour(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole hour from 0 to 23, not {text!r}") from None


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date as YYYY-MM-DD, e.g. 2026-09-01, not {text!r}") from None


ROLE_NAMES = {
    "teller": "柜员 teller",
    "lobby_manager": "大堂经理 lobby manager",
    "wealth_manager": "理财经理 wealth manager",
    "branch_head": "网点负责人 branch head",
}


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="lobby-app", description="Banking-hall referral kiosk.")
    p.set_defaults(usage_of=p)
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
    p.add_argument(
        "--demo",
        action="store_true",
        help="on an empty store without a hub, seed a demo branch to try and print its PINs (./run.sh passes it);"
        " without it an empty store starts on the first-run setup",
    )
    sub = p.add_subparsers(dest="command")
    _command(sub, "run", help="start the app (the default)")
    shot = _command(sub, "screenshot", help="render a screen with demo data to a PNG")
    shot.add_argument("--screen", required=True, help="which screen (see --help of the screenshot module)")
    shot.add_argument("--size", default="1280x800", help="WIDTHxHEIGHT in pixels (default 1280x800)")
    shot.add_argument("--out", type=Path, required=True, help="the PNG file to write")
    shot.add_argument(
        "--font-scale",
        type=int,
        choices=FONT_SCALES,
        default=100,
        metavar="PERCENT",
        help="text size in per cent: 100, 125 or 150 (default 100)",
    )
    _command(sub, "migrate", help="bring the local store's schema up to date")
    _command(sub, "demo-data", help="seed an empty store with a demo branch and print the staff PINs")
    hub = _command(
        sub,
        "hub",
        help="run the branch hub (HTTP API on uvicorn) over its own store, or one of its subcommands",
        description="Without a subcommand: serve the branch hub (the options below). With --add-staff,"
        " --enrolment-code, --revoke-device or --demo-data: do that and exit. The subcommands set up,"
        " back up, restore and inspect the hub; each has its own --help.",
        epilog="--data-dir goes before `hub`: lobby-app --data-dir DIR hub ...",
    )
    hub.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    hub.add_argument("--port", type=_port, default=8765, help="port, 1 to 65535 (default 8765)")
    hub.add_argument("--db", help=DB_HELP)
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
    _hub_subcommands(hub)
    en = _command(sub, "enrol", help="join this device to the branch hub with the head's one-time code")
    en.add_argument("--hub", required=True, help="the hub's address, e.g. https://192.168.1.10:8765")
    en.add_argument("--code", required=True, help="the one-time enrolment code from the branch head")
    en.add_argument("--name", required=True, help="what to call this device, e.g. 大堂平板1")
    rt = _command(
        sub,
        "response-time",
        help="show, or set as the branch head, how long an offer waits for an answer before moving on",
    )
    rt.add_argument("seconds", nargs="?", type=int, help="the new response time (30 to 1800 seconds)")
    rt.add_argument("--staff-no", help="the branch head's staff number (to set it)")
    add_pin_options(rt, "--pin", "the branch head's PIN (to set it)")
    return p


DB_HELP = (
    "the hub's store: sqlite:///PATH, a path, or postgresql://USER:PASSWORD@HOST/DB (default: $LOBBY_HUB_DB, else"
    " hub.db in the data directory; the variable keeps a password out of the process list)"
)


def _command(sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, **kw: str) -> argparse.ArgumentParser:
    """A subcommand whose usage errors name it and show its own usage."""
    parser = sub.add_parser(name, **kw)  # type: ignore[arg-type]
    parser.set_defaults(usage_of=parser)
    return parser


def _hub_subcommands(hub: argparse.ArgumentParser) -> None:
    """`hub setup|backup|restore|status|settings`. Their --db is theirs too (before or after the name)."""
    sub = hub.add_subparsers(dest="hub_command", title="subcommands (each with its own --help)")

    def db(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--db", default=argparse.SUPPRESS, help=DB_HELP)

    setup = _command(
        sub,
        "setup",
        help="set up a real branch on the hub's empty store: its name, code, time zone, credit roll-out and head",
        description="Set up the branch on the hub's empty store; every field is checked before anything is"
        " written. The head's PIN is asked for twice (or --new-pin-stdin / --new-pin-env NAME).",
    )
    db(setup)
    setup.add_argument("--name", required=True, help="the branch's name, e.g. 城东支行")
    setup.add_argument("--code", required=True, help="the bank's code for the branch, letters and digits, e.g. CD0101")
    setup.add_argument("--timezone", default="Asia/Shanghai", help="IANA time zone (default Asia/Shanghai)")
    setup.add_argument(
        "--rollout", type=_day, required=True, metavar="YYYY-MM-DD", help="the first day of the credit's phase 1"
    )
    setup.add_argument("--staff-no", required=True, help="the branch head's staff number")
    setup.add_argument("--head-name", required=True, help="the branch head's name")
    add_pin_options(setup, "--new-pin", "the branch head's PIN (6 to 12 digits, not trivial)")

    backup = _command(
        sub,
        "backup",
        help="back the hub's store up now, checked (SQLite's backup API; pg_dump for PostgreSQL)",
        description="Back the hub's store up while it runs. The file is named by its UTC time, checked (integrity,"
        " rows per table) before it gets that name, and is 0600 in a 0700 folder.",
    )
    db(backup)
    backup.add_argument("--to", type=Path, metavar="DIR", help="the folder (default: backups/ in the hub's data dir)")

    restore = _command(
        sub,
        "restore",
        help="put the hub's store back from a backup (stop the hub first); devices resend what it lacks",
        description="Replace the hub's store with a backup (checked first; nothing changes if it is not sound)."
        " Stop the hub first, restore, start it: each device sends again what the backup lacks.",
    )
    db(restore)
    restore.add_argument("file", type=Path, metavar="FILE", help="a backup-*.sqlite or backup-*.pgdump file")

    status = _command(
        sub, "status", help="devices and when last seen, customers waiting, the last backup and purge, disk free"
    )
    db(status)

    settings = _command(
        sub,
        "settings",
        help="show, or set as the branch head, the hours of the nightly purge and backup and how many backups to keep",
    )
    db(settings)
    settings.add_argument("--purge-hour", type=_hour, help="the retention purge's hour, 0-23 branch time (default 22)")
    settings.add_argument("--backup-hour", type=_hour, help="the daily backup's hour, 0-23 branch time (default 23)")
    settings.add_argument("--keep-backups", type=_whole, help="how many daily backups to keep, 1-365 (default 14)")
    settings.add_argument("--staff-no", help="the branch head's staff number (to set them)")
    add_pin_options(settings, "--pin", "the branch head's PIN (to set them)")
    _install_service_parser(sub)


def _install_service_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`hub install-service`: the hub's systemd units, printed or written (lobby_app/service_units.py)."""
    from .service_units import DEFAULT_DATA_DIR, DEFAULT_UNIT_DIR, DEFAULT_USER

    units = _command(
        sub,
        "install-service",
        help="print (or --write) the systemd units of the hub and its daily backup, filled in with this install",
        description="Print the units lobby-hub.service, lobby-hub-backup.service and lobby-hub-backup.timer for"
        " this executable, user and data directory; with --write, write them into a folder (then: systemctl"
        " daemon-reload && systemctl enable --now lobby-hub lobby-hub-backup.timer). Starts nothing.",
    )
    what = units.add_mutually_exclusive_group()
    what.add_argument("--print", action="store_true", help="print the units (the default)")
    what.add_argument(
        "--write",
        nargs="?",
        const=DEFAULT_UNIT_DIR,
        metavar="DIR",
        help=f"write the units into DIR (default {DEFAULT_UNIT_DIR}; as root)",
    )
    units.add_argument("--user", default=DEFAULT_USER, help=f"the hub's own system user (default {DEFAULT_USER})")
    units.add_argument(
        "--data-dir",
        dest="service_data_dir",
        metavar="DIR",
        help=f"the hub's data directory, absolute (default: --data-dir before `hub`, else {DEFAULT_DATA_DIR})",
    )
    units.add_argument("--exe", metavar="PATH", help="the lobby-app executable, absolute (default: this one)")


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


def _writable_folder(folder: Path, option: str) -> None:
    """`folder` made (0700) if missing and written in once, or Refused naming `option`."""
    from . import private

    if folder.exists() and not folder.is_dir():
        raise Refused(f"{option}: {folder} is a file, not a folder; give a folder (it is made if missing)")
    try:
        private.private_dir(folder)
        probe = folder / ".lobby-write-probe"
        private.write_text(probe, "")
        probe.unlink()
    except OSError as e:
        raise Refused(
            f"{option}: cannot write in {folder} ({e.strerror or e}); give a folder this user may write to",
            ENVIRONMENT,
        ) from None


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
    warnings = screenshot(
        screen=args.screen,
        language=settings.language,
        size=_size(args.size),
        out=args.out,
        font_scale=args.font_scale,
    )
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
        raise Refused(f"{settings.db_path} already holds a branch; enrol with a new --data-dir (before `enrol`)")
    url = args.hub.rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise Refused(f"--hub: give the hub's address as https://HOST:PORT, not {args.hub!r}")
    try:
        hub = config.enrol(url, code=args.code, name=args.name, device_id=ctx.device_id)
    except config.EnrolmentRefused as e:
        raise Refused(f"--code: {e}") from None
    except httpx.HTTPError as e:
        message = f"--hub: cannot reach the hub at {url} ({_reason(e)}); check the address and that it runs"
        raise Refused(message, ENVIRONMENT) from None
    config.save(settings.data_dir, hub)

    async def first_pull() -> int:
        async with hub.client() as http:
            return (await HubLink(ctx, http).sync_once()).pulled

    print(f"enrolled as {args.name}; took {asyncio.run(first_pull())} rows of the branch from {hub.url}")
    return 0


def _reason(error: BaseException) -> str:
    """Why a connection failed, in a few words: the innermost cause's message without its errno."""
    while error.__cause__ is not None or error.__context__ is not None:
        error = error.__cause__ or error.__context__  # type: ignore[assignment]
    text = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return str(text).splitlines()[0]


def _head_pin(args: argparse.Namespace) -> str:
    """The branch head's PIN, for the staff number given (see lobby_app/pin_input.py)."""
    if not args.staff_no:
        raise PinError("--staff-no: give the branch head's staff number (the PIN is asked for after it)")
    return read_pin(args, "--pin", prompt=f"PIN of {args.staff_no}: ")


def _head(args: argparse.Namespace, ctx: Ctx) -> object:
    """The branch head signed in with --staff-no and their PIN: the Actor."""
    from .services.staff import sign_in

    return sign_in(ctx, staff_no=args.staff_no, pin=_head_pin(args)).actor


def _response_time(args: argparse.Namespace, ctx: Ctx) -> int:
    from .services.escalation import response_time, set_response_time

    if args.seconds is not None:
        set_response_time(ctx, _head(args, ctx), seconds=args.seconds)  # type: ignore[arg-type]
    print(f"response time: {int(response_time(ctx).total_seconds())} s")
    return 0


def _demo_data(ctx: Ctx) -> int:
    from .domain.errors import DomainError
    from .tooling.demo import seed_demo

    try:
        _print_staff(seed_demo(ctx))
    except DomainError as e:
        raise Refused(f"{e.message} ({ctx.db})") from None
    return 0


def _add_staff(args: argparse.Namespace, ctx: Ctx) -> int:
    """A colleague joins the branch at the hub, which every device then takes them from. The first
    person of an empty hub is its branch head; after that the head's credentials are needed."""
    from .services.staff import create_staff, sign_in

    head_pin = _head_pin(args) if args.staff_no else None  # read first: the first line of stdin
    pin = read_pin(args, "--new-pin", prompt=f"PIN for {args.add_staff}: ", confirm=True)
    actor = sign_in(ctx, staff_no=args.staff_no, pin=head_pin).actor if head_pin is not None else None
    create_staff(ctx, actor, staff_no=args.add_staff, name=args.name or "", role=args.role or "", pin=pin)
    print(f"added {args.add_staff} {args.name} ({args.role})")
    return 0


@dataclass(frozen=True)
class _HubPlace:
    db: str  # the store: a SQLite path or a PostgreSQL URL
    data_dir: Path  # its folder: the id file, TLS, backups and logs
    option: str = "--db"  # where the store was named, for messages

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"


def _hub_place(args: argparse.Namespace, settings: Settings) -> _HubPlace:
    from .store.engine import is_postgres_url

    # LOBBY_HUB_DB keeps a PostgreSQL URL's password out of argv (ps shows that to every user)
    env = os.environ.get("LOBBY_HUB_DB", "").strip()
    option = "--db" if args.db or not env else "LOBBY_HUB_DB"
    db = args.db or env or str(settings.data_dir / "hub.db")
    if "://" in db and not (db.startswith("sqlite:///") or is_postgres_url(db)):
        raise Refused(f"{option}: give sqlite:///PATH, a path, or postgresql://USER:PASSWORD@HOST/DB")
    if is_postgres_url(db):
        _writable_folder(settings.data_dir, "--data-dir")
        return _HubPlace(db, settings.data_dir, option)
    path = Path(db.removeprefix("sqlite:///"))
    if path.is_dir():
        raise Refused(f"{option}: {path} is a folder; give the store's file, e.g. {path / 'hub.db'}")
    _writable_folder(path.parent, option)  # the hub's own id file lies beside its SQLite file
    return _HubPlace(db, path.parent, option)


def _open_hub(place: _HubPlace, settings: Settings) -> Ctx:
    """The hub's store with its change capture installed before anything is written: every row a hub
    command writes (a colleague added, the branch set up) is in the feed devices pull."""
    from sqlalchemy.exc import OperationalError

    from .app_setup import open_store
    from .hub.capture import install

    try:
        ctx = open_store(replace(settings, data_dir=place.data_dir), db=place.db, prepare=install)
    except OperationalError as e:
        from sqlalchemy.engine import make_url

        from .store.engine import is_postgres_url

        if is_postgres_url(place.db):
            where = _shown(make_url(place.db).render_as_string(hide_password=True))
            check = "that the server runs and the URL"
        else:
            where, check = place.db, "the file and its folder"
        message = f"cannot open the hub's store at {where} ({_reason(e)}); check {check}"
        raise Refused(f"{place.option}: {message}", ENVIRONMENT) from None
    return replace(ctx, outbox=False)


def _shown(db: object) -> str:
    """A store for messages: its file, or its URL with the password hidden."""
    return str(db).replace("postgresql+psycopg://", "postgresql://", 1)


def _hub(args: argparse.Namespace, settings: Settings) -> int:
    if args.hub_command == "install-service":  # text only: no store, no data directory touched
        return _hub_install_service(args)
    place = _hub_place(args, settings)
    _log_place.data_dir, _log_place.file_name = place.data_dir, "lobby-hub.log"
    if args.hub_command == "restore":  # the store is replaced, not opened
        return _hub_restore(args, place, settings)
    ctx = _open_hub(place, settings)
    command = args.hub_command
    if command == "setup":
        return _hub_setup(args, ctx)
    if command == "backup":
        return _hub_backup(args, ctx, place)
    if command == "status":
        return _hub_status(ctx, place)
    if command == "settings":
        return _hub_settings(args, ctx)
    if args.demo_data:
        return _demo_data(ctx)
    if args.add_staff:
        return _add_staff(args, ctx)
    if args.revoke_device:
        from .domain.errors import DomainError
        from .hub.access import revoke_device

        try:
            device = revoke_device(ctx, device=args.revoke_device)
        except DomainError as e:
            raise Refused(f"--revoke-device: {e.message}") from None
        print(f"revoked {device.name} ({device.id}): its requests are refused from now on")
        return 0
    if args.enrolment_code:
        from .hub.access import make_enrolment_code

        print(make_enrolment_code(ctx, staff_no=args.staff_no, pin=_head_pin(args)))
        return 0
    return _serve(args, ctx, place)


def _this_executable() -> str:
    """The running lobby-app: the bundle's executable, else the `lobby-app` script beside this Python."""
    if getattr(sys, "frozen", False):
        return sys.executable
    script = Path(sys.executable).parent / ("lobby-app.exe" if os.name == "nt" else "lobby-app")
    if not script.is_file():
        raise Refused("--exe: give the lobby-app executable's absolute path (this Python has no lobby-app beside it)")
    return str(script)


def _hub_install_service(args: argparse.Namespace) -> int:
    from . import service_units as su

    data_dir = args.service_data_dir or (str(args.data_dir) if args.data_dir else su.DEFAULT_DATA_DIR)
    try:
        service = su.HubService.checked(exe=args.exe or _this_executable(), data_dir=data_dir, user=args.user)
    except su.UnitError as e:
        raise Refused(str(e)) from None
    units = su.hub_units(service)
    if args.write is None:
        for name, text in units.items():
            print(f"### {name}\n{text}", end="")  # each unit exactly as --write writes it
        return 0
    folder = Path(args.write)
    if not folder.is_absolute():
        raise Refused(f"--write: give an absolute folder, e.g. {su.DEFAULT_UNIT_DIR}, not {args.write!r}")
    if not folder.is_dir():
        raise Refused(f"--write: {folder} is not a folder (systemd reads {su.DEFAULT_UNIT_DIR})", ENVIRONMENT)
    for name, text in units.items():
        try:
            (folder / name).write_text(text, encoding="utf-8")  # a unit is not secret: 0644 as systemd expects
        except OSError as e:
            message = f"--write: cannot write {folder / name} ({e.strerror or e}); run as root"
            raise Refused(message, ENVIRONMENT) from None
        print(f"wrote {folder / name}")
    print("next: systemctl daemon-reload && systemctl enable --now lobby-hub lobby-hub-backup.timer")
    return 0


def _hub_setup(args: argparse.Namespace, ctx: Ctx) -> int:
    from .services.branch_setup import BranchSetup, set_up_branch

    pin = read_pin(args, "--new-pin", prompt=f"PIN for the branch head {args.staff_no}: ", confirm=True)
    setup = BranchSetup(args.name, args.code, args.timezone, args.rollout, args.staff_no, args.head_name, pin)
    set_up_branch(ctx, setup)
    print(
        f"set up {args.name} ({args.code}), {args.timezone}, credit from {args.rollout.isoformat()};"
        f" branch head {args.staff_no} {args.head_name}. Next: add staff (hub --add-staff) and enrol devices"
        " (hub --enrolment-code)"
    )
    return 0


def _hub_backup(args: argparse.Namespace, ctx: Ctx, place: _HubPlace) -> int:
    from .services.housekeeping import take_backup

    folder: Path = args.to or place.backups
    if args.to is not None:
        _writable_folder(folder, "--to")
    done = take_backup(ctx, folder)
    if not done.ok:
        raise Refused(f"backup: {done.message}", ENVIRONMENT)
    print(f"backed up {_shown(ctx.db)} to {done.path} (checked: integrity and rows per table)")
    return 0


def _hub_restore(args: argparse.Namespace, place: _HubPlace, settings: Settings) -> int:
    from .hub.lock import HubRunning, check_stopped
    from .services.housekeeping import note_restored
    from .store.backup import BackupError, restore, time_of

    if not args.file.is_file():
        raise Refused(f"FILE: {args.file} is not a file; give a backup-*.sqlite or backup-*.pgdump file")
    try:
        check_stopped(place.data_dir)
    except HubRunning as e:
        raise Refused(f"restore: {e}; stop it first, then restore", ENVIRONMENT) from None
    try:
        rows = restore(place.db, args.file)
    except BackupError as e:
        raise Refused(f"restore: {e}", ENVIRONMENT) from None
    note_restored(_open_hub(place, settings), args.file.resolve())  # migrated, and in the feed for devices
    taken = time_of(args.file)
    when = f" (taken {taken:%Y-%m-%d %H:%M} UTC)" if taken else ""
    print(
        f"restored the hub's store from {args.file}{when}: {sum(rows.values())} rows. Start the hub: each device"
        " sends again what the backup lacks"
    )
    return 0


def _hub_status(ctx: Ctx, place: _HubPlace) -> int:
    from .hub.status import hub_status

    st = hub_status(ctx, place.backups)
    name, code = st.branch
    print(f"branch: {name} ({code})" if name else "branch: not set up (lobby-app hub setup)")
    print(f"store: {_shown(st.store)}; feed at {st.feed_seq}")
    print(f"devices: {len(st.devices)}")
    for d in st.devices:
        seen = _when(d.last_seen, ctx) if d.last_seen else "never"
        revoked = f", revoked {_when(d.revoked_at, ctx)}" if d.revoked_at else ""
        print(f"  {d.name}  {d.id}  last seen {seen}{revoked}")
    print(f"customers waiting (queued or offered): {st.waiting}")
    plan = st.plan
    print(f"nightly: purge at {plan.purge_hour}:00, backup at {plan.backup_hour}:00, keeping {plan.keep_backups}")
    if st.purge is None:
        print("last purge: none yet")
    else:
        print(f"last purge: {_when(st.purge[0], ctx)}, {st.purge[1]} customers cleared")
    if st.backup is None:
        print("last backup: none")
    else:
        state = "ok" if st.backup.ok else f"FAILED: {st.backup.message}"
        print(f"last backup: {_when(st.backup.at, ctx)}, {st.backup.path} ({state})")
    if st.backup_stale:
        print("WARNING: no good backup in the last day: run lobby-app hub backup and check the nightly one")
    for folder, free in st.disk_free:
        print(f"disk free: {free / 2**30:.1f} GiB at {folder}")
    return 0


def _when(at: datetime, ctx: Ctx) -> str:
    return at.astimezone(ctx.tz).strftime("%Y-%m-%d %H:%M %Z")


def _hub_settings(args: argparse.Namespace, ctx: Ctx) -> int:
    from .services.housekeeping import schedule, set_schedule

    new = {"purge_hour": args.purge_hour, "backup_hour": args.backup_hour, "keep_backups": args.keep_backups}
    setting = any(v is not None for v in new.values())
    plan = set_schedule(ctx, _head(args, ctx), **new) if setting else schedule(ctx)  # type: ignore[arg-type]
    print(f"purge hour: {plan.purge_hour}\nbackup hour: {plan.backup_hour}\nkeep backups: {plan.keep_backups}")
    return 0


def _serve(args: argparse.Namespace, ctx: Ctx, place: _HubPlace) -> int:
    import logging
    import ssl  # here, not at the top: the app's window comes before ssl is needed

    import uvicorn

    from .hub.app import create_app
    from .hub.lock import HubRunning, hold
    from .hub.tls import bank_tls, branch_tls
    from .logs import HUB_FILE_NAME, configure

    if (args.tls_cert is None) != (args.tls_key is None):
        raise Refused("--tls-cert and --tls-key go together")
    if args.insecure_http and args.tls_cert:
        raise Refused("--insecure-http: not with --tls-cert")
    try:
        if args.insecure_http:
            tls = None
        elif args.tls_cert:
            tls = bank_tls(args.tls_cert, args.tls_key)
        else:
            tls = branch_tls(place.data_dir / "tls")
    except (OSError, ValueError, ssl.SSLError) as e:  # a missing or unreadable file, a key not the certificate's
        where = "--tls-cert/--tls-key" if args.tls_cert else f"the hub's TLS folder {place.data_dir / 'tls'}"
        raise Refused(f"{where}: {e}", ENVIRONMENT) from None
    try:
        lock = hold(place.data_dir)  # held till the process ends: one hub per data directory
    except HubRunning as e:
        raise Refused(f"{e}; stop it first, or give another --data-dir", ENVIRONMENT) from None
    configure(place.data_dir, file_name=HUB_FILE_NAME)  # stderr and logs/lobby-hub.log, rotated
    logging.getLogger("uvicorn").setLevel(logging.INFO)
    app = create_app(ctx, tls=tls, api_docs=args.api_docs, backups=place.backups)
    # SIGTERM: requests in flight finish (event streams are closed after 5 s), then the process ends.
    # No access log: a line per request costs the hub's one event loop at a busy branch;
    # the hub's audit table keeps what matters (enrolments, refusals).
    config = uvicorn.Config(
        app,
        host=args.host,
        port=args.port,
        log_level="info",
        log_config=None,  # uvicorn's records go to the hub's log (logs.configure), not to a handler of its own
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
    sys.stdout.flush()
    uvicorn.Server(config).run()
    if lock is not None:
        lock.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Every command's bad input is answered in one line (exit 2, or 1 for the machine, a folder, a server or
    a hub not as needed); an error nobody expected is one line too, and its traceback goes to the log."""
    args, extra = _parser().parse_known_args(argv)
    if extra:
        args.usage_of.error(f"unrecognized arguments: {' '.join(extra)}")
    _log_place.data_dir, _log_place.file_name = None, "lobby-app.log"
    try:
        return _main(args)
    except Refused as e:
        print(f"lobby-app: {e}", file=sys.stderr)
        return e.code
    except PinError as e:
        print(f"lobby-app: {e}", file=sys.stderr)
        return USAGE
    except KeyboardInterrupt:
        print("lobby-app: interrupted", file=sys.stderr)
        return 130
    except Exception as e:
        from .domain.errors import DomainError

        if isinstance(e, DomainError):  # a service refused: the field and the rule's words
            print(f"lobby-app: {e.field}: {e.message}", file=sys.stderr)
            return USAGE
        return _unexpected(e)


def _unexpected(error: Exception) -> int:
    from .logs import record_error

    path = record_error(_log_place.data_dir, error, file_name=_log_place.file_name) if _log_place.data_dir else None
    where = f"the traceback is in {path}" if path else "no log file could be written"
    line = (str(error).splitlines() or [""])[0][:200]
    print(f"lobby-app: unexpected error: {type(error).__name__}: {line} ({where})", file=sys.stderr)
    return ENVIRONMENT


def _main(args: argparse.Namespace) -> int:
    try:
        settings = _settings(args)
    except ValueError as e:  # names the setting and the rule
        raise Refused(str(e)) from None
    if args.command == "screenshot":  # its own demo store: never touches the real one
        return _screenshot(args, settings)
    if args.command == "hub":  # its folder is the store's (--db), checked there
        return _hub(args, settings)
    _writable_folder(settings.data_dir, "--data-dir (or LOBBY_DATA_DIR)")
    _log_place.data_dir = settings.data_dir
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


def open_app_store(settings: Settings, *, demo: bool, linked: bool) -> Ctx:
    """The app's store, opened behind its first frame. With --demo (./run.sh) an empty store of a device
    without a hub gets a demo branch to try. Without it an empty store opens as it is: the screens decide
    what an empty store shows (the first-run setup; services.branch_setup.is_set_up tells them)."""
    from .app_setup import open_store
    from .tooling.demo import has_staff, seed_demo

    ctx = open_store(settings)
    if demo and not linked and not has_staff(ctx):
        _print_staff(seed_demo(ctx))
    return ctx


def _run(args: argparse.Namespace, settings: Settings) -> int:
    """The app: its window first, then the store (see gui/start.py)."""
    from .sync.config import load, save

    hub = load(settings.data_dir)
    if args.hub:
        if not args.hub.startswith(("http://", "https://")):
            raise Refused(f"--hub: give the hub's address as https://HOST:PORT, not {args.hub!r}")
        if hub is None:
            raise Refused(
                "--hub: this device has not joined the branch hub yet; ask the branch head for a code,"
                f" then: lobby-app enrol --hub {args.hub} --code CODE --name NAME"
            )
        if hub.url != args.hub.rstrip("/"):  # the hub has moved to another address: keep the new one
            hub = replace(hub, url=args.hub.rstrip("/"))
            save(settings.data_dir, hub)

    from functools import partial

    from .gui.start import run
    from .logs import configure

    configure(settings.data_dir)
    return run(
        partial(open_app_store, settings, demo=args.demo, linked=hub is not None),
        language=settings.language,
        font_scale=settings.font_scale,
        kiosk=settings.kiosk,
        virtual_keyboard=settings.virtual_keyboard,
        idle_lock_s=settings.idle_lock_minutes * 60,
        hub=hub,
    )


if __name__ == "__main__":
    sys.exit(main())
