"""Phones masked as Chinese banks print them (139****8001) for everyone but the one who calls (issue 21,
point 12; DOMAIN.md, privacy): the branch head's evening list and its PDF show them masked, the desk of
the wealth manager who owns the call shows the number whole."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

import pypdf
import pytest

from lobby_app.gui.evening_export import write_pdf
from lobby_app.gui.formatting import masked_phone
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services.evening import evening_meeting
from lobby_app.services.lobby import tag_and_book_callback

from .conftest import Window

FULL = "13912348001"
MASKED = "139****8001"


@pytest.mark.parametrize(
    ("phone", "shown"),
    [
        ("13912348001", "139****8001"),  # a mobile: first 3, four stars, last 4
        ("139 1234-8001", "139****8001"),  # as typed, spaces and dashes
        ("+8613912348001", "139****8001"),
        ("01087654321", "010-****4321"),  # Beijing: a 3-digit area code, an 8-digit number
        ("02187654321", "021-****4321"),  # 020–029 too
        ("075587654321", "0755-****4321"),  # Shenzhen: a 4-digit area code
        ("05718765432", "0571-****5432"),  # a 7-digit local number: still four stars, the length hidden
        ("87654321", "****4321"),  # no area code: only the last 4
        ("123456", "****"),  # too short to keep any digit safely
        ("", ""),
        (None, ""),
    ],
)
def test_masked_phone(phone, shown):
    assert masked_phone(phone) == shown


def book_call(ctx, team, clock, *, minutes: int = 30) -> None:
    """The lobby books a callback for 周先生 with his phone; it goes to a wealth manager to make."""
    tag_and_book_callback(
        ctx,
        team.lobby,
        TagCustomer(purpose="deposit", amount_fen=8_000_000, address_as="周先生", in_a_hurry=True),
        address_as="周先生",
        phone=FULL,
        phone_consent=True,
        preferred_time=clock.now + timedelta(minutes=minutes),
    )


def test_the_wealth_manager_who_makes_the_call_sees_the_number_whole(window: Window, ctx, team, clock):
    book_call(ctx, team, clock)
    window.sign_in("3001")  # wm1: the callback is theirs to make
    assert [r["phone"] for r in window.screens.desk.property("tasks").rows] == [FULL]
    window.click("tabCalls")
    assert window.text("taskPhone") == "☎ " + FULL


def test_the_branch_heads_evening_list_shows_it_masked(window: Window, ctx, team, clock):
    book_call(ctx, team, clock)
    window.sign_in("8001")  # the head, who does not make the call
    calls = window.screens.branch.property("calls").rows
    assert [(r["customer"], r["phone"]) for r in calls] == [("周先生", MASKED)]
    window.click("tabBranch")
    shown = window.text("callDue")
    assert MASKED in shown and FULL not in shown


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_evening_pdf_shows_it_masked(window: Window, ctx, team, clock, tmp_path, language):
    book_call(ctx, team, clock)
    window.screens.switch_language(language)
    path = tmp_path / "evening.pdf"
    write_pdf(evening_meeting(ctx, ctx.local_date(ctx.now())), path, ctx.tz)
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in pypdf.PdfReader(path).pages))
    assert MASKED in text and FULL not in text
