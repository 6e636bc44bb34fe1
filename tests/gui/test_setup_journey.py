"""A standalone device's first run on the real window: an empty store opens on the branch's setup, each
bad field says why under it and nothing is kept, and a right setup leads to the head's first sign-in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent

from lobby_app.services.branch_setup import branch_identity, branch_timezone, is_set_up
from lobby_app.services.rules import schedule_in_force
from lobby_app.services.staff import sign_in
from tests.conftest import row_counts

from .conftest import Window, open_window

GOOD = {
    "setupBranchName": "城东支行",
    "setupBranchCode": "CD0101",
    "setupStaffNo": "8001",
    "setupHeadName": "周敏",
    "setupPin": "580274",
    "setupPinAgain": "580274",
}


@pytest.fixture
def fresh(qapp, qtbot, ctx) -> Iterator[Window]:
    """A device with no hub, opened on an empty store."""
    with open_window(qapp, qtbot, ctx, language="en") as w:
        yield w


def fill(w: Window, fields: dict[str, str]) -> None:
    """Each field emptied and typed into: ASCII key by key, Chinese as an input method commits it."""
    for name, text in fields.items():
        w.item(name).setProperty("text", "")
        if text.isascii():
            w.type_into(name, text)
        else:
            w.click(name)
            event = QInputMethodEvent()
            event.setCommitString(text)
            QCoreApplication.sendEvent(w.root.activeFocusItem(), event)
        assert w.text(name) == text, name


def refusals(w: Window) -> dict[str, str]:
    names = [*GOOD, "setupZone", "setupRollout"]
    return {n: t for n in names if (t := w.text(n + "Error"))}


def test_an_empty_store_opens_on_the_setup_and_a_bad_field_says_why_and_keeps_nothing(fresh: Window, ctx):
    assert fresh.item("setupPage").isVisible()
    assert not fresh.item("staffNo").isVisible()  # no one to sign in yet
    before = row_counts(ctx)

    fill(fresh, GOOD | {"setupBranchCode": "CD-01"})
    fresh.click("setUpButton")
    assert refusals(fresh) == {"setupBranchCode": "Branch code: letters and digits only, no spaces or dashes"}

    fill(fresh, GOOD | {"setupHeadName": "", "setupPin": "123456", "setupPinAgain": "123456"})
    fresh.click("setUpButton")
    assert refusals(fresh) == {
        "setupHeadName": "Your name: required",
        "setupPin": "Your PIN: Too easy to guess: not one digit repeated, not a run like 123456, not your staff number",
    }

    fill(fresh, GOOD | {"setupPinAgain": "580247"})
    fresh.click("setUpButton")
    assert refusals(fresh) == {"setupPinAgain": "Your PIN again: differs from the PIN: type both again"}
    fresh.click("setupLanguage")  # the head reads Chinese better: the refusal is reworded, not lost
    assert refusals(fresh) == {"setupPinAgain": "再次输入密码：与密码不一致，请两次都重新输入"}

    assert row_counts(ctx) == before and not is_set_up(ctx)
    assert fresh.item("setupPage").isVisible()


def test_a_right_setup_leads_to_the_heads_sign_in_with_the_new_pin_and_the_branch_tab(fresh: Window, ctx):
    fresh.click("zone_Asia/Urumqi")
    fresh.click("setupPickRollout")
    assert fresh.text("setupRollout") == "2026-03-10"  # today, branch-local
    fresh.click("pickDay_2026-03-02")
    assert fresh.text("setupRollout") == "2026-03-02"
    fill(fresh, GOOD)
    fresh.click("setUpButton")

    assert fresh.find("setupPage") is None  # gone for good: the branch is set up
    assert fresh.item("staffNo").isVisible()
    assert fresh.text("staffNo") == "8001"
    assert fresh.text("signInNotice").startswith("城东支行 is set up. Sign in with your staff number 8001")
    assert "Xinjiang time" in fresh.text("signInNotice")  # this window keeps its zone until the next start
    assert branch_identity(ctx) == ("城东支行", "CD0101") and branch_timezone(ctx) == "Asia/Urumqi"
    with ctx.db.read() as s:
        assert schedule_in_force(s).rollout == date(2026, 3, 2)
    assert sign_in(ctx, staff_no="8001", pin="580274").name == "周敏"

    fresh.type_into("pin", "580274")
    fresh.click("signInButton")
    assert fresh.screens.session.property("signedIn")
    assert fresh.text("signedInAs") == "周敏 · Branch head"
    assert fresh.screens.setup.property("doneText") == ""  # said once, to the one who set it up
    fresh.click("tabBranch")
    assert fresh.item("branchPage").isVisible()


def test_a_device_of_a_hub_never_sets_a_branch_up_itself(qapp, qtbot, ctx):
    with open_window(qapp, qtbot, ctx, language="en", hub=True) as w:
        assert w.find("setupPage") is None
        assert w.item("staffNo").isVisible()


def test_a_store_that_holds_a_branch_opens_on_the_sign_in(window: Window):
    assert window.find("setupPage") is None
    assert window.item("staffNo").isVisible()
