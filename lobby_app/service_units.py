"""The branch hub's systemd units, filled in with where the app and the hub's data live
(`lobby-app hub install-service`; deploy/ holds them as rendered for /opt/lobby-app and /var/lib/lobby-hub).

Standard library only: the command prints or writes text, it starts nothing and calls no program.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

DEFAULT_EXE = "/opt/lobby-app/lobby-app"
DEFAULT_DATA_DIR = "/var/lib/lobby-hub"
DEFAULT_USER = "lobby"
DEFAULT_UNIT_DIR = "/etc/systemd/system"

# A unit file splits ExecStart on spaces and expands % and \ itself: a path is kept to characters that mean
# nothing to systemd, so what is written is exactly what runs.
_SAFE_PATH = re.compile(r"^/[A-Za-z0-9_./+@-]*$")
_USER = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")


class UnitError(ValueError):
    """A value the units cannot hold: the message names the option and what to give instead."""


@dataclass(frozen=True, slots=True)
class HubService:
    exe: str
    data_dir: str
    user: str

    @classmethod
    def checked(cls, *, exe: str, data_dir: str, user: str) -> HubService:
        return cls(_path(exe, "--exe"), _path(data_dir, "--data-dir"), _user(user))


def _path(value: str, option: str) -> str:
    if not PurePosixPath(value).is_absolute():
        raise UnitError(f"{option}: give an absolute path (a unit runs from /, not from here), not {value!r}")
    if not _SAFE_PATH.match(value):
        raise UnitError(
            f"{option}: {value!r} holds a space or a character systemd would expand (% \\ quotes);"
            " give a path of letters, digits and / . _ - + @"
        )
    path = str(PurePosixPath(value))  # no trailing slash, no //
    if path == "/":
        raise UnitError(f"{option}: give a path below /, not / itself")
    return path


def _user(value: str) -> str:
    if not _USER.match(value):
        raise UnitError(f"--user: {value!r} is not a user name (lower-case letters, digits, _ and -, at most 32)")
    return value


def _state_directory(data_dir: str) -> str:
    """systemd makes a StateDirectory under /var/lib for the unit's user (0700): used when the data lives there."""
    path = PurePosixPath(data_dir)
    if path.parent == PurePosixPath("/var/lib"):
        return f"StateDirectory={path.name}\nStateDirectoryMode=0700\n"
    return f"# {data_dir} is not under /var/lib: make it first, owned by the hub's user, mode 0700\n"


def _hardening(s: HubService) -> str:
    return (
        "# Hardening: the hub writes only in its data directory (store, backups/, logs/, tls/).\n"
        "NoNewPrivileges=yes\n"
        "ProtectSystem=strict\n"
        "ProtectHome=yes\n"
        "PrivateTmp=yes\n"
        f"ReadWritePaths={s.data_dir}\n" + _state_directory(s.data_dir)
    )


def hub_service(s: HubService) -> str:
    return f"""\
# The branch hub as a systemd service (Debian 12 / Ubuntu). Made by: lobby-app hub install-service
# See docs/install.md and deploy/README.md.
#
#   useradd --system --home-dir {s.data_dir} --create-home --shell /usr/sbin/nologin {s.user}
#   lobby-app hub install-service --write --user {s.user} --data-dir {s.data_dir} --exe {s.exe}
#   systemctl daemon-reload && systemctl enable --now lobby-hub lobby-hub-backup.timer
#   journalctl -u lobby-hub            # or {s.data_dir}/logs/lobby-hub.log (rotated)
#
# Set up the branch and staff it first, as the same user and with the same data directory:
#   runuser -u {s.user} -- {s.exe} --data-dir {s.data_dir} hub setup ...

[Unit]
Description=Lobby referral branch hub
After=network-online.target
Wants=network-online.target
# With PostgreSQL on this machine, start after it:
# After=network-online.target postgresql.service

[Service]
Type=simple
User={s.user}
Group={s.user}
UMask=0077
# --host 0.0.0.0: the branch's devices reach it over the LAN (TLS with the hub's own CA, made in tls/).
ExecStart={s.exe} --data-dir {s.data_dir} hub --host 0.0.0.0 --port 8765
# For PostgreSQL, give the URL (it holds the password) in LOBBY_HUB_DB from a file only root reads, never
# with --db on the command line (the process list shows argv to every user):
#   EnvironmentFile=/etc/lobby-hub.env      (one line: LOBBY_HUB_DB=postgresql://lobby:PASSWORD@127.0.0.1/lobby_hub)
# SIGTERM ends it cleanly: requests in flight finish, event streams close within 5 s.
KillSignal=SIGTERM
TimeoutStopSec=30
Restart=on-failure
RestartSec=5

{_hardening(s)}
[Install]
WantedBy=multi-user.target
"""


def backup_service(s: HubService) -> str:
    return f"""\
# A checked backup of the hub's store, as the hub's user, started daily by lobby-hub-backup.timer.
# Made by: lobby-app hub install-service. The hub takes its own nightly backup too (hub settings
# --backup-hour) and keeps the newest --keep-backups of backups/, these included; this one runs even when
# the hub is stopped, and its failure shows in `systemctl --failed` and the journal.

[Unit]
Description=Back up the lobby referral branch hub's store
After=lobby-hub.service

[Service]
Type=oneshot
User={s.user}
Group={s.user}
UMask=0077
# For PostgreSQL: the same EnvironmentFile=/etc/lobby-hub.env as lobby-hub.service (pg_dump must be installed).
ExecStart={s.exe} --data-dir {s.data_dir} hub backup
Nice=10
IOSchedulingClass=idle

{_hardening(s)}"""


BACKUP_TIMER = """\
# Starts lobby-hub-backup.service every day (made by: lobby-app hub install-service).
#   systemctl enable --now lobby-hub-backup.timer ; systemctl list-timers lobby-hub-backup.timer

[Unit]
Description=Daily backup of the lobby referral branch hub's store

[Timer]
# 03:30 local time, hours after the hub's own nightly backup (23:00 by default); a machine that was off
# then backs up when it starts (Persistent).
OnCalendar=*-*-* 03:30:00
Persistent=true
RandomizedDelaySec=10min

[Install]
WantedBy=timers.target
"""


def hub_units(s: HubService) -> dict[str, str]:
    """File name → contents of the three units."""
    return {
        "lobby-hub.service": hub_service(s),
        "lobby-hub-backup.service": backup_service(s),
        "lobby-hub-backup.timer": BACKUP_TIMER,
    }
