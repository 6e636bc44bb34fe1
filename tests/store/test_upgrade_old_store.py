"""A device's store written by the previous release opens with this code: migrated, every row kept.

tests/data/device-store-0012.sqlite.gz was made by tools/make_old_store.py with the previous release's own
code (its demo branch with a few customers), at the schema before the newest migration. The other side of
an upgrade, an older device syncing with a newer hub, is tests/hub/test_protocol_versions.py.
"""

from __future__ import annotations

import gzip
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from lobby_app.cli import main
from lobby_app.store.migrate import head_revision

DATA = Path(__file__).resolve().parents[1] / "data"
OLD_STORES = sorted(DATA.glob("device-store-*.sqlite.gz"))


Rows = dict[str, list[dict[str, object]]]


def _rows(db: Path) -> Rows:
    """Every table's rows, each as column → value."""
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: [dict(r) for r in conn.execute(f'SELECT * FROM "{t}"')] for t in tables if t != "alembic_version"}


def _missing(before: list[dict[str, object]], after: list[dict[str, object]]) -> Counter[tuple[object, ...]]:
    """The old rows not found after, compared on the columns both schemas have."""
    columns = [c for c in (before[0] if before else {}) if not after or c in after[0]]
    old = Counter(tuple(row[c] for c in columns) for row in before)
    return old - Counter(tuple(row[c] for c in columns) for row in after)


def _columns(db: Path) -> dict[str, set[str]]:
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: {r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')} for t in tables}


def _revision(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _staff(db: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return set(conn.execute("SELECT staff_no, name FROM staff"))


def test_there_is_a_store_of_the_release_before_the_newest_migration() -> None:
    assert OLD_STORES, "tests/data holds no old store: run tools/make_old_store.py"
    newest = head_revision()
    assert newest is not None
    assert f"device-store-{int(newest) - 1:04d}.sqlite.gz" in [p.name for p in OLD_STORES]


@pytest.mark.parametrize("old", OLD_STORES, ids=lambda p: p.name)
def test_an_old_store_is_migrated_to_head_with_every_row(
    old: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "device"
    data.mkdir(mode=0o700)
    store = data / "lobby.db"
    store.write_bytes(gzip.decompress(old.read_bytes()))
    store.chmod(0o600)
    before_revision, before_rows, before_staff = _revision(store), _rows(store), _staff(store)
    assert before_revision != head_revision() and before_rows["staff"] and before_rows["handoff"]

    assert main(["--data-dir", str(data), "migrate"]) == 0  # the command every start runs first
    assert f"is at schema {head_revision()}" in capsys.readouterr().out

    assert _revision(store) == head_revision()
    after = _rows(store)
    assert set(before_rows) <= set(after), "a table of the old store is gone"
    for table, rows in before_rows.items():
        assert not _missing(rows, after[table]), f"{table}: rows of the old store lost or changed"

    fresh = tmp_path / "fresh"
    assert main(["--data-dir", str(fresh), "migrate"]) == 0
    assert _columns(store) == _columns(fresh / "lobby.db"), "the migrated old store's schema is not a new store's"
    assert _staff(store) == before_staff
    assert main(["--data-dir", str(data), "demo-data"]) == 2  # the app sees the old branch: it will not seed
    assert "already has staff" in capsys.readouterr().err
