"""Issue 21 at the desk PCs, on the real QML: at the largest text size (150%) on a 1366×768 screen, in
English (the longer language), the wealth manager's main actions and the branch head's summary figures
are whole and inside the window, above the status bar."""

from __future__ import annotations

import re

import pytest
from PySide6.QtQuick import QQuickItem

from lobby_app.tooling.demo import seed_demo
from lobby_app.tooling.screenshot import SCREENS, SCREENSHOT_TIME, _pin

from .conftest import Window, open_window
from .test_lobby_layout import _rect, _status_bar_top, _whole

SIZE = (1366, 768)

# A screen, and the names of what must be whole and in the window on it: a regular expression, every
# name it matches (of a name a list repeats, the topmost: the cards further down scroll into view).
CASES = {
    "desk": ("acceptButton", "declineButton", "incomingWaited", "teamCredit"),
    "desk-calls": ("taskOutcomeButton", "tabCalls", "tabWithMe"),
    "desk-hub": ("outcomeButton", "heldState", "heldSync"),  # with a customer, a change not yet on the hub
    "desk-outcome": ("outcomeSave", "outcomeKind_follow_up"),
    "branch": (r"figure_\w+_value", r"figure_\w+_change", r"section\w+"),
    "credit": (r"section\w+", "monthTotal", "closeMonth"),
}


CARDS = ("incomingCard", "heldCard", "taskRow")  # a list's card: its buttons inside it, not past its edge


def _visible_items(item: QQuickItem) -> list[QQuickItem]:
    found = []
    for child in item.childItems():
        if child.isVisible():
            found.append(child)
            found.extend(_visible_items(child))
    return found


@pytest.fixture
def at_screenshot_time(clock):
    clock.now = SCREENSHOT_TIME  # the screenshots' Friday afternoon, which their demo data is made for


@pytest.mark.parametrize("state", CASES)
def test_at_150_percent_text_the_desk_and_console_actions_and_figures_are_whole_in_the_window(
    qapp, qtbot, ctx, at_screenshot_time, state
):
    shot = SCREENS[state]
    seed_demo(ctx)
    shot.data(ctx)
    with open_window(qapp, qtbot, ctx, language="en", hub=shot.hub, font_scale=150) as w:
        w.root.resize(*SIZE)
        w.screens.session.signIn(*_pin(shot.role))
        w.settle()
        shot.setup(ctx, w.screens, w.root)
        w.settle()
        _all_whole_and_inside(w, CASES[state])


def _all_whole_and_inside(w: Window, patterns: tuple[str, ...]) -> None:
    floor = _status_bar_top(w)
    shown = [item for item in _visible_items(w.root.contentItem()) if item.objectName()]
    for pattern in patterns:
        topmost: dict[str, QQuickItem] = {}
        for item in shown:
            name = item.objectName()
            if not re.fullmatch(pattern, name):
                continue
            if name not in topmost or _rect(w, item).top() < _rect(w, topmost[name]).top():
                topmost[name] = item
        assert topmost, pattern
        for item in topmost.values():
            name = item.objectName()
            r = _rect(w, item)
            assert r.left() >= -0.5 and r.right() <= SIZE[0] + 0.5, (name, r)
            assert r.top() >= -0.5 and r.bottom() <= floor + 0.5, (name, r, floor)
            outer = item.parentItem()
            while outer is not None:  # inside its card, and inside whatever clips it (a list, a scrolled page)
                if outer.clip() or outer.objectName() in CARDS:
                    o = _rect(w, outer)
                    assert o.left() - 0.5 <= r.left() and r.right() <= o.right() + 0.5, (name, r, outer.objectName(), o)
                    assert o.top() - 0.5 <= r.top() and r.bottom() <= o.bottom() + 0.5, (name, r, outer.objectName(), o)
                outer = outer.parentItem()
            text = item.property("contentItem") if item.property("contentItem") is not None else item
            assert _whole(text), (name, item.property("text"))


def test_at_150_percent_text_the_shares_amounts_are_whole_in_one_column_beside_their_percent(
    qapp, qtbot, ctx, at_screenshot_time
):
    """The allocation form in Chinese, whose amounts are the longer ("¥48,000（4.8万）"): each amount is
    whole, all end at one edge, and none runs into the percent sign beside it."""
    shot = SCREENS["credit-allocate"]
    seed_demo(ctx)
    shot.data(ctx)
    with open_window(qapp, qtbot, ctx, language="zh_CN", font_scale=150) as w:
        w.root.resize(*SIZE)
        w.screens.session.signIn(*_pin(shot.role))
        w.settle()
        shot.setup(ctx, w.screens, w.root)
        w.settle()
        _all_whole_and_inside(w, (r"shareYuan_\d+",))
        amounts = [i for i in _visible_items(w.root.contentItem()) if i.objectName().startswith("shareYuan_")]
        shown = [i for i in amounts if i.property("text")]
        assert len(shown) >= 2, "the demo's allocation has two shares typed"
        assert len({round(_rect(w, i).right()) for i in amounts}) == 1, "one column"
        for item in shown:
            percent = next(s for s in item.parentItem().childItems() if s.property("text") == "%")
            text_left = _rect(w, item).right() - float(item.property("contentWidth"))
            assert text_left >= _rect(w, percent).right() + 4, (item.property("text"), "touches the %")
