"""Issue 21 on the lobby tablet, on the real QML: the main action always in reach, nothing cut, nothing
jumping under the finger, the form's "New customer" and its name-or-ticket rule, the live "sent" strip."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtQuick import QQuickItem
from sqlmodel import select

from lobby_app.domain.roles import Role
from lobby_app.services import handoffs
from lobby_app.services.context import Changed, changes
from lobby_app.store.tables import Handoff, Staff
from lobby_app.tooling.demo import DEMO_STAFF, seed_demo
from lobby_app.tooling.screenshot import SCREENS

from ..conftest import row_counts
from .conftest import Window, open_window

STATES = ("eligible", "all-busy", "callback", "sent", "hub-offline", "not-eligible")
SIZES = ((1280, 800), (800, 1280))
LANGUAGES = ("zh_CN", "en")
ACTIONS = ("sendButton", "callbackButton", "saveOnlyButton", "newCustomerButton")


def _pin(number: str) -> str:
    return next(pin for n, _, _, pin in DEMO_STAFF if n == number)


@pytest.fixture
def demo(ctx):
    seed_demo(ctx)
    return ctx


@pytest.fixture
def lobby(qapp, qtbot, demo, request) -> Iterator[Window]:
    """The demo branch's lobby manager signed in, in the language and size asked (default zh_CN, 1280×800)."""
    language, size, hub = getattr(request, "param", ("zh_CN", (1280, 800), False))
    with open_window(qapp, qtbot, demo, language=language, hub=hub) as w:
        w.root.resize(*size)
        w.screens.session.signIn("1001", _pin("1001"))
        w.settle()
        yield w


def _rect(w: Window, item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _status_bar_top(w: Window) -> float:
    bar = w.root.property("footer")
    assert isinstance(bar, QQuickItem) and bar.isVisible()
    return _rect(w, bar).top()


def _whole(item: QQuickItem) -> bool:
    """A text item shows all its text: not elided, and its text (wrapped or not) within the item's box."""
    if item.property("truncated"):
        return False
    if item.property("contentWidth") is None:  # a ToolButton's IconLabel: its text needs its implicit size
        w, h = item.implicitWidth(), item.implicitHeight()
        return w <= item.width() + 1 and h <= item.height() + 1
    w, h = float(item.property("contentWidth")), float(item.property("contentHeight"))
    return w <= item.width() + 1 and h <= item.height() + 1


def _placeholder_whole(field: QQuickItem) -> bool:
    font = field.property("font")
    room = field.width() - float(field.property("leftPadding")) - float(field.property("rightPadding"))
    return QFontMetricsF(font).horizontalAdvance(str(field.property("placeholderText"))) <= room


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_action_is_whole_in_the_window_above_the_status_bar(qapp, qtbot, demo, state, size, language):
    _main_action_whole(qapp, qtbot, demo, state, size, language, font_scale=100)


# The largest text size, on the states that fill the screen most (the rest show a subset of them).
@pytest.mark.parametrize("state", ("eligible", "callback", "sent", "hub-offline"))
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", LANGUAGES)
def test_at_150_percent_text_the_main_action_is_still_whole_above_the_status_bar(
    qapp, qtbot, demo, state, size, language
):
    _main_action_whole(qapp, qtbot, demo, state, size, language, font_scale=150)


def _main_action_whole(qapp, qtbot, demo, state, size, language, *, font_scale: int) -> None:
    shot = SCREENS[state]
    assert shot.role is Role.LOBBY_MANAGER
    with open_window(qapp, qtbot, demo, language=language, hub=shot.hub, font_scale=font_scale) as w:
        w.root.resize(*size)
        w.screens.session.signIn("1001", _pin("1001"))
        w.settle()
        shot.setup(demo, w.screens, w.root)
        w.settle()
        floor = _status_bar_top(w)
        shown = [name for name in ACTIONS if w.item(name).isVisible()]
        assert "newCustomerButton" in shown and len(shown) >= 2, shown
        if state == "callback":
            shown.append("callbackSubmit")  # the sheet's own save
        for name in shown:
            item = w.item(name)
            r = _rect(w, item)
            assert r.left() >= 0 and r.right() <= size[0] and r.top() >= 0 and r.bottom() <= floor, (name, r, floor)
            assert item.height() >= 48, name  # a finger's target
            assert _whole(item.property("contentItem")), (name, item.property("text"))
        for name in ("addressField", "ticketField"):  # the labels above the fields and their placeholders
            field = w.item(name)
            assert _placeholder_whole(field), field.property("placeholderText")
        for name in ("addressLabel", "ticketLabel", "whoError", "confirmationText", "expectation", "amountDisplay"):
            item = w.item(name)
            assert not item.isVisible() or _whole(item), (name, item.property("text"))
        if size == (1280, 800) and state != "callback":  # the name and the ticket on screen without scrolling
            for name in ("addressField", "ticketField"):
                assert _rect(w, w.item(name)).bottom() <= floor, name
        header = w.root.property("header")
        for name in ("roleCardButton", "languageButton", "textSizeButton", "lockButton", "signOutButton"):
            r = _rect(w, w.item(name))  # the header's buttons all in the window, none cut
            assert r.left() >= 0 and r.right() <= size[0] and r.bottom() <= _rect(w, header).bottom(), (name, r)
            assert _whole(w.item(name).property("contentItem")), name


def _content_y(w: Window, name: str) -> float:
    """Where the item sits in the page's scrolled content: what moves when the layout jumps."""
    flick = w.item("lobbyFlick")
    return w.item(name).mapToItem(flick.property("contentItem"), QPointF(0, 0)).y()


WATCHED = ("purpose_deposit", "addressField", "key_7", "clearIntent", "verdictCard", "wm_auto", "fastTrack")


@pytest.mark.parametrize(
    "lobby",
    [(lang, size, False) for lang in LANGUAGES for size in SIZES],
    indirect=True,
    ids=lambda p: f"{p[0]}-{p[1][0]}x{p[1][1]}",
)
def test_nothing_moves_as_the_amount_the_verdict_and_the_sent_strip_appear(lobby: Window):
    w = lobby
    w.click("purpose_deposit")
    before = {name: _content_y(w, name) for name in WATCHED}
    for key in ("8", "万"):  # the echo comes with the first key, the verdict with 万
        w.click(f"key_{key}")
        assert {name: _content_y(w, name) for name in WATCHED} == before, key
    assert w.screens.form.verdictState == "eligible" and w.text("amountDisplay")
    w.type_into("ticketField", "A023")
    w.click("sendButton")
    assert w.item("confirmation").isVisible()
    assert {name: _content_y(w, name) for name in WATCHED} == before


def test_a_customer_with_neither_name_nor_ticket_is_not_sent_and_the_field_says_why(lobby: Window, demo):
    w = lobby
    for name in ("purpose_deposit", "key_8", "key_万"):
        w.click(name)
    before = row_counts(demo)
    w.click("sendButton")
    assert row_counts(demo) == before
    assert w.text("whoError") == "请填写客户称呼或排队号，理财经理才能找到客户"
    field = _rect(w, w.item("addressField"))
    assert field.top() >= 0 and field.bottom() <= _status_bar_top(w)  # brought into view
    w.type_into("addressField", "Wang")
    assert w.text("whoError") == ""
    w.click("sendButton")
    assert row_counts(demo) != before  # sent, now that the wealth manager can find them


def test_new_customer_clears_everything_says_what_and_can_be_undone(lobby: Window):
    w, form, handoff = lobby, lobby.screens.form, lobby.screens.handoff
    w.click("newCustomerButton")  # an empty form: nothing to clear, nothing said
    assert not w.item("confirmation").isVisible()
    for name in ("purpose_deposit", "key_8", "key_万", "product_fund"):
        w.click(name)
    w.type_into("addressField", "Wang")
    w.type_into("ticketField", "A023")
    w.type_into("noteField", "fund")
    w.click("newCustomerButton")
    assert (form.purpose, form.amountText, form.addressAs, form.ticket, handoff.note) == ("", "", "", "", "")
    assert form.featuredProducts == [{**p, "selected": False} for p in form.featuredProducts]
    assert w.text("confirmationText") == "已清空，准备接待下一位：Wang · A023"
    w.click("undoNewCustomer")
    assert (form.purpose, form.amountText, form.addressAs, form.ticket, handoff.note) == (
        "deposit",
        "8万",
        "Wang",
        "A023",
        "fund",
    )
    assert not w.item("confirmation").isVisible()


@pytest.mark.parametrize("lobby", [("en", (1280, 800), False)], indirect=True)
def test_sent_says_offered_and_waiting_then_accepted_live(lobby: Window, demo):
    w = lobby
    for name in ("purpose_deposit", "key_8", "key_万"):
        w.click(name)
    w.type_into("addressField", "Mr Wang")
    w.click("sendButton")
    with demo.db.read() as s:
        row = s.exec(select(Handoff).where(Handoff.state == "offered")).one()
    assert row.assignee_id is not None
    holder = next(a for a in _actors(demo) if a.staff_id == row.assignee_id)
    text = w.text("confirmationText")
    assert text.startswith("Mr Wang offered to ") and text.endswith("waiting for them to accept"), text
    handoffs.accept(demo, holder, handoff_id=row.id)
    w.screens.bus.publish(changes(Changed.HANDOFFS))  # as the hub's stream would bring it
    with demo.db.read() as s:  # the demo gives each wealth manager a room: the customer is told where to go
        place = s.get(Staff, holder.staff_id).place
    assert place and w.text("confirmationText").endswith(f"accepted: take Mr Wang to {place}")


def _actors(ctx):
    from lobby_app.services.staff import sign_in

    return [sign_in(ctx, staff_no=n, pin=pin).actor for n, _, role, pin in DEMO_STAFF if role is Role.WEALTH_MANAGER]
