"""The branch head's day on screen: the figures of test_day_report's day, in the screen's words."""

from __future__ import annotations

import pytest

from lobby_app.gui.app import build_screens

from ..services.test_day_report import DAY, the_day


@pytest.fixture
def screens(qapp, ctx, team, clock):
    the_day(ctx, team, clock)
    s = build_screens(qapp, ctx, language="zh_CN")
    s.session.signIn("8001", "580274")
    yield s
    s.close()


def test_the_day_reads_as_worked_out_by_hand(screens, team):
    branch = screens.branch
    assert branch.property("dayText") == f"今天，{DAY:%Y-%m-%d}" and branch.property("isToday")
    assert [(f["label"], f["count"]) for f in branch.property("funnel")] == [
        ("识别", 6),
        ("达标", 5),
        ("转介", 3),
        ("已接受", 2),
        ("面谈", 2),
        ("已成交", 1),
    ]
    wms = {r["staffId"]: r for r in branch.property("wealthManagers").rows}
    assert (wms[team.wm1.staff_id]["rateText"], wms[team.wm1.staff_id]["responseText"]) == ("1/1（100%）", "0:30")
    assert (wms[team.wm2.staff_id]["rateText"], wms[team.wm2.staff_id]["responseText"]) == ("0/1（0%）", "1:30")
    assert (wms[team.wm3.staff_id]["rateText"], wms[team.wm3.staff_id]["responseText"]) == ("—", "—")
    assert branch.property("medianText") == "网点中位数：成交率50% · 响应1:00"
    assert branch.property("creditTotalText").startswith("¥100,000")
    assert [r["customer"] for r in branch.property("missed").rows] == ["张先生", "赵先生"]
    assert branch.property("queueText") == "无客户排队"  # the teller's customer was offered once one was free


def test_earlier_days_by_the_arrows_and_never_past_today(screens):
    branch = screens.branch
    branch.nextDay()
    assert branch.property("isToday")  # there is no tomorrow yet
    branch.previousDay()
    assert branch.property("dayText") == "2026-03-09" and not branch.property("isToday")
    assert branch.property("funnel")[0]["count"] == 1  # tagged: 23:59 the evening before
    branch.showToday()
    assert branch.property("isToday")


def test_switching_language_rewords_the_day(screens):
    screens.switch_language("en")
    assert screens.branch.property("funnel")[0]["label"] == "Tagged"
    assert screens.branch.property("medianText") == "Branch median: conversion 50% · response 1:00"


def test_the_evening_meeting_is_saved_beside_the_store_and_the_screen_says_where(screens, ctx):
    branch = screens.branch
    assert branch.property("canExport")
    for kind in ("pdf", "csv"):
        branch.export(kind)
        saved = ctx.db.path.parent / "exports" / f"evening-2026-03-10.{kind}"
        assert branch.property("exportText") == f"已保存：{saved}"
        assert saved.stat().st_size > 0
    assert branch.property("problems").count == 0 and branch.property("calls").count == 0  # a quiet day


def test_the_charts_carry_the_days_figures_and_the_branch_medians(screens):
    charts = screens.branch.property("charts")
    referrers = dict(zip(charts["referrers"], zip(charts["eligible"], charts["referred"], strict=True), strict=True))
    assert referrers == {"员工1001": (4, 2), "员工2001": (1, 1)}
    wms = dict(zip(charts["wealthManagers"], zip(charts["conversion"], charts["response"], strict=True), strict=True))
    assert wms == {"员工3001": (100, 0.5), "员工3002": (0, 1.5), "员工3003": (0, 0)}  # 3003 had no customer
    assert (charts["medianConversion"], charts["medianResponse"]) == (50, 1.0)


def test_a_day_picked_on_the_calendar_is_shown_unless_it_is_still_to_come(screens):
    branch = screens.branch
    branch.showDate("2026-03-11")
    assert branch.property("dayIso") == "2026-03-10"  # tomorrow: nothing to show yet
    branch.showDate("2026-02-14")
    assert branch.property("dayText") == "2026-02-14" and branch.property("charts")["referrers"] == []


def test_printing_without_a_printer_says_to_save_a_pdf_instead(screens, monkeypatch):
    from PySide6.QtPrintSupport import QPrinterInfo

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))  # a desk with no printer
    screens.branch.printEvening()
    assert screens.branch.property("exportText") == "这台电脑没有设置打印机：请保存为 PDF 后再打印"
