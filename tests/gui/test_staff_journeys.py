"""The head runs the staff on the real window: adds a colleague, who signs in with the one-time PIN
and must choose their own; deactivates them; reads the audit log filtered by that person."""

from __future__ import annotations

from lobby_app.services.staff_admin import colleagues

from .conftest import Window

ONE_TIME, OWN = "318642", "704215"


def open_section(window: Window, name: str) -> None:
    window.click("tabBranch")
    window.click(name)


def test_the_head_adds_a_colleague_who_chooses_their_own_pin_then_deactivates_them(window: Window, ctx, team):
    window.sign_in("8001")
    open_section(window, "sectionStaff")
    window.type_into("newStaffNo", "1009")
    window.type_into("newStaffName", "Wang")
    window.type_into("newStaffPin", ONE_TIME)
    window.type_into("newStaffPinAgain", "318643")
    window.click("addStaff")
    assert window.text("staffError") == "两次输入的新密码不一致，请重新输入"
    assert "1009" not in {c.staff_no for c in colleagues(ctx)}  # nothing written
    window.type_into("newStaffPin", ONE_TIME)
    window.type_into("newStaffPinAgain", ONE_TIME)
    window.click("addStaff")
    assert window.text("staffError") == ""
    assert window.item("staff_1009").isVisible()
    window.click("signOutButton")

    window.sign_in("1009", ONE_TIME)  # the new colleague, at the same tablet
    assert window.item("changePinScreen").isVisible() and window.screens.session.pinMustChange
    window.type_into("newPin", OWN)
    window.type_into("againPin", OWN)
    window.click("savePinButton")
    assert not window.item("changePinScreen").isVisible() and window.screens.session.signedIn
    window.click("signOutButton")

    window.sign_in("8001")
    open_section(window, "sectionStaff")
    window.click("deactivate_1009")
    window.click("deactivateConfirm")
    assert [c.active for c in colleagues(ctx) if c.staff_no == "1009"] == [False]
    assert not window.item("deactivate_1009").isEnabled()
    window.click("signOutButton")
    window.sign_in("1009", OWN)
    assert not window.screens.session.signedIn  # they can no longer sign in
    assert window.text("signInError") == "工号或密码错误"

    window.item("staffNo").setProperty("text", "")  # the number stays after a refusal: typed anew
    window.sign_in("8001")
    open_section(window, "sectionAudit")
    window.screens.admin.showAudit(0, "", "", "change")
    actions = [r["action"] for r in window.screens.admin.audit.rows]
    assert "添加同事" in actions and "停用同事" in actions
    [left] = [c for c in colleagues(ctx) if c.staff_no == "1009"]
    assert {"id": left.staff_id, "name": "Wang"} in window.screens.admin.people  # someone who left is listed
    window.screens.admin.showAudit(left.staff_id, "", "", "")
    assert [(r["who"], r["action"]) for r in window.screens.admin.audit.rows] == [("Wang", "修改本人密码")]


def test_the_audit_log_shows_a_setting_before_and_after(window: Window, ctx, team):
    from lobby_app.services.branch_settings import RESPONSE_TIME, set_value

    set_value(ctx, team.head, RESPONSE_TIME, 90)
    window.sign_in("8001")
    open_section(window, "sectionAudit")
    window.screens.admin.showAudit(team.head.staff_id, "", "", "change")
    [row] = [r for r in window.screens.admin.audit.rows if r["action"] == "修改响应时限（秒）"]
    assert row["change"] == "120 → 90" and row["who"] == "员工8001"


def test_the_head_sets_where_a_wealth_manager_receives_customers(window: Window, ctx, team):
    window.sign_in("8001")
    open_section(window, "sectionStaff")
    assert window.item("staffPlace_3001").isVisible()
    assert not window.item("staffPlace_1001").isVisible()  # a lobby manager receives no one at a place
    window.type_into("staffPlace_3001", "Room " + "2" * 20)  # 25 characters: one over PLACE_MAX (24)
    window.item("staffPlace_3001").setProperty("focus", False)  # leaving the field saves it
    assert "24" in window.text("staffError")
    assert {c.staff_no: c.place for c in colleagues(ctx)}["3001"] == ""  # nothing written
    window.item("staffPlace_3001").setProperty("text", "")
    window.type_into("staffPlace_3001", "Room 2")
    window.item("staffPlace_3001").setProperty("focus", False)
    assert window.text("staffError") == ""
    assert {c.staff_no: c.place for c in colleagues(ctx)}["3001"] == "Room 2"
