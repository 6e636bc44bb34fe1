"""The demo branch opens in a believable state at whatever hour it is made: someone free, a short
queue, a few outcomes today, and no wealth manager set away for an offer nobody could answer."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlmodel import col, select

from lobby_app.domain import handoff as dh
from lobby_app.domain.routing import Presence
from lobby_app.services.escalation import NO_ANSWER, expire_overdue, response_time
from lobby_app.services.lobby import hall
from lobby_app.services.staff import sign_in
from lobby_app.settings import Settings
from lobby_app.store.tables import Handoff
from lobby_app.tooling.demo import seed_demo
from tests.conftest import open_test_store, prepared

OUTCOMES = (dh.State.CONVERTED, dh.State.NOT_CONVERTED, dh.State.FOLLOW_UP)


@pytest.mark.parametrize("local", ["09:00", "14:00", "21:30", "03:00", "00:20"])
def test_the_demo_opens_believably_at_any_hour(ctx, clock, local):
    hour, minute = (int(x) for x in local.split(":"))
    clock.now = datetime(2026, 3, 10, hour, minute, tzinfo=ctx.tz)
    seed_demo(ctx)

    now = hall(ctx)
    free = [w for w in now.wealth_managers if w.presence is Presence.AVAILABLE and w.holding == 0]
    assert len(free) >= 1, now
    assert 1 <= now.queued <= 3
    assert not [w for w in now.wealth_managers if w.presence is Presence.AWAY and w.away_reason == NO_ANSWER]

    start, end = ctx.today()
    with ctx.db.read() as s:
        rows = s.exec(select(Handoff)).all()
        offered = [r for r in rows if r.state == dh.State.OFFERED]
        today = [r for r in rows if r.state in OUTCOMES and r.closed_at is not None and start <= r.closed_at <= end]
        later = s.exec(select(Handoff).where(col(Handoff.updated_at) > clock.now)).all()
    assert offered == []  # nothing rings unanswered on a desk nobody sits at
    assert len(today) >= 3 and any(r.state == dh.State.CONVERTED for r in today)
    assert later == []  # nothing happened after the moment it was made

    # The watchdog runs on the first tablet to start: a while later it still finds nothing to escalate.
    head = sign_in(ctx, staff_no="8001", pin="246810").actor
    clock.now += response_time(ctx) + timedelta(minutes=10)
    assert not expire_overdue(replace(ctx, clock=clock), head)
    assert not [w for w in hall(ctx).wealth_managers if w.away_reason == NO_ANSWER]


def test_the_demo_is_the_same_on_every_run(ctx, clock, tmp_path):
    """Seeded from a fixed seed: two stores made at the same moment hold the same day."""
    other = prepared(open_test_store(Settings(data_dir=tmp_path / "other")), clock)
    clock.now = datetime(2026, 3, 10, 15, 30, tzinfo=ctx.tz)
    days = []
    for store in (ctx, other):
        seed_demo(store)
        with store.db.read() as s:
            days.append(sorted((r.state, r.created_at, r.closed_at) for r in s.exec(select(Handoff)).all()))
    other.db.dispose()
    assert len(days[0]) >= 10 and days[0] == days[1]
