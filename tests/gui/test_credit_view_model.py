"""The branch head's credit screen: test_month_close's March (the test store's phases: 80% from
1 January, 60% from 1 April, 50% from 1 July).

    31 March  王先生  10,000,003 fen  phase 1: lobby 8,000,002, wm1 2,000,001
    31 March  张先生     300,000 fen  shared with the teller: an exception
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import select

from lobby_app.gui.app import build_screens
from lobby_app.gui.formatting import money
from lobby_app.services import handoffs as svc
from lobby_app.store.tables import CreditSchedule

from ..conftest import row_counts
from ..services.test_ledger import convert


@pytest.fixture
def screens(qapp, ctx, team, clock):
    svc.set_presence(ctx, team.wm1, presence="available")
    clock.now = datetime(2026, 3, 31, 2, 0, tzinfo=UTC)  # 10:00 on 31 March, branch time
    convert(ctx, team, "王先生", 10_000_003)
    convert(ctx, team, "张先生", 300_000, shared_with=[team.teller.staff_id])
    clock.now = datetime(2026, 4, 1, 2, 0, tzinfo=UTC)
    s = build_screens(qapp, ctx, language="en")
    s.session.signIn("8001", "580274")
    s.credit.previousMonth()
    yield s
    s.close()


def test_the_month_shows_the_team_first_then_each_person_and_each_day(screens, team):
    credit = screens.credit
    assert credit.property("monthText") == "2026-03" and not credit.property("isThisMonth")
    assert credit.property("teamTotalText") == money(10_000_003)  # the exception is not credited yet
    people = {
        r["staffId"]: (r["referrerText"], r["sellerText"], r["totalText"]) for r in credit.property("people").rows
    }
    assert people == {
        team.lobby.staff_id: (money(8_000_002), money(0), money(8_000_002)),
        team.wm1.staff_id: (money(0), money(2_000_001), money(2_000_001)),
    }
    assert [(r["day"], r["totalText"]) for r in credit.property("days").rows] == [("2026-03-31", money(10_000_003))]
    credit.showDay("2026-03-31")
    assert credit.property("dayTotalText") == money(10_000_003)
    assert len(credit.property("dayPeople").rows) == 2
    assert credit.property("openCount") == 1
    credit.nextMonth()
    assert credit.property("monthText") == "2026-04" and credit.property("teamTotalText") == money(0)
    credit.nextMonth()
    assert credit.property("monthText") == "2026-04"  # never past this month


def test_an_allocation_is_refused_under_the_field_until_shares_add_up_to_100_with_a_reason(screens, ctx, team):
    credit = screens.credit
    [exc] = credit.property("exceptions").rows
    credit.startAllocation(exc["exceptionId"])
    assert credit.property("allocating")
    lobby, teller = team.lobby.staff_id, team.teller.staff_id
    before = row_counts(ctx)

    assert not credit.allocate([lobby, teller], ["50", "40"], "两人共同接待")
    assert credit.property("errors") == {"shares": "The shares add up to 90%, not 100%"}
    assert not credit.allocate([lobby, teller], ["abc", "50"], "两人共同接待")
    assert credit.property("errors") == {f"share_{lobby}": "Whole numbers only"}
    assert not credit.allocate([lobby, teller], ["150", "-50"], "两人共同接待")
    assert credit.property("errors") == {f"share_{lobby}": "From 0 to 100"}
    assert not credit.allocate([lobby, teller], ["50", "50"], "  ")
    assert credit.property("errors") == {"reason": "Required"}
    assert row_counts(ctx) == before and credit.property("openCount") == 1

    assert credit.allocate([lobby, teller, team.wm1.staff_id], ["60", "40%", ""], "大堂识别，柜员促成")
    assert credit.property("errors") == {} and not credit.property("allocating")
    assert credit.property("teamTotalText") == money(10_300_003) and credit.property("openCount") == 0
    [done] = credit.property("exceptions").rows
    assert not done["open"]
    assert (
        done["allocationText"]
        == f"Allocated by 员工8001: 员工1001 {money(180_000)}, 员工2001 {money(120_000)} · 大堂识别，柜员促成"
    )


def test_a_month_closes_after_its_exceptions_and_then_keeps_its_percentages(screens, ctx, team):
    credit = screens.credit
    credit.closeMonth()
    assert credit.property("errors") == {"month": "First allocate this month's 1 open exceptions"}
    assert not credit.property("isClosed")
    [exc] = credit.property("exceptions").rows
    credit.startAllocation(exc["exceptionId"])
    assert credit.allocate([team.lobby.staff_id, team.teller.staff_id], ["50", "50"], "两人共同接待")
    credit.closeMonth()
    assert credit.property("isClosed") and credit.property("message") == "2026-03 is closed."
    assert credit.property("closedText") == f"Closed on 2026-04-01 10:00 by 员工8001, at {money(10_300_003)}"

    with ctx.db.read() as s:
        versions = len(s.exec(select(CreditSchedule)).all())
    # Phase 2 from 15 March would move March's days from 80% to 60%.
    assert not credit.savePhases(["2026-01-01", "2026-03-15", "2026-07-01"], ["80", "60", "50"], "2026-04-01", "")
    assert credit.property("errors") == {"phases": "2026-03 is closed: its percentages may not change"}
    assert not credit.savePhases(["2026-01-01", "2026-01-01", "2026-07-01"], ["80", "60", "50"], "2026-04-01", "")
    assert credit.property("errors") == {"start_1": "Must start after the phase before it starts"}
    assert not credit.savePhases(["2026-01-01", "2026-04-01", "July"], ["80", "60", "50"], "2026-04-01", "")
    assert credit.property("errors") == {"start_2": "A date like 2026-04-01"}
    assert not credit.savePhases(["2026-01-01", "2026-04-01", "2026-07-01"], ["80", "60", "101"], "2026-04-01", "")
    assert credit.property("errors") == {"percent_2": "From 0 to 100"}
    with ctx.db.read() as s:
        assert len(s.exec(select(CreditSchedule)).all()) == versions

    assert credit.savePhases(["2026-01-01", "2026-04-01", "2026-09-01"], ["80", "70", "50"], "2026-04-01", "")
    assert [(p["start"], p["percent"]) for p in credit.property("phases")] == [
        ("2026-01-01", "80"),
        ("2026-04-01", "70"),
        ("2026-09-01", "50"),
    ]
    assert credit.property("phaseInForceText") == "Today: phase 2, the referrer gets 70% and the seller 30%"


def test_only_the_branch_head_closes_a_month(screens):
    screens.session.signIn("1001", "580274")  # the lobby manager, on the same device
    screens.credit.closeMonth()
    assert screens.credit.property("errors") == {"general": "Only the branch head may do this"}
