"""The branch head's notes on the real window (issue 20, item 5): a problem noted during the day shows in
the evening meeting's section and in its export; each customer not referred shows the reason given; a
coaching talk shows beside the person's flags."""

from __future__ import annotations

import csv
import unicodedata

import pypdf
import pytest

from lobby_app.protocol.commands import TagCustomer
from lobby_app.services.tagging import save_without_referral

from ..services.test_day_report import the_day
from .conftest import Window

ELIGIBLE = {"purpose": "deposit", "amount_fen": 8_000_000}


def not_referred(ctx, team, name: str, reason: str, text: str = "") -> None:
    tag = TagCustomer(**ELIGIBLE, address_as=name, not_referred_reason=reason, not_referred_text=text)
    save_without_referral(ctx, team.teller, tag)


def pdf_text(path) -> str:
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def branch_day(window: Window, ctx, team, clock) -> Window:
    the_day(ctx, team, clock)  # 张先生 and 赵先生 met the standard and were not referred, no reason given
    clock.advance(minutes=5)
    not_referred(ctx, team, "钱女士", "customer_declined")
    not_referred(ctx, team, "孙先生", "other", "客户赶着去医院")
    window.sign_in("8001")
    window.click("tabBranch")
    return window


def test_the_head_notes_a_problem_it_shows_at_the_evening_meeting_and_in_the_export(branch_day: Window, ctx, clock):
    w = branch_day
    assert w.find("problemNote") is None
    w.click("noteProblem")
    assert w.popup_open("headNoteDialog")
    w.click("headNoteSave")  # nothing written: refused under the text, the dialog stays
    assert w.text("headNoteError") == "请写下具体情况" and w.popup_open("headNoteDialog")
    w.item("headNoteText").setProperty("text", "长" * 501)
    w.click("headNoteSave")
    assert w.text("headNoteError") and w.popup_open("headNoteDialog")  # 501 characters: too long
    w.item("headNoteText").setProperty("text", "")
    w.type_into("headNoteText", "ticket")
    w.item("headNoteText").setProperty("text", "叫号机上午故障半小时")
    w.click("headNoteSave")
    assert not w.popup_open("headNoteDialog")
    local = clock.now.astimezone(ctx.tz).strftime("%H:%M")
    assert w.text("problemNote") == f"{local}  叫号机上午故障半小时 — 员工8001"
    branch = w.screens.branch
    for kind in ("pdf", "csv"):
        branch.export(kind)
    exports = ctx.db.path.parent / "exports"
    rows = list(csv.reader((exports / "evening-2026-03-10.csv").open(encoding="utf-8-sig")))
    assert ["负责人记录的问题", "员工8001", "problem_note", "叫号机上午故障半小时"] in rows
    text = pdf_text(exports / "evening-2026-03-10.pdf")
    assert "叫号机上午故障半小时" in text and "负责人记录的问题" in text


def test_the_reason_for_not_referring_shows_on_the_day_and_in_the_evening_report(branch_day: Window, ctx):
    w = branch_day
    rows = {r["customer"]: r["reasonText"] for r in w.screens.branch.property("missed").rows}
    assert rows == {
        "张先生": "没说原因",
        "赵先生": "没说原因",
        "钱女士": "客户婉拒转介",
        "孙先生": "客户赶着去医院",
    }
    assert w.text("missedReason") == "未转介原因：没说原因"  # the first, 张先生, said nothing
    w.screens.branch.export("csv")
    w.screens.branch.export("pdf")
    exports = ctx.db.path.parent / "exports"
    rows_csv = list(csv.reader((exports / "evening-2026-03-10.csv").open(encoding="utf-8-sig")))
    missed = [r for r in rows_csv if r[0] == "达标未转介"]
    assert sorted((r[2], r[3]) for r in missed) == [
        ("customer_declined", "客户婉拒转介"),
        ("no_reason", "没说原因"),
        ("no_reason", "没说原因"),
        ("other", "客户赶着去医院"),
    ]
    text = pdf_text(exports / "evening-2026-03-10.pdf")
    # (the PDF's CJK font reads 户 back as its variant 戶: the words around it are checked)
    assert "没说原因" in text and "婉拒转介" in text and "赶着去医院" in text


def test_a_coaching_talk_shows_beside_the_persons_flags(branch_day: Window, ctx, team):
    w = branch_day
    flagged = w.screens.branch.property("flags").rows
    assert flagged, "the_day flags someone"
    person = flagged[0]
    assert person["coachingText"] == "尚无辅导记录"
    w.click(f"recordCoaching_{person['staffId']}")
    assert w.popup_open("headNoteDialog") and person["name"] in w.text("headNoteTitle")
    w.item("headNoteText").setProperty("text", "谈了如何识别大额客户")
    w.click("headNoteSave")
    assert not w.popup_open("headNoteDialog")
    assert w.text(f"lastCoaching_{person['staffId']}") == "上次辅导（2026-03-10）：谈了如何识别大额客户"
    assert w.screens.branch.property("notes").count == 0  # a coaching talk is not a problem of the day
