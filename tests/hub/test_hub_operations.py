"""Running a real branch's hub: its command line writes through the change capture, the nightly purge and
backup run by the hub's clock, a backup brings back a hub whose store was lost, and `hub status` shows it."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlmodel import select

from lobby_app.cli import main
from lobby_app.domain.money import yuan
from lobby_app.hub.access import make_enrolment_code
from lobby_app.hub.status import hub_status
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.housekeeping import last_backup, last_purge
from lobby_app.services.lobby import tag_and_refer
from lobby_app.store.backup import backups_in
from lobby_app.store.tables import CustomerTag, Handoff, HubChange, Outbox, Staff

from ..conftest import wait_until
from .conftest import PIN, POSTGRES, Hub, _admin, drop_database, shared_rows
from .test_sync import BIG, enrol


def hub_cli(hub: Hub, tmp_path, *args: str) -> list[str]:
    """`lobby-app hub` on this hub's store, as its operator types it (the store given by --db)."""
    return ["--data-dir", str(tmp_path / "operator"), "hub", *args, "--db", hub.ctx.db.where]


@pytest.mark.dialect  # the hub's writes
def test_staff_added_at_the_hubs_command_line_reach_a_device_after_the_feed_has_entries(
    hub: Hub, team, tmp_path, monkeypatch, capsys
):
    tablet = enrol(hub, tmp_path, "tablet")
    with hub.ctx.db.read() as s:
        assert s.exec(select(HubChange.seq).limit(1)).first() is not None  # the feed has entries
    monkeypatch.setenv("HEAD_PIN", "580274")
    monkeypatch.setenv("NEW_PIN", "792046")
    add = ["--add-staff", "3009", "--name", "新同事", "--role", "wealth_manager", "--staff-no", "8001"]
    assert main(hub_cli(hub, tmp_path, *add, "--pin-env", "HEAD_PIN", "--new-pin-env", "NEW_PIN")) == 0
    assert "added 3009" in capsys.readouterr().out
    tablet.sync()
    with tablet.ctx.db.read() as s:
        joined = s.exec(select(Staff).where(Staff.staff_no == "3009")).first()
    assert joined is not None and joined.name == "新同事"


@pytest.mark.dialect  # the backup and restore differ by store: SQLite's backup API, pg_dump and pg_restore
def test_a_backup_brings_back_a_hub_whose_store_was_lost_and_the_devices_resend_what_it_lacks(
    hub: Hub, team, tmp_path, capsys
):
    if hub.ctx.db.postgres and shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed here (tests/test_cli_errors.py checks what the hub says then)")
    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    handoffs.set_presence(desk.ctx, team.wm1, presence="available")
    desk.sync()
    tablet.sync()
    a, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG | {"ticket": "A001"}))
    tablet.sync()
    desk.sync()
    handoffs.accept(desk.ctx, team.wm1, handoff_id=a.id)
    desk.sync()

    folder = tmp_path / "nightly"
    assert main(hub_cli(hub, tmp_path, "backup", "--to", str(folder))) == 0  # while the hub serves
    (taken,) = backups_in(folder)
    assert f"to {taken}" in capsys.readouterr().out

    b, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG | {"ticket": "A002"}))
    tablet.sync()
    desk.sync()
    handoffs.meet(desk.ctx, team.wm1, handoff_id=a.id)
    handoffs.record_outcome(desk.ctx, team.wm1, handoff_id=a.id, outcome="converted", sales=[("fund", 5_000_000)])
    desk.sync()
    tablet.sync()
    before = shared_rows(hub.ctx)

    hub.stop()  # the hub's disk dies: its store is gone
    db = hub.ctx.db
    db.dispose()
    if db.path is not None:
        for end in ("", "-wal", "-shm"):
            db.path.with_name(db.path.name + end).unlink(missing_ok=True)
    else:
        name = db.where.rsplit("/", 1)[1]
        drop_database(name)
        _admin(f'CREATE DATABASE "{name}"')  # a new, empty database where it was
    assert main(hub_cli(hub, tmp_path, "restore", str(taken))) == 0
    assert "restored the hub's store" in capsys.readouterr().out
    hub.start()
    with hub.ctx.db.read() as s:
        assert s.get(Handoff, b.id) is None and s.get(Handoff, a.id).state == "accepted"  # as it was at the backup

    for _ in range(3):
        desk.sync()
        tablet.sync()
    for device in (tablet, desk):
        with device.ctx.db.read() as s:
            assert {o.state for o in s.exec(select(Outbox))} == {"confirmed"}
    with hub.ctx.db.read() as s:
        states = (s.get(Handoff, a.id).state, s.get(Handoff, b.id).state)
    assert states == (before[("handoff", a.id)]["state"], before[("handoff", b.id)]["state"])
    assert states[0] == "converted"
    after = shared_rows(hub.ctx)
    assert after.keys() >= {k for k in before if k[0] in ("customer_tag", "handoff")}  # nothing lost
    assert shared_rows(tablet.ctx) == after
    assert shared_rows(desk.ctx) == after


@pytest.fixture
def night_hub(ctx, team, tmp_path):
    """A hub that looks for its nightly jobs every 50 ms, backing up into tmp/backups."""
    running = Hub(replace(ctx, outbox=False), jobs_s=0.05, backups=tmp_path / "backups")
    running.start()
    yield running
    running.stop()


def test_the_hub_purges_and_backs_up_at_the_branchs_hours_by_its_own_clock(
    night_hub: Hub, team, tmp_path, clock, capsys
):
    hub = night_hub
    tablet = enrol(hub, tmp_path, "tablet")
    tag = TagCustomer(purpose="deposit", amount_fen=yuan(80_000), address_as="李女士")
    tag_and_refer(tablet.ctx, team.lobby, tag)
    tablet.sync()
    assert last_purge(hub.ctx) is None and last_backup(hub.ctx) is None  # 10:00 branch time: not yet

    local = (clock.now + timedelta(days=91)).astimezone(hub.ctx.tz)
    clock.now = local.replace(hour=23, minute=0).astimezone(clock.now.tzinfo)  # past 22:00 and 23:00
    wait_until(lambda: last_purge(hub.ctx) is not None, what="the nightly purge")
    assert last_purge(hub.ctx) == (clock.now, 1)
    wait_until(lambda: last_backup(hub.ctx) is not None, what="the nightly backup")
    done = last_backup(hub.ctx)
    assert done.ok and backups_in(tmp_path / "backups") == [done.path]

    tablet.sync()  # the purge reaches the tablet through the feed
    with tablet.ctx.db.read() as s:
        assert [t.address_as for t in s.exec(select(CustomerTag))] == [""]

    hub.audit.flush()
    assert main(hub_cli(hub, tmp_path, "status")) == 0
    out = capsys.readouterr().out
    last_pull = f"{clock.now.astimezone(hub.ctx.tz):%Y-%m-%d %H:%M}"  # the tablet's pull after the purge
    assert "devices: 1" in out and "tablet" in out and f"last seen {last_pull}" in out
    assert "1 customers cleared" in out and f"{done.path} (ok)" in out
    assert not hub_status(hub.ctx, tmp_path / "backups").backup_stale
    clock.advance(hours=25)
    assert hub_status(hub.ctx, tmp_path / "backups").backup_stale  # the console warns: over a day old


def test_a_refused_enrolment_is_said_in_words_never_a_raw_dict_or_list(hub: Hub, team, tmp_path, capsys):
    base = ["--data-dir", str(tmp_path / "tablet"), "enrol", "--hub", hub.url]
    assert main([*base, "--code", "0000-0000-0000", "--name", "平板"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "lobby-app: --code: the hub refused the enrolment: code: this enrolment code is unknown, used or expired"
    ]
    code = make_enrolment_code(hub.ctx, staff_no="8001", pin=PIN)
    assert main([*base, "--code", code, "--name", "平" * 41]) == 2  # the hub's 422: a list of errors
    assert capsys.readouterr().err.splitlines() == [
        "lobby-app: --code: the hub refused the enrolment: name: String should have at most 40 characters"
    ]


@pytest.mark.skipif(not POSTGRES, reason="needs LOBBY_TEST_POSTGRES_URL")
def test_a_postgresql_hub_without_pg_dump_says_so_in_one_line(migrated_postgres_db, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))  # a machine without PostgreSQL's client tools
    argv = ["--data-dir", str(tmp_path / "me"), "hub", "backup", "--db", migrated_postgres_db]
    assert main(argv) == 1
    assert capsys.readouterr().err.splitlines() == [
        "lobby-app: backup: pg_dump is not installed: install PostgreSQL's client tools"
        " (Debian: apt-get install postgresql-client)"
    ]
    assert not (tmp_path / "me" / "backups").exists() or backups_in(tmp_path / "me" / "backups") == []
