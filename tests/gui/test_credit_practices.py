"""Issue 20's credit practices clicked on the real window: colleagues who took part on the outcome dialog,
the head's allocation of them, the credit weight of a product in the preview and the standards editor,
and the team's agreement to a phase schedule."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPointF, Qt
from sqlmodel import select

from lobby_app.domain import credit
from lobby_app.domain.standards import standards_to_dict
from lobby_app.gui.app import find_object
from lobby_app.gui.formatting import money
from lobby_app.services.rules import current_schedule, current_standards, edit_standards, saved_versions
from lobby_app.store.tables import CreditEntry, CreditException

from .conftest import Window, _find_visual
from .test_desk_journeys import at_desk, handoff, refer


def _to_outcome(w: Window, ctx, team) -> str:
    at_desk(w, ctx, team)
    h = refer(w, ctx, team)
    w.click("acceptButton")
    w.click("meetButton")
    w.click("outcomeButton")
    assert w.popup_open("outcomeDialog")
    return h


def test_a_sale_with_a_colleague_goes_to_the_head_who_allocates_each_share(window: Window, ctx, team):
    lobby, seller, teller = team.lobby.staff_id, team.wm1.staff_id, team.teller.staff_id
    h = _to_outcome(window, ctx, team)
    window.type_into("soldAmount_fund", "100000.03")
    # 10 March: phase 1, 80% to the referrer: 8,000,002.4 → 8,000,002 fen; the seller the exact rest.
    assert window.text("outcomeCredit") == f"业绩{money(10_000_003)}"
    assert window.text("outcomeCreditHint") == ""  # a fund counts whole
    assert window.text("outcomeShares") == (
        f"推荐人：员工1001 {money(8_000_002)} · 你：{money(2_000_001)}（第1阶段，推荐人80%）"
    )

    window.click("tookPartButton")
    assert window.popup_open("colleaguePicker")
    assert window.find(f"tookPart_{lobby}") is None and window.find(f"tookPart_{seller}") is None
    window.click(f"tookPart_{teller}")
    window.click("tookPartDone")
    assert not window.popup_open("colleaguePicker")
    assert window.text("outcomeShares") == f"业绩{money(10_000_003)}由网点负责人按参与情况分配"
    assert window.text("outcomeTookPart") == "参与同事：员工2001"
    window.click("outcomeSave")
    assert not window.popup_open("outcomeDialog") and handoff(ctx, h).state == "converted"
    with ctx.db.read() as s:
        [exc] = s.exec(select(CreditException)).all()
        assert (exc.why, exc.took_part, exc.total_fen) == (credit.Why.SHARED, [teller], 10_000_003)
        assert s.exec(select(CreditEntry)).all() == []  # nobody is credited until the head allocates

    window.click("signOutButton")
    window.sign_in("8001")
    window.click("tabBranch")
    window.click("sectionCredit")
    assert window.text(f"why_{exc.id}") == "同事参与：员工2001"
    window.click(f"allocate_{exc.id}")
    assert window.popup_open("allocationForm")
    rows = window.screens.credit.property("shares").rows
    # The people of the case first, named by their part in it; everyone else after them.
    assert [(r["staffId"], r["partText"], r["involved"]) for r in rows[:3]] == [
        (lobby, "推荐人", True),
        (seller, "营销人", True),
        (teller, "参与同事", True),
    ]
    assert not any(r["involved"] for r in rows[3:])
    window.type_into(f"share_{lobby}", "50")
    window.type_into(f"share_{seller}", "30")
    assert window.text("sharesTotal") == "合计：80%"
    assert not window.item("saveAllocation").isEnabled()
    window.type_into(f"share_{teller}", "20")
    assert window.text("sharesTotal") == "合计：100%" and window.item("saveAllocation").isEnabled()
    # 10,000,003 fen by 50/30/20: 5,000,001.5 / 3,000,000.9 / 2,000,000.6; the 2 fen left go to the
    # largest remainders (the seller's .9, the colleague's .6): the yuan shown are the ones saved.
    shown = {i: window.text(f"shareYuan_{i}") for i in (lobby, seller, teller)}
    assert shown == {lobby: money(5_000_001), seller: money(3_000_001), teller: money(2_000_001)}
    window.item("allocationReason").setProperty("text", "柜员协助开户")  # QTest types ASCII keys only
    window.click("saveAllocation")
    assert not window.popup_open("allocationForm")

    people = {r["staffId"]: r["allocatedText"] for r in window.screens.credit.property("people").rows}
    assert people == {lobby: money(5_000_001), seller: money(3_000_001), teller: money(2_000_001)}
    assert window.text("monthTotal") == money(10_000_003)
    with ctx.db.read() as s:
        parts = {e.staff_id: e.amount_fen for e in s.exec(select(CreditEntry))}
    assert parts == {lobby: 5_000_001, seller: 3_000_001, teller: 2_000_001}


def pick_day(w: Window, iso: str) -> None:
    """A day tapped on the schedule's calendar (the day page has a calendar of its own, by the same names)."""
    picker = find_object(w.root, "agreedOnPicker")
    assert picker is not None
    w.settle()
    day = _find_visual(picker.property("contentItem"), f"pickDay_{iso}")
    assert day is not None and day.isVisible(), iso
    centre = day.mapToScene(QPointF(day.width() / 2, day.height() / 2)).toPoint()
    w.qtbot.mouseClick(w.root, Qt.MouseButton.LeftButton, pos=centre)  # type: ignore[attr-defined]


def _weigh_insurance(ctx, head, percent: int) -> None:
    data = standards_to_dict(current_standards(ctx))
    for p in data["products"]:
        if p["code"] == "insurance":
            p["credit_percent"] = percent
    edit_standards(ctx, head, data=data)


@pytest.mark.parametrize(
    ("at", "phase", "percent", "referrer_fen"),
    [
        (datetime(2026, 3, 31, 15, 59, tzinfo=UTC), 1, 80, 160_000),  # 23:59 on 31 March in the branch
        (datetime(2026, 3, 31, 16, 0, tzinfo=UTC), 2, 60, 120_000),  # 00:00 on 1 April
        (datetime(2026, 6, 30, 16, 0, tzinfo=UTC), 3, 50, 100_000),  # 00:00 on 1 July
    ],
)
def test_the_preview_weighs_insurance_at_40_percent_and_splits_by_the_referral_days_phase(
    window: Window, ctx, team, clock, at, phase, percent, referrer_fen
):
    clock.now = at
    _weigh_insurance(ctx, team.head, 40)
    _to_outcome(window, ctx, team)
    window.type_into("soldAmount_insurance", "5000.01")
    # 500,001 fen × 40% = 200,000.4 → 200,000 fen of credit, then the phase's split of that.
    assert window.text("outcomeCredit") == f"业绩{money(200_000)}"
    assert window.text("outcomeCreditHint") == "按产品业绩比例"
    assert window.text("outcomeShares") == (
        f"推荐人：员工1001 {money(referrer_fen)} · 你：{money(200_000 - referrer_fen)}"
        f"（第{phase}阶段，推荐人{percent}%）"
    )
    window.click("outcomeSave")
    with ctx.db.read() as s:
        parts = {e.part: e.amount_fen for e in s.exec(select(CreditEntry))}
    assert parts == {"referrer": referrer_fen, "seller": 200_000 - referrer_fen}


def test_a_schedule_needs_the_day_the_team_agreed_and_its_history_shows_it(window: Window, ctx, team):
    window.sign_in("8001")
    window.click("tabBranch")
    window.click("sectionCredit")
    assert window.text("scheduleVersion_1") == "第1版 · 新网点的默认方案，未记录团队商定"
    window.item("phasePercent_1").setProperty("text", "")
    window.type_into("phasePercent_1", "70")
    window.click("savePhases")
    assert window.text("error_agreed_on") == "必填"
    assert current_schedule(ctx).version == 1
    # A meeting tomorrow has not taken place (the calendar does not offer it; the rule refuses it too).
    assert not window.screens.credit.savePhases(
        ["2026-01-01", "2026-04-01", "2026-07-01"], ["80", "70", "50"], "2026-03-11", ""
    )
    assert window.text("error_agreed_on") == "团队会议须已召开：请选今天或更早的日期"

    window.click("agreedOn")
    assert window.popup_open("agreedOnPicker")
    pick_day(window, "2026-03-11")  # tomorrow: not offered
    assert window.text("agreedOn") == "选择日期…" and window.popup_open("agreedOnPicker")
    pick_day(window, "2026-03-10")  # today: the latest day it may be
    assert not window.popup_open("agreedOnPicker")
    assert window.text("agreedOn") == "2026-03-10"
    window.item("agreementNote").setProperty("text", "夕会全员同意")  # QTest types ASCII keys only
    window.click("savePhases")
    assert window.text("error_agreed_on") == ""
    schedule = current_schedule(ctx)
    assert (schedule.version, schedule.agreed_on, schedule.agreement_note) == (
        2,
        datetime(2026, 3, 10).date(),
        "夕会全员同意",
    )
    assert [p.referrer_percent for p in schedule.phases] == [80, 70, 50]
    assert window.text("scheduleVersion_2") == "第2版 · 团队商定于2026-03-10"
    assert window.text("scheduleNote_2") == "夕会全员同意"
    assert window.text("agreedOn") == "选择日期…" and window.text("agreementNote") == ""  # ready for the next


def test_the_standards_editor_refuses_101_percent_and_keeps_a_weight_it_saves(window: Window, ctx, team):
    window.sign_in("8001")
    window.click("tabBranch")
    window.click("sectionStandards")
    versions = len(saved_versions(ctx))
    field = "productCredit_insurance"
    assert window.text(field) == "100"  # the default
    for typed, error in (("101", "须在0到100之间"), ("4x", "请填0到100的整数")):
        window.item(field).setProperty("text", "")
        window.type_into(field, typed)
        assert window.text("productCreditError_insurance") == error
        window.click("saveStandards")
        assert len(saved_versions(ctx)) == versions
    window.item(field).setProperty("text", "")
    window.type_into(field, "100")  # the top of the range
    assert window.text("productCreditError_insurance") == ""
    window.item(field).setProperty("text", "")
    window.type_into(field, "0")  # the bottom of the range: a sale that counts for nothing
    assert window.text("productCreditError_insurance") == ""
    window.item(field).setProperty("text", "")
    window.type_into(field, "40")
    assert "保险业绩比例100% → 40%" in window.text("draftSummary")
    window.click("saveStandards")
    assert len(saved_versions(ctx)) == versions + 1
    weights = {p.code: p.credit_percent for p in current_standards(ctx).products}
    assert weights["insurance"] == 40 and weights["fund"] == 100
    assert window.text(field) == "40"  # the editor starts again from the version saved

    # Another change keeps the weight: the draft carries it through.
    window.item("highFlow").setProperty("text", "")
    window.type_into("highFlow", "200000")
    window.click("saveStandards")
    standards = current_standards(ctx)
    assert standards.high_flow_fen == 20_000_000
    assert {p.code: p.credit_percent for p in standards.products}["insurance"] == 40
