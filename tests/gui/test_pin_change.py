"""Choosing a new PIN on the real window: forced for a one-time PIN or one from before 6 digits, and at
anyone's wish from "My role"; the rules for a new PIN are told in words, and the new PIN is the one."""

from __future__ import annotations

from lobby_app.domain.errors import DomainError
from lobby_app.domain.pins import hash_pin
from lobby_app.services.staff import sign_in
from lobby_app.store.tables import StaffKey

from .conftest import Window

OLD, NEW = "4821", "318642"


def give_old_pin(ctx, staff_id: int) -> None:
    with ctx.db.write() as s:  # the lobby manager's PIN from the 4-digit days
        keys = s.get(StaffKey, staff_id)
        assert keys is not None
        keys.pin_hash = hash_pin(OLD)
        s.add(keys)


def choose(window: Window, new: str, again: str) -> None:
    window.type_into("newPin", new)
    window.type_into("againPin", again)
    window.click("savePinButton")


def test_a_pin_from_before_6_digits_is_changed_before_anything_else(window: Window, ctx, team):
    give_old_pin(ctx, team.lobby.staff_id)
    window.sign_in("1001", OLD)
    assert window.item("changePinScreen").isVisible()
    assert not window.item("currentPin").isVisible()  # just typed at the sign-in: not asked again
    assert window.text("cancelPinButton") == "退出登录"  # no way round it but signing out
    choose(window, "123456", "123456")
    assert window.text("changePinError").startswith("太容易被猜到")
    choose(window, NEW, "318643")
    assert window.text("changePinError") == "两次输入的新密码不一致，请重新输入"
    choose(window, NEW, NEW)
    assert not window.item("changePinScreen").isVisible()
    assert window.screens.session.signedIn and window.item("tabTag").isVisible()
    assert sign_in(ctx, staff_no="1001", pin=NEW).actor == team.lobby
    try:
        sign_in(ctx, staff_no="1001", pin=OLD)
    except DomainError as refused:
        assert refused.rule == "wrong_credentials"
    else:
        raise AssertionError("the old PIN still signs in")


def test_anyone_may_change_their_pin_from_my_role_and_may_cancel(window: Window, ctx, team):
    window.sign_in("1001")
    assert not window.item("changePinScreen").isVisible()
    window.click("roleCardButton")
    window.click("changeMyPin")
    assert window.item("changePinScreen").isVisible() and window.item("currentPin").isVisible()
    window.click("cancelPinButton")
    assert not window.item("changePinScreen").isVisible()
    window.click("roleCardButton")
    window.click("changeMyPin")
    window.type_into("currentPin", "975310")
    choose(window, NEW, NEW)
    assert window.text("changePinError") == "密码错误"
    window.type_into("currentPin", "580274")
    choose(window, NEW, NEW)
    assert not window.item("changePinScreen").isVisible()
    assert sign_in(ctx, staff_no="1001", pin=NEW).actor == team.lobby
