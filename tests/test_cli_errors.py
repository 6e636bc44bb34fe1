"""Every command's bad input is answered in one line naming the problem and what to do: exit 2 for the
input, 1 for the machine, a folder, a server or a hub. Never a traceback on screen: it goes to the log.
(The cases that need a running hub are in tests/hub/test_hub_operations.py.)"""

from __future__ import annotations

import socket
import stat

import pytest

from lobby_app.cli import main, open_app_store
from lobby_app.services.branch_setup import branch_identity, is_set_up
from lobby_app.services.housekeeping import schedule
from lobby_app.settings import Settings

from .conftest import open_test_store


def one_line(err: str) -> str:
    """The answer: its first line, and no traceback anywhere."""
    assert "Traceback" not in err, err
    return err.splitlines()[0]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nobody listens there once the socket is closed


def test_a_data_dir_that_is_a_file_is_refused_by_name(tmp_path, capsys):
    file = tmp_path / "notes.txt"
    file.write_text("")
    assert main(["--data-dir", str(file), "migrate"]) == 2
    assert one_line(capsys.readouterr().err) == (
        f"lobby-app: --data-dir (or LOBBY_DATA_DIR): {file} is a file, not a folder; give a folder (it is made if"
        " missing)"
    )


def test_a_data_dir_that_cannot_be_made_is_an_environment_error(tmp_path, capsys):
    under_a_file = tmp_path / "notes.txt" / "lobby"
    (tmp_path / "notes.txt").write_text("")
    assert main(["--data-dir", str(under_a_file), "demo-data"]) == 1
    line = one_line(capsys.readouterr().err)
    assert line.startswith(f"lobby-app: --data-dir (or LOBBY_DATA_DIR): cannot write in {under_a_file}")
    assert line.endswith("give a folder this user may write to")


def test_a_port_out_of_range_is_a_usage_error_of_the_hub_command(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["hub", "--port", "99999"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert one_line(err) == (
        "lobby-app hub: argument --port: must be from 1 to 65535, not 99999 (see: lobby-app hub --help)"
    )
    assert "usage: lobby-app hub " in err


def test_an_unknown_option_of_a_subcommand_shows_that_subcommands_usage(capsys):
    for argv, prog in (
        (["hub", "--bogus"], "lobby-app hub"),
        (["hub", "status", "--bogus"], "lobby-app hub status"),
        (["response-time", "--bogus"], "lobby-app response-time"),
    ):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 2
        err = capsys.readouterr().err
        assert one_line(err) == f"{prog}: unrecognized arguments: --bogus (see: {prog} --help)"
        assert err.splitlines()[1].startswith(f"usage: {prog} ")


def test_each_hub_subcommand_has_its_own_help(capsys):
    for name, says in (
        ("setup", "--rollout YYYY-MM-DD"),
        ("backup", "--to DIR"),
        ("restore", "FILE"),
        ("status", "--db DB"),
        ("settings", "--purge-hour"),
        ("install-service", "--write [DIR]"),
    ):
        with pytest.raises(SystemExit) as exited:
            main(["hub", name, "--help"])
        assert exited.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith(f"usage: lobby-app hub {name} ") and says in out
    with pytest.raises(SystemExit):
        main(["hub", "--help"])
    out = capsys.readouterr().out
    assert "Without a subcommand: serve the branch hub" in out
    assert "{setup,backup,restore,status,settings,install-service}" in out


def test_an_unreachable_postgresql_is_named_with_its_password_hidden(tmp_path, capsys):
    url = f"postgresql://lobby:s3cret-word@127.0.0.1:{closed_port()}/hub"
    assert main(["--data-dir", str(tmp_path), "hub", "--db", url, "status"]) == 1
    line = one_line(capsys.readouterr().err)
    assert line.startswith("lobby-app: --db: cannot open the hub's store at postgresql://lobby:***@127.0.0.1:")
    assert "Connection refused" in line and line.endswith("check that the server runs and the URL")
    assert "s3cret" not in line


def test_the_hubs_store_may_be_named_in_lobby_hub_db_and_a_bad_one_is_named_so(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LOBBY_HUB_DB", f"postgresql://lobby:s3cret-word@127.0.0.1:{closed_port()}/hub")
    assert main(["--data-dir", str(tmp_path), "hub", "status"]) == 1
    line = one_line(capsys.readouterr().err)
    assert line.startswith("lobby-app: LOBBY_HUB_DB: cannot open the hub's store at postgresql://lobby:***@")
    monkeypatch.setenv("LOBBY_HUB_DB", "mysql://x")
    assert main(["--data-dir", str(tmp_path), "hub", "status"]) == 2
    assert one_line(capsys.readouterr().err).startswith("lobby-app: LOBBY_HUB_DB: give sqlite:///PATH")


def test_an_unreachable_hub_is_named_by_its_address(tmp_path, capsys):
    url = f"https://127.0.0.1:{closed_port()}"
    assert main(["--data-dir", str(tmp_path), "enrol", "--hub", url, "--code", "AB12-CD34-EF56", "--name", "平板"]) == 1
    assert one_line(capsys.readouterr().err) == (
        f"lobby-app: --hub: cannot reach the hub at {url} (Connection refused); check the address and that it runs"
    )


def test_setting_the_response_time_without_credentials_asks_for_them_and_does_not_say_the_pin_is_wrong(
    tmp_path, capsys
):
    base = ["--data-dir", str(tmp_path)]
    assert main([*base, "demo-data"]) == 0
    capsys.readouterr()
    assert main([*base, "response-time", "60"]) == 2
    line = one_line(capsys.readouterr().err)
    assert line == "lobby-app: --staff-no: give the branch head's staff number (the PIN is asked for after it)"
    assert main([*base, "response-time", "60", "--staff-no", "8001"]) == 2  # pytest's stdin is no terminal
    line = one_line(capsys.readouterr().err)
    assert line.startswith("lobby-app: --pin: there is no terminal to type the PIN in") and "wrong" not in line
    assert main([*base, "response-time"]) == 0
    assert capsys.readouterr().out.strip() == "response time: 120 s"  # unchanged


def test_an_unexpected_error_is_one_line_and_its_traceback_goes_to_the_log(tmp_path, capsys):
    (tmp_path / "lobby.db").write_bytes(b"this is not a SQLite file at all" * 64)
    assert main(["--data-dir", str(tmp_path), "migrate"]) == 1
    log = tmp_path / "logs" / "lobby-app.log"
    assert capsys.readouterr().err.splitlines() == [
        "lobby-app: unexpected error: DatabaseError: (sqlite3.DatabaseError) file is not a database"
        f" (the traceback is in {log})"
    ]
    assert "Traceback (most recent call last)" in log.read_text(encoding="utf-8")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_hub_setup_sets_up_the_branch_once_and_bad_input_changes_nothing(tmp_path, capsys, monkeypatch):
    db = tmp_path / "hub" / "hub.db"
    setup = [
        "--data-dir",
        str(tmp_path / "me"),
        "hub",
        "setup",
        "--db",
        str(db),
        "--name",
        "城东支行",
        "--code",
        "CD0101",
        "--rollout",
        "2026-09-01",
        "--staff-no",
        "8001",
        "--head-name",
        "周敏",
        "--new-pin-env",
        "HEAD_PIN",
    ]
    monkeypatch.setenv("HEAD_PIN", "246810")
    with pytest.raises(SystemExit) as exited:  # a date the calendar has not
        main([*setup[:-8], "--rollout", "2026-02-30", *setup[-6:]])
    assert exited.value.code == 2
    assert "argument --rollout: must be a date as YYYY-MM-DD" in one_line(capsys.readouterr().err)
    assert main([*setup, "--timezone", "Mars/Olympus"]) == 2
    said = one_line(capsys.readouterr().err)
    assert said == "lobby-app: timezone: 'Mars/Olympus' is no time zone (e.g. Asia/Shanghai)"
    monkeypatch.setenv("HEAD_PIN", "123456")
    assert main(setup) == 2
    assert one_line(capsys.readouterr().err).startswith("lobby-app: pin: ")
    hub = open_test_store(Settings(data_dir=db.parent), db=db)
    assert not is_set_up(hub)  # nothing was written by the refusals

    monkeypatch.setenv("HEAD_PIN", "246810")
    assert main(setup) == 0
    assert capsys.readouterr().out.startswith("set up 城东支行 (CD0101), Asia/Shanghai, credit from 2026-09-01")
    assert branch_identity(hub) == ("城东支行", "CD0101")
    assert main(setup) == 2
    assert one_line(capsys.readouterr().err) == "lobby-app: branch: this store already holds a branch"
    assert main(["--data-dir", str(tmp_path / "me"), "hub", "--db", str(db), "--demo-data"]) == 2  # not over it
    assert "already has staff" in one_line(capsys.readouterr().err)

    settings = ["--data-dir", str(tmp_path / "me"), "hub", "settings", "--db", str(db)]
    assert main([*settings, "--purge-hour", "21", "--staff-no", "8001", "--pin-env", "HEAD_PIN"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "purge hour: 21"
    assert main([*settings, "--backup-hour", "24", "--staff-no", "8001", "--pin-env", "HEAD_PIN"]) == 2
    assert one_line(capsys.readouterr().err) == "lobby-app: backup_hour: must be a whole number from 0 to 23"
    monkeypatch.setenv("HEAD_PIN", "000000")
    assert main([*settings, "--keep-backups", "3", "--staff-no", "8001", "--pin-env", "HEAD_PIN"]) == 2
    assert one_line(capsys.readouterr().err) == "lobby-app: pin: staff number or PIN is wrong"
    assert schedule(hub) == schedule(hub).__class__(21, 23, 14)
    hub.db.dispose()


def test_the_demo_is_opt_in_an_empty_store_opens_empty_without_it(tmp_path, capsys):
    plain = open_app_store(Settings(data_dir=tmp_path / "real"), demo=False, linked=False)
    assert not is_set_up(plain)  # the screens offer the first-run setup
    demo = open_app_store(Settings(data_dir=tmp_path / "demo"), demo=True, linked=False)
    assert is_set_up(demo) and "PIN 246810" in capsys.readouterr().out
    linked = open_app_store(Settings(data_dir=tmp_path / "linked"), demo=True, linked=True)
    assert not is_set_up(linked)  # a device linked to a hub takes the branch from it
    again = open_app_store(Settings(data_dir=tmp_path / "demo"), demo=True, linked=False)
    assert is_set_up(again) and capsys.readouterr().out == ""  # seeded once
    for ctx in (plain, demo, linked, again):
        ctx.db.dispose()


def test_run_sh_starts_the_demo():
    from pathlib import Path

    run_sh = (Path(__file__).resolve().parent.parent / "run.sh").read_text()
    assert 'lobby-app" --demo "$@"' in run_sh
