"""Backups of a store, taken while it runs, each checked before it is called a backup.

SQLite: the online backup API, from inside a read transaction that also counts every table's rows, so
the copy and the counts are the same snapshot while the hub goes on writing. The copy is then opened
on its own: `PRAGMA integrity_check` must say ok and every table must hold the rows counted.

PostgreSQL: `pg_dump --format=custom` of a snapshot exported by a repeatable-read transaction that
counts the rows in the same snapshot; the dump's data is then read back (`pg_restore --data-only`) and
its rows counted per table. The server's password goes to pg_dump in its environment (PGPASSWORD),
never among its arguments.

A file is first written as `NAME.partial` and gets its name (`backup-YYYYMMDDTHHMMSSZ.sqlite` or
`.pgdump`, by the UTC time it was taken, so names sort by time) only once checked: a file with a
backup's name is a verified one. Files are 0600 in a 0700 folder: a backup holds customers.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from .. import private
from .engine import Database, is_postgres_url

PREFIX = "backup-"
SQLITE_END, POSTGRES_END = ".sqlite", ".pgdump"
NAME = re.compile(r"^backup-(\d{8}T\d{6}Z)\.(sqlite|pgdump)$")
TIME_FORMAT = "%Y%m%dT%H%M%SZ"
TOOL_TIMEOUT_S = 3600


class BackupError(Exception):
    """A backup or a restore that could not be made: the message says what and what to do, in one line."""


@dataclass(frozen=True, slots=True)
class Taken:
    path: Path
    at: datetime  # UTC, as in its name
    rows: dict[str, int]  # per table, as counted in the snapshot and found again in the copy


def name_for(at: datetime, *, postgres: bool) -> str:
    return PREFIX + at.astimezone(UTC).strftime(TIME_FORMAT) + (POSTGRES_END if postgres else SQLITE_END)


def time_of(path: Path) -> datetime | None:
    """When a backup was taken, from its name; None for any other file."""
    match = NAME.match(path.name)
    return datetime.strptime(match.group(1), TIME_FORMAT).replace(tzinfo=UTC) if match else None


def backups_in(folder: Path) -> list[Path]:
    """The verified backups in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if time_of(p) is not None and p.is_file())


def back_up(db: Database, folder: Path, at: datetime) -> Taken:
    """Back the store up into `folder` (made 0700 if missing), checked; BackupError if it cannot be."""
    try:
        private.private_dir(folder)
    except OSError as e:
        raise BackupError(f"cannot make the backup folder {folder}: {e.strerror or e}") from None
    final = folder / name_for(at, postgres=db.postgres)
    partial = final.with_name(final.name + ".partial")
    try:
        rows = _dump_postgres(db.where, partial) if db.postgres else _copy_sqlite(_path(db), partial)
        found = _count_postgres_dump(partial) if db.postgres else _check_sqlite(partial)
        if found != rows:
            differ = sorted(t for t in rows.keys() | found.keys() if rows.get(t) != found.get(t))
            raise BackupError(f"the backup {final.name} does not hold the rows of {', '.join(differ)}: not kept")
        os.replace(partial, final)
    except OSError as e:
        raise BackupError(f"cannot write the backup in {folder}: {e.strerror or e}") from None
    finally:
        partial.unlink(missing_ok=True)
    return Taken(final, at, rows)


def verify(file: Path) -> dict[str, int]:
    """Whether `file` is a sound backup (SQLite's integrity check; a dump pg_restore can read): its rows
    per table. BackupError otherwise."""
    if not file.is_file():
        raise BackupError(f"{file} is not a file")
    if file.name.endswith(POSTGRES_END):
        return _count_postgres_dump(file)
    return _check_sqlite(file)


def restore(where: str, file: Path) -> dict[str, int]:
    """Put the store at `where` (a SQLite path or a PostgreSQL URL) back as the backup `file` holds it: the
    hub must be stopped. The file is checked first; nothing changes if it is not sound or not a store of
    this app. Returns its rows per table."""
    postgres = is_postgres_url(where)
    if postgres != file.name.endswith(POSTGRES_END):
        kind = "a PostgreSQL dump (.pgdump)" if postgres else "a SQLite backup (.sqlite)"
        raise BackupError(f"this hub's store is restored from {kind}, not from {file.name}")
    rows = verify(file)
    if "alembic_version" not in rows:
        raise BackupError(f"{file} holds no store of this app (no schema version in it)")
    if postgres:
        database = make_url(where).database or ""  # its name alone: where and who go in the environment
        command = ["pg_restore", "--clean", "--if-exists", "--single-transaction", "--no-owner"]
        _run([*command, f"--dbname={database}", str(file)], where)
        return rows
    path = Path(where.removeprefix("sqlite:///"))
    if not path.exists():  # a store deleted without its WAL: that WAL must not be replayed into the backup
        for end in ("-wal", "-shm", "-journal"):
            path.with_name(path.name + end).unlink(missing_ok=True)
    private.private_dir(path.parent)
    private.create(path)
    with closing(sqlite3.connect(file)) as saved, closing(_connect(path)) as live:
        saved.backup(live)
        live.execute("PRAGMA journal_mode=WAL")
        live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return rows


def _path(db: Database) -> Path:
    assert db.path is not None
    return db.path


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None, timeout=10)


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]


def _count(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in _tables(conn)}


def _copy_sqlite(source: Path, partial: Path) -> dict[str, int]:
    """The online backup, from inside a read transaction: the copy is the snapshot the counts saw."""
    if not source.exists():
        raise BackupError(f"the store {source} does not exist")
    private.create(partial)
    with closing(_connect(source)) as live, closing(sqlite3.connect(partial)) as copy:
        live.execute("BEGIN")
        rows = _count(live)
        live.backup(copy)
        live.execute("COMMIT")
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    return rows


def _check_sqlite(file: Path) -> dict[str, int]:
    try:
        with closing(sqlite3.connect(f"file:{file}?mode=ro", uri=True)) as copy:
            result = [r[0] for r in copy.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise BackupError(f"{file.name} failed SQLite's integrity check: {'; '.join(result[:3])}")
            return _count(copy)
    except sqlite3.DatabaseError as e:
        raise BackupError(f"{file.name} is not a sound SQLite store: {e}") from None


def _dump_postgres(url: str, partial: Path) -> dict[str, int]:
    import psycopg

    _tool("pg_dump")
    private.create(partial)
    try:
        with psycopg.connect(_libpq_url(url)) as conn:
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            conn.read_only = True
            with conn.transaction():
                snapshot = conn.execute("SELECT pg_export_snapshot()").fetchone()
                assert snapshot is not None
                names = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").fetchall()
                rows: dict[str, int] = {}
                for (name,) in names:
                    counted = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()
                    rows[str(name)] = int(counted[0]) if counted else 0
                command = ["pg_dump", "--format=custom", f"--snapshot={snapshot[0]}", f"--file={partial}"]
                _run(command, url)
    except psycopg.OperationalError as e:
        raise BackupError(f"cannot reach the PostgreSQL server: {_first_line(e)}") from None
    return rows


def _count_postgres_dump(file: Path) -> dict[str, int]:
    """Read the dump's data back as pg_restore writes it, counting the rows of each COPY block."""
    _tool("pg_restore")
    rows: dict[str, int] = {}
    with _lines(["pg_restore", "--data-only", "--file=-", str(file)]) as lines:
        table: str | None = None
        for line in lines:
            if table is None:
                match = re.match(r"^COPY (?:[\w\"]+\.)?\"?(\w+)\"? .* FROM stdin;$", line)
                if match:
                    table = match.group(1)
                    rows[table] = 0
            elif line == "\\.\n":
                table = None
            else:
                rows[table] += 1
    return rows


@contextmanager
def _lines(command: list[str]) -> Iterator[Iterator[str]]:
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        yield proc.stdout
        error = proc.stderr.read()
    if proc.returncode != 0:
        raise BackupError(f"{command[0]} failed on {command[-1]}: {_first_line(error)}")


def _tool(name: str) -> None:
    if shutil.which(name) is None:
        raise BackupError(
            f"{name} is not installed: install PostgreSQL's client tools (Debian: apt-get install postgresql-client)"
        )


def _run(command: list[str], url: str) -> None:
    """A PostgreSQL tool on the store at `url`: where it is goes in the environment, the password too."""
    _tool(command[0])
    done = subprocess.run(
        command, env=os.environ | _libpq_env(url), capture_output=True, text=True, timeout=TOOL_TIMEOUT_S
    )
    if done.returncode != 0:
        raise BackupError(f"{command[0]} failed: {_first_line(done.stderr)}")


def _libpq_url(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _libpq_env(url: str) -> dict[str, str]:
    if not is_postgres_url(url):
        raise BackupError(f"not a PostgreSQL URL: {url}")
    parts = make_url(url)
    env = {
        "PGHOST": parts.host or "",
        "PGPORT": str(parts.port or ""),
        "PGUSER": parts.username or "",
        "PGPASSWORD": parts.password or "",
        "PGDATABASE": parts.database or "",
    }
    return {k: v for k, v in env.items() if v}


def _first_line(error: object) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else "no message"
