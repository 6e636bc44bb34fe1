"""`lobby-app`: the GUI on the embedded default, and the maintenance commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .settings import Settings

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
    sub = p.add_subparsers(dest="command")
    sub.add_parser("run", help="start the app (the default)")
    sub.add_parser("migrate", help="bring the local store's schema up to date")
    sub.add_parser("demo-data", help="seed an empty store with a demo branch and print the staff PINs")
    return p


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, object] = {}
    if args.data_dir is not None:
        overrides["data_dir"] = args.data_dir
    if args.lang is not None:
        overrides["language"] = args.lang
    return Settings(**overrides)  # type: ignore[arg-type]


def _print_staff(staff: list[tuple[str, str, object, str]]) -> None:
    print("Demo branch staff (staff number · name · role · PIN):")
    for number, name, role, pin in staff:
        print(f"  {number}  {name}  {ROLE_NAMES[str(role)]}  PIN {pin}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = _settings(args)
    from .app_setup import open_store  # after argument parsing: --help and --version stay instant

    ctx = open_store(settings)
    from .demo import has_staff, seed_demo

    if args.command == "migrate":
        from .store.migrate import current_revision

        print(f"store {settings.db_path} is at schema {current_revision(ctx.db)}")
        return 0
    if args.command == "demo-data":
        from .domain.errors import DomainError

        try:
            _print_staff(seed_demo(ctx))
        except DomainError as e:
            print(f"lobby-app: {e.message} ({settings.db_path})", file=sys.stderr)
            return 2
        return 0
    if not has_staff(ctx):  # first run on the embedded default: a demo branch to try the app with
        _print_staff(seed_demo(ctx))
    from .gui.app import run

    return run(ctx, language=settings.language)


if __name__ == "__main__":
    sys.exit(main())
