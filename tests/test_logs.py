"""The app's log: a file in the data directory, UTC times, no customer data, nothing uncaught lost."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from lobby_app import logs
from lobby_app.store.engine import Database


@pytest.fixture
def configured(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    path = logs.configure(tmp_path)
    assert path == tmp_path / "logs" / logs.FILE_NAME
    yield path
    for handler in root.handlers[len(handlers) :]:
        handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)
    logs.log.setLevel(logging.NOTSET)
    sys.excepthook = hook


def test_the_apps_records_reach_the_file_with_utc_times_and_a_librarys_info_does_not(configured: Path):
    logging.getLogger("lobby_app.sync.loop").warning("sync round failed on this device's store")
    logging.getLogger("lobby_app.gui").info("signed in")
    logging.getLogger("httpx").info("HTTP Request: GET /v1/pull 200 OK")  # every 5 s on every device
    logging.getLogger("httpx").warning("a library's warning")
    lines = configured.read_text(encoding="utf-8").splitlines()
    assert [line.split(" ", 1)[1] for line in lines] == [
        "WARNING lobby_app.sync.loop: sync round failed on this device's store",
        "INFO lobby_app.gui: signed in",
        "WARNING httpx: a library's warning",
    ]
    assert all(line[:20].endswith("Z") and line[10] == "T" for line in lines)  # 2026-11-29T05:42:56Z


def test_an_uncaught_error_is_logged_with_its_traceback(configured: Path):
    try:
        raise ValueError("a slot failed")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    text_ = configured.read_text(encoding="utf-8")
    assert "CRITICAL lobby_app: uncaught error" in text_
    assert "ValueError: a slot failed" in text_ and "Traceback" in text_


def test_a_data_directory_that_cannot_hold_a_file_leaves_stderr(tmp_path: Path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("")  # a file where the data directory should be: no logs/ under it
    root = logging.getLogger()
    handlers, hook = list(root.handlers), sys.excepthook
    try:
        assert logs.configure(blocker) is None
        assert "no log file in" in capsys.readouterr().err
    finally:
        root.handlers[:] = handlers
        logs.log.setLevel(logging.NOTSET)
        sys.excepthook = hook


def test_a_store_error_names_the_statement_but_never_the_customers_values(tmp_path: Path):
    """What reaches the log: the failed statement, without the phone number it carried."""
    db = Database(tmp_path / "store.db")
    with db.write() as s:
        s.execute(text("CREATE TABLE contact (phone TEXT NOT NULL UNIQUE)"))
        s.execute(text("INSERT INTO contact VALUES ('13800138000')"))
    with pytest.raises(IntegrityError) as caught, db.write() as s:
        s.execute(text("INSERT INTO contact VALUES (:phone)"), {"phone": "13800138000"})
    assert "INSERT INTO contact" in str(caught.value)
    assert "13800138000" not in str(caught.value)
    db.engine.dispose()
