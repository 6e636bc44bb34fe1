"""A lost or stolen tablet is revoked at the hub: from then on it hears nothing and may do nothing."""

from __future__ import annotations

import asyncio
import json
import threading
import time

import pytest

from lobby_app.cli import main

from ..hub.conftest import PIN, Hub

TAG = {"purpose": "deposit", "amount_fen": 5_000_000, "address_as": "王先生", "phone": None}


def hub_command(hub: Hub, tmp_path, *args: str) -> list[str]:
    return ["--data-dir", str(tmp_path / "hub-cli"), "hub", "--db", hub.ctx.db.where, *args]


@pytest.mark.dialect  # the revocation is written by another process, into the hub's store
def test_a_revoked_devices_stream_closes_within_5_s_and_hears_no_later_change(hub: Hub, team, tmp_path, capsys):
    stolen, tablet = hub.device("被盗平板"), hub.device("大堂平板")
    heard: list[dict] = []
    closed_at: list[float] = []

    def listen() -> None:
        with stolen.stream("GET", "/v1/events") as events:
            for line in events.iter_lines():
                if line.startswith("data:"):
                    heard.append(json.loads(line.removeprefix("data:")))
        closed_at.append(time.monotonic())

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    deadline = time.monotonic() + 10
    while not heard:  # the stream is open: the hub said where its feed stands
        assert time.monotonic() < deadline, "the stream did not open"
        time.sleep(0.01)

    assert main(hub_command(hub, tmp_path, "--revoke-device", "被盗平板")) == 0
    revoked_at = time.monotonic()
    assert "revoked 被盗平板" in capsys.readouterr().out
    tag = {"id": "00000000-0000-4000-8000-0000000000aa", **TAG}
    reply = tablet.push([{"id": "m1", "name": "tag_customer", "args": tag, "staff_id": team.lobby.staff_id}])
    assert reply.json()["results"][0]["status"] == "applied"  # a new customer, after the revocation

    listener.join(timeout=10)
    assert closed_at and closed_at[0] - revoked_at < 5
    told = json.dumps(heard, ensure_ascii=False)
    assert tag["id"] not in told and "王先生" not in told
    assert stolen.get("/v1/pull").status_code == 401
    assert stolen.push([]).status_code == 401
    assert stolen.get("/v1/events").status_code == 401
    assert tablet.get("/v1/pull").status_code == 200  # the others work on


def test_revoking_names_the_device_or_says_what_is_wrong(hub: Hub, team, tmp_path, capsys):
    hub.device("平板"), hub.device("平板")
    assert main(hub_command(hub, tmp_path, "--revoke-device", "平板")) == 2
    assert "2 devices are called '平板': give one id" in capsys.readouterr().err
    assert main(hub_command(hub, tmp_path, "--revoke-device", "没有这台")) == 2
    assert "no enrolled device with the id or name '没有这台'" in capsys.readouterr().err


def test_the_streams_share_one_read_of_the_revoked_devices_per_moment(ctx, team):
    """30 open streams used to read their own device's row on every change; now the first stream to ask about a
    moment (a change the bell rang, or a half second of quiet) reads for all, and a new moment reads again."""
    from lobby_app.hub.access import Revocations, enrol_device, make_enrolment_code, revoke_device

    ids = [enrol_device(ctx, code=make_enrolment_code(ctx, staff_no="8001", pin=PIN), name=n)[0] for n in ("甲", "乙")]
    revocations = Revocations(ctx)

    async def ask() -> list[bool]:
        before = [await revocations.revoked(i, ("change", 7)) for i in ids]
        revoke_device(ctx, device="甲")
        same_moment = await revocations.revoked(ids[0], ("change", 7))  # the read made for change 7 answers
        next_change = [await revocations.revoked(i, ("change", 8)) for i in ids]
        return [*before, same_moment, *next_change]

    assert asyncio.run(ask()) == [False, False, False, True, False]
