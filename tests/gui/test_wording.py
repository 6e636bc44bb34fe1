"""A rate with its base, and how long a wait reads on the desk, at the edges of each class."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lobby_app.gui.app import build_screens
from lobby_app.gui.wording import WaitLevel, share_text, wait_level, wait_level_text

RESPONSE = timedelta(minutes=2)


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp, ctx):
    s = build_screens(qapp, ctx, language=request.param)
    yield request.param
    s.close()


def test_a_rate_shows_the_numbers_it_is_made_of(language):
    half = "(" if language == "en" else "（"
    assert share_text(4, 5) == f"4/5{' ' if language == 'en' else ''}{half}80%{')' if language == 'en' else '）'}"
    assert share_text(0, 3).startswith("0/3") and "0%" in share_text(0, 3)
    assert share_text(2, 3).endswith(("(67%)", "（67%）"))
    assert share_text(1, 0) == share_text(0, 0) == "—"  # no base, no rate


@pytest.mark.parametrize(
    ("waited", "level"),
    [
        (timedelta(0), WaitLevel.FINE),
        (RESPONSE - timedelta(seconds=1), WaitLevel.FINE),
        (RESPONSE, WaitLevel.LONG),  # the response time has passed: amber
        (2 * RESPONSE - timedelta(seconds=1), WaitLevel.LONG),
        (2 * RESPONSE, WaitLevel.TOO_LONG),  # twice the response time: red
        (timedelta(minutes=58), WaitLevel.TOO_LONG),
    ],
)
def test_a_wait_is_long_past_the_response_time_and_too_long_past_twice_that(waited, level):
    assert wait_level(waited, RESPONSE) is level


@pytest.mark.parametrize(
    ("waited", "level"),
    [
        (timedelta(minutes=10) - timedelta(seconds=1), WaitLevel.FINE),
        (timedelta(minutes=10), WaitLevel.LONG),
        (timedelta(minutes=15) - timedelta(seconds=1), WaitLevel.LONG),
        (timedelta(minutes=15), WaitLevel.TOO_LONG),  # 15 minutes is too long whatever the response time
    ],
)
def test_with_a_long_response_time_fifteen_minutes_is_too_long_still(waited, level):
    assert wait_level(waited, timedelta(minutes=10)) is level


def test_a_long_wait_says_so_in_words_not_colour_alone(language):
    words = {level: wait_level_text(level) for level in WaitLevel}
    assert words[WaitLevel.FINE] == ""
    assert words[WaitLevel.LONG] and words[WaitLevel.TOO_LONG] and words[WaitLevel.LONG] != words[WaitLevel.TOO_LONG]
    if language == "zh_CN":
        assert (words[WaitLevel.LONG], words[WaitLevel.TOO_LONG]) == ("等候较久", "久等，请尽快接待")
