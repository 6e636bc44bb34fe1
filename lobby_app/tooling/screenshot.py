"""`lobby-app screenshot`: any screen rendered with demo data, in either language, at any size."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QPointF
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from ..app_setup import open_store
from ..domain.roles import Actor, Role
from ..gui.app import Screens, build_engine, build_screens, find_object
from ..gui.live import EVERYTHING
from ..gui.start import make_app
from ..services.context import Ctx, changes
from ..services.escalation import expire_overdue
from ..services.staff import create_staff, sign_in
from ..settings import Settings
from ..sync.config import HubConfig
from ..sync.loop import SyncStatus
from .demo import DEMO_STAFF, make_credit_month, make_desk_busy, make_hall_busy, make_lost_accept, seed_demo


def _pin(role: Role) -> tuple[str, str]:
    number, _, _, pin = next(s for s in DEMO_STAFF if s[2] is role)
    return number, pin


def _fill_eligible(s: Screens) -> None:
    s.form.setPurpose("deposit")
    for key in ("8", "万"):
        s.form.key(key)
    s.form.toggleProduct("fund")
    s.form.setAddressAs("王先生")
    s.form.setTicket("A023")
    s.handoff.setNote("王先生 80万定期到期，想了解基金定投")


def _fill_not_eligible(s: Screens) -> None:
    s.form.setPurpose("other")
    s.form.toggleProduct("mobile_banking")
    s.form.setAddressAs("李女士")


def _all_busy(ctx: Ctx, s: Screens) -> None:
    make_hall_busy(ctx)
    s.bus.publish(changes(EVERYTHING))
    _fill_eligible(s)


def _callback(s: Screens, root: QObject) -> None:
    _fill_eligible(s)
    s.form.setInHurry(True)
    sheet = find_object(root, "callbackSheet")
    assert sheet is not None
    s.callback.open()
    s.callback.setPhone("138 0013 8000")
    s.callback.setConsent(True)
    sheet.setProperty("visible", True)


def _sent(s: Screens) -> None:
    _fill_eligible(s)
    s.handoff.send()


def _popup(name: str) -> Callable[[Screens, QObject], None]:
    def show(s: Screens, root: QObject) -> None:
        loader = find_object(root, f"{name}Loader")  # a popup made the first time it is opened
        if loader is not None:
            loader.setProperty("active", True)
        found = find_object(root, name)
        assert found is not None, name
        found.setProperty("visible", True)

    return show


def _desk_calls(s: Screens, root: QObject) -> None:
    page = find_object(root, "deskPage")
    assert page is not None
    page.setProperty("rightTab", 1)


def _desk_with_customer(s: Screens) -> str:
    handoff_id = str(s.desk.property("firstOfferId"))
    s.desk.accept(handoff_id)
    s.desk.meet(handoff_id)
    return handoff_id


def _desk_outcome(s: Screens, root: QObject) -> None:
    handoff_id = _desk_with_customer(s)
    s.outcome.open(handoff_id, "郑女士")
    s.outcome.setAmount("fund", "20万")
    s.outcome.setAmount("insurance", "50000")
    _popup("outcomeDialog")(s, root)


def _desk_took_part(s: Screens, root: QObject, *, picker: bool) -> None:
    """郑女士's sale: 李明 names a colleague who took part; the credit goes to the branch head."""
    _desk_outcome(s, root)
    first = s.outcome.property("colleagues").rows[0]["staffId"]
    s.outcome.toggleColleague(first)
    if picker:
        _popup("colleaguePicker")(s, root)


def _scroll_to(root: QObject, name: str) -> None:
    """The page's Flickable scrolled until the item named `name` is at its top (issue 20's panels)."""
    assert isinstance(root, QQuickWindow)
    QCoreApplication.processEvents()
    root.grabWindow()  # a frame first: the section just shown has laid out its content
    items = [root.contentItem()]
    while items:
        item = items.pop()
        if item.objectName() == name:
            flick = item.parentItem()
            while flick is not None and flick.metaObject().className() != "QQuickFlickable":
                flick = flick.parentItem()
            assert flick is not None, name
            y = item.mapToItem(flick.property("contentItem"), QPointF(0, 0)).y()
            most = max(0.0, flick.property("contentHeight") - flick.height())
            flick.setProperty("contentY", min(max(0.0, y - 8), most))
            return
        items.extend(item.childItems())
    raise AssertionError(name)


def _credit_phases(s: Screens, root: QObject) -> None:
    """The head edits the phase schedule after the team's meeting: the day it agreed and a note."""
    _branch_section(root, 2)
    page = find_object(root, "creditPage")
    assert page is not None
    page.setProperty("agreedOn", "2026-11-26")
    _type_into(root, {"agreementNote": "周四夕会全员同意：12月起推荐人60%", "phaseStart_1": "2026-12-01"})
    _scroll_to(root, "phasesPanel")


def _standards_credit(s: Screens, root: QObject) -> None:
    """The head counts 40% of an insurance sale as performance, and mistypes the fund's weight."""
    _branch_section(root, 1)
    s.standards.setProductCredit("insurance", "40")
    s.standards.setProductCredit("fund", "101")
    _type_into(root, {"productCredit_insurance": "40", "productCredit_fund": "101"})
    _scroll_to(root, "productsPanel")


def _desk_decline(s: Screens, root: QObject) -> None:
    dialog = find_object(root, "declineDialog")
    assert dialog is not None
    dialog.setProperty("reason", "not_my_speciality")
    dialog.setProperty("visible", True)


def _head_notice(ctx: Ctx, s: Screens) -> None:
    """The branch head's tablet runs the watchdog: 李明 left the fast-track offer unanswered."""
    assert s.session.actor is not None
    expire_overdue(ctx, s.session.actor)
    s.bus.publish(changes(EVERYTHING))


def _hub_offline(ctx: Ctx, s: Screens) -> None:
    """The LAN dropped at 15:12; the tablet works on and has three changes waiting."""
    _fill_eligible(s)
    down = SCREENSHOT_TIME - timedelta(minutes=18)
    s.set_sync_status(SyncStatus(reachable=False, down_since=down, waiting=3))


def _app_too_old(s: Screens) -> None:
    """The hub was updated past this tablet's protocol: it works on, and says to update the app."""
    _fill_eligible(s)
    s.set_sync_status(SyncStatus(reachable=True, waiting=3, update="update_device"))


def _insecure_hub(s: Screens) -> None:
    """The hub runs with --insecure-http: every screen's status bar says the link is not encrypted."""
    _fill_eligible(s)
    s.set_sync_status(SyncStatus(reachable=True, insecure=True))


def _pin_locked(s: Screens) -> None:
    """Someone typed five wrong PINs for 1002 at this tablet: the number is locked for 5 minutes."""
    s.session.signOut()
    for _ in range(5):
        s.session.signIn("1002", "975310")


NEW_COLLEAGUE = ("1009", "318642")  # a lobby manager the head has just added, with a one-time PIN


def _new_colleague(ctx: Ctx) -> None:
    number, pin = _pin(Role.BRANCH_HEAD)
    head = sign_in(ctx, staff_no=number, pin=pin).actor
    create_staff(
        ctx, head, staff_no=NEW_COLLEAGUE[0], name="王芳", role="lobby_manager", pin=NEW_COLLEAGUE[1], one_time=True
    )


def _first_sign_in(s: Screens) -> None:
    """The new colleague's first sign-in: a PIN of their own before anything else."""
    s.session.signOut()
    s.session.signIn(*NEW_COLLEAGUE)


def _devices(s: Screens, root: QObject) -> None:
    """The head's devices as a hub would answer (the screenshot has no hub): a code just made."""
    s.admin._hub = HubConfig("https://192.168.1.10:8765", "token", "screenshot")
    ago = SCREENSHOT_TIME - timedelta(minutes=2)
    rows = [
        ("大堂平板1", "李娜", ago, 0, None),
        ("大堂平板2", "王芳", SCREENSHOT_TIME - timedelta(hours=3), 4, None),
        ("理财室1号", "陈静", ago, 0, None),
        ("旧平板", "", SCREENSHOT_TIME - timedelta(days=9), 0, SCREENSHOT_TIME - timedelta(days=8)),
    ]
    s.admin._take_devices(
        [
            {
                "id": f"00000000-0000-4000-8000-00000000000{i}",
                "name": name,
                "last_user": who,
                "last_seen_at": seen.isoformat(),
                "app_version": "0.1.0",
                "waiting": waiting,
                "revoked_at": revoked.isoformat() if revoked else None,
            }
            for i, (name, who, seen, waiting, revoked) in enumerate(rows)
        ]
    )
    s.admin._take_code({"code": "3F9A-0C1D-77E2", "expires_at": (SCREENSHOT_TIME + timedelta(minutes=15)).isoformat()})
    s.admin.changed.emit()
    _branch_section(root, 4)


def _tab(root: QObject, tab: int) -> None:
    workspace = root.property("workspace")
    assert workspace is not None
    workspace.setProperty("tab", tab)


def _branch_section(root: QObject, section: int) -> None:
    _tab(root, 2)
    page = find_object(root, "branchPage")
    assert page is not None
    page.setProperty("section", section)


def _standards_draft(s: Screens, root: QObject) -> None:
    """The head tries a lower deposit threshold, with a note, and previews it on the last week."""
    _branch_section(root, 1)
    s.standards.setThreshold("deposit", "3万")
    s.standards.setNote("年底定期集中到期，存款门槛下调到3万")
    s.standards.preview()


def _allocating(s: Screens, root: QObject) -> None:
    """罗先生's shared sale on the 20th: the head typed 50% and 40%, and the screen says why not."""
    _branch_section(root, 2)
    [waiting] = [r for r in s.credit.property("exceptions").rows if r["open"]]
    s.credit.startAllocation(waiting["exceptionId"])
    staff = {r["name"]: r["staffId"] for r in s.credit.property("staff").rows}
    assert isinstance(root, QQuickWindow)
    reason = "李娜识别推荐，陈晨协助开户"
    fields = {f"share_{staff['李娜']}": "50", f"share_{staff['陈晨']}": "40", "allocationReason": reason}
    items = [root.contentItem()]
    while items:  # typed into the fields of the form's Repeater: visual children, not QObject ones
        item = items.pop()
        if item.objectName() in fields:
            item.setProperty("text", fields[item.objectName()])
        items.extend(item.childItems())
    s.credit.allocate([staff["李娜"], staff["陈晨"]], ["50", "40"], reason)


def _type_into(root: QObject, fields: dict[str, str]) -> None:
    """Text typed into the window's fields, found by objectName among the visual items."""
    assert isinstance(root, QQuickWindow)
    items = [root.contentItem()]
    while items:  # fields in Repeaters and Loaders: visual children, not QObject ones
        item = items.pop()
        if item.objectName() in fields:
            item.setProperty("text", fields[item.objectName()])
        items.extend(item.childItems())


NEW_BRANCH = {  # a new branch's head fills in the first-run form
    "setupBranchName": "城东支行",
    "setupBranchCode": "CD0101",
    "setupStaffNo": "8001",
    "setupHeadName": "周敏",
    "setupPin": "580274",
    "setupPinAgain": "580274",
}


def _setup_refused(s: Screens, root: QObject) -> None:
    """The head typed a code with a dash, forgot their name and chose 123456: each field says why."""
    typed = NEW_BRANCH | {"setupBranchCode": "CD-0101", "setupHeadName": "", "setupPin": "123456"}
    _type_into(root, typed)
    s.setup.setUp(
        typed["setupBranchName"],
        typed["setupBranchCode"],
        "Asia/Shanghai",
        "2026-11-27",
        typed["setupStaffNo"],
        typed["setupHeadName"],
        typed["setupPin"],
        typed["setupPinAgain"],
    )


def _setup_done(s: Screens) -> None:
    """Set up: the sign-in form, with the head's number filled in and what to do next."""
    b = NEW_BRANCH
    s.setup.setUp(
        b["setupBranchName"],
        b["setupBranchCode"],
        "Asia/Shanghai",
        "2026-09-01",
        b["setupStaffNo"],
        b["setupHeadName"],
        b["setupPin"],
        b["setupPinAgain"],
    )


def _desk_fast_track_busy(ctx: Ctx, s: Screens) -> None:
    """李明 is with 郑女士, his colleagues with theirs; the lobby refers a clear-intent customer: every desk rings."""
    from ..protocol.commands import TagCustomer
    from ..services.lobby import tag_and_refer

    _desk_with_customer(s)
    lobby = sign_in(ctx, staff_no="1001", pin=next(p for n, _, _, p in DEMO_STAFF if n == "1001")).actor
    tag = TagCustomer(purpose="deposit", amount_fen=500_000_00, products=["wealth_product"], address_as="韩女士")
    tag_and_refer(ctx, lobby, tag.model_copy(update={"clear_intent": True, "ticket": "A041"}))
    s.bus.publish(changes(EVERYTHING))


def _desk_customer_left(s: Screens, root: QObject) -> None:
    """李明 accepted 郑女士 but she left before reaching him: the sheet, prefilled from her tag."""
    handoff_id = str(s.desk.property("firstOfferId"))
    s.desk.accept(handoff_id)
    page = find_object(root, "deskPage")
    assert page is not None
    sheet = find_object(root, "deskLeftSheet")
    assert sheet is not None
    rows = s.desk.property("withMe").rows
    row = next(r for r in rows if r["handoffId"] == handoff_id)
    s.desk.property("left").openFor(handoff_id, row["addressAs"], row["phone"] or "13900139000")
    sheet.setProperty("visible", True)


def _head_notes(ctx: Ctx) -> None:
    """The head's day: two customers saved without a referral (one said why), a problem noted at 11:20,
    and a coaching talk last week with 孙浩."""
    from dataclasses import replace

    from ..protocol.commands import AddNote, TagCustomer
    from ..services.notes import add_note
    from ..services.tagging import save_without_referral

    make_desk_busy(ctx)

    def actor(number: str) -> Actor:
        return sign_in(ctx, staff_no=number, pin=next(p for n, _, _, p in DEMO_STAFF if n == number)).actor

    head, teller = actor("8001"), actor("2001")
    eligible = {"purpose": "deposit", "amount_fen": 200_000_00}
    save_without_referral(
        ctx, teller, TagCustomer(**eligible, address_as="严先生", not_referred_reason="customer_declined")
    )
    save_without_referral(
        ctx,
        teller,
        TagCustomer(
            **eligible, address_as="华女士", not_referred_reason="other", not_referred_text="赶去医院，改天再来"
        ),
    )
    earlier = replace(ctx, clock=lambda: SCREENSHOT_TIME - timedelta(hours=4, minutes=10))
    add_note(earlier, head, AddNote(kind="problem", text="叫号机上午故障半小时，大堂排队积压，转介少了"))
    wm = actor("3003").staff_id  # 孙浩
    last_week = replace(ctx, clock=lambda: SCREENSHOT_TIME - timedelta(days=6))
    add_note(last_week, head, AddNote(kind="coaching", staff_id=wm, text="一起复盘了两位客户，约定先问需求再推产品"))


def _branch_scrolled(root: QObject, to: str) -> None:
    """The head's day scrolled so that the panel `to` is near the top."""
    _tab(root, 2)
    assert isinstance(root, QQuickWindow)
    items = [root.contentItem()]
    target = None
    while items and target is None:
        item = items.pop()
        if item.objectName() == to:
            target = item
        items.extend(item.childItems())
    assert target is not None, to
    flick = target.parentItem()
    while flick is not None and flick.metaObject().className() != "QQuickFlickable":
        flick = flick.parentItem()
    if flick is not None:
        from PySide6.QtCore import QPointF

        y = target.mapToItem(flick.property("contentItem"), QPointF(0, 0)).y()
        most = max(0.0, flick.property("contentHeight") - flick.height())
        flick.setProperty("contentY", min(max(0.0, y - 40), most))


def _head_note_dialog(s: Screens, root: QObject) -> None:
    _tab(root, 2)
    dialog = find_object(root, "headNoteDialog")
    assert dialog is not None
    dialog.setProperty("visible", True)
    _type_into(root, {"headNoteText": "下午两点网银系统卡顿，三位客户改约明天"})


def _desk(setup: Callable[[Ctx, Screens, QObject], None]) -> Screen:
    """A desk screen: 李明's busy afternoon, signed in as him."""
    return Screen(Role.WEALTH_MANAGER, setup, make_desk_busy)


def _referrals_month(s: Screens, root: QObject) -> None:
    _tab(root, 1)
    s.referrals.setPeriod("month")


def _my_credit(s: Screens, root: QObject, *, dispute: bool = False) -> None:
    """李娜's credit lines this month; with `dispute`, the dialog for 林女士's split, refused without a reason."""
    _tab(root, 1)
    for _ in range(5):
        QCoreApplication.processEvents()
    _popup("myCreditLines")(s, root)
    if dispute:
        [line] = [r for r in s.my_credit.property("lines").rows if r["customer"] == "林女士"]
        dialog = find_object(root, "disputeDialog")
        assert dialog is not None
        dialog.setProperty("handoffId", line["handoffId"])
        dialog.setProperty("customer", line["customer"])
        dialog.setProperty("visible", True)
        s.my_credit.dispute(line["handoffId"], "")


def _customer_left(s: Screens, root: QObject) -> None:
    """何女士 is still waiting in the queue but has gone: the sheet prefilled from her tag."""
    _tab(root, 1)
    for _ in range(5):
        QCoreApplication.processEvents()
    row = next(r for r in s.referrals.property("referrals").rows if r["canCancel"])
    sheet = find_object(root, "left_callbackSheet")
    assert sheet is not None and s.callback.openForHandoff(row["handoffId"])
    sheet.setProperty("visible", True)


def _not_referred(s: Screens, root: QObject) -> None:
    """Saving an eligible customer without a referral: why not, asked first; "other" needs words."""
    _fill_eligible(s)
    dialog = find_object(root, "notReferredDialog")
    assert dialog is not None
    dialog.setProperty("reason", "other")
    dialog.setProperty("visible", True)
    s.handoff.saveWithoutReferral("other", "")


def _branch_customers(s: Screens, root: QObject, stage: str) -> None:
    """The head clicked a figure (or a step of the funnel): the customers behind it."""
    _tab(root, 2)
    s.branch.showCustomers(stage)
    _popup("figureCustomers")(s, root)


def _branch_span(s: Screens, root: QObject, span: str) -> None:
    _tab(root, 2)
    s.branch.setSpan(span)


def _purge_confirm(s: Screens, root: QObject) -> None:
    """The head pressed "Purge now…": how many customers it would clear, asked before anything goes."""
    _branch_section(root, 6)
    s.settings.askPurge()
    _popup("purgeConfirm")(s, root)


def _purge_due(ctx: Ctx) -> None:
    """make_desk_busy's afternoon, and three customers who did not buy, tagged 91 days ago."""
    from dataclasses import replace

    from ..protocol.commands import TagCustomer
    from ..services.tagging import tag_customer

    make_desk_busy(ctx)
    lobby = sign_in(ctx, staff_no="1001", pin=next(p for n, _, _, p in DEMO_STAFF if n == "1001")).actor
    then = replace(ctx, clock=lambda: SCREENSHOT_TIME - timedelta(days=91))
    for name in ("冯先生", "陈女士", "褚先生"):
        tag_customer(then, lobby, TagCustomer(purpose="deposit", amount_fen=1_000_00, address_as=name))


@dataclass(frozen=True)
class Screen:
    role: Role  # who is signed in
    setup: Callable[[Ctx, Screens, QObject], None]
    data: Callable[[Ctx], object] = lambda ctx: None  # demo data beyond the seeded day
    hub: bool = False  # a device enrolled at a branch hub
    empty: bool = False  # a standalone device's first run: no demo branch, nobody signed in


# A Friday afternoon in the branch (15:30 in Shanghai): the same pictures on every run.
SCREENSHOT_TIME = datetime(2026, 11, 27, 7, 30, tzinfo=UTC)
LOBBY = Role.LOBBY_MANAGER

SCREENS: dict[str, Screen] = {
    "sign-in": Screen(LOBBY, lambda ctx, s, root: s.session.signOut()),
    "setup": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: None, empty=True),
    "setup-errors": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _setup_refused(s, root), empty=True),
    "setup-done": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _setup_done(s), empty=True),
    "lobby": Screen(LOBBY, lambda ctx, s, root: None),
    "eligible": Screen(LOBBY, lambda ctx, s, root: _fill_eligible(s)),
    "not-eligible": Screen(LOBBY, lambda ctx, s, root: _fill_not_eligible(s)),
    "all-busy": Screen(LOBBY, lambda ctx, s, root: _all_busy(ctx, s)),
    "callback": Screen(LOBBY, lambda ctx, s, root: _callback(s, root)),
    "sent": Screen(LOBBY, lambda ctx, s, root: _sent(s)),
    "my-referrals": Screen(LOBBY, lambda ctx, s, root: _tab(root, 1)),
    "role-card": Screen(LOBBY, lambda ctx, s, root: _popup("roleCard")(s, root)),
    "locked": Screen(LOBBY, lambda ctx, s, root: s.session.lockNow()),
    "pin-locked": Screen(LOBBY, lambda ctx, s, root: _pin_locked(s)),
    "change-pin": Screen(LOBBY, lambda ctx, s, root: _first_sign_in(s), _new_colleague),
    "change-my-pin": Screen(LOBBY, lambda ctx, s, root: s.session.startPinChange()),
    "kiosk-exit": Screen(LOBBY, lambda ctx, s, root: _popup("kioskExit")(s, root)),
    "desk": _desk(lambda ctx, s, root: None),
    "desk-calls": _desk(lambda ctx, s, root: _desk_calls(s, root)),
    "desk-with-customer": _desk(lambda ctx, s, root: _desk_with_customer(s)),
    "desk-outcome": _desk(lambda ctx, s, root: _desk_outcome(s, root)),
    "desk-decline": _desk(lambda ctx, s, root: _desk_decline(s, root)),
    "desk-outcome-shared": _desk(lambda ctx, s, root: _desk_took_part(s, root, picker=False)),
    "desk-took-part": _desk(lambda ctx, s, root: _desk_took_part(s, root, picker=True)),
    "hub-offline": Screen(LOBBY, lambda ctx, s, root: _hub_offline(ctx, s), hub=True),
    "update-app": Screen(LOBBY, lambda ctx, s, root: _app_too_old(s), hub=True),
    "insecure-hub": Screen(LOBBY, lambda ctx, s, root: _insecure_hub(s), hub=True),
    "branch": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _tab(root, 2), lambda ctx: make_desk_busy(ctx)),
    "standards": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _standards_draft(s, root)),
    "credit": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _branch_section(root, 2), make_credit_month),
    "devices": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _devices(s, root)),
    "staff": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _branch_section(root, 3)),
    "audit": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _branch_section(root, 5), make_desk_busy),
    "credit-allocate": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _allocating(s, root), make_credit_month),
    "credit-phases": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _credit_phases(s, root), make_credit_month),
    "standards-credit": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _standards_credit(s, root)),
    "desk-hub": Screen(
        Role.WEALTH_MANAGER,
        lambda ctx, s, root: _desk_with_customer(s),
        lambda ctx: (make_lost_accept(ctx), make_desk_busy(ctx)),
        hub=True,
    ),
    "desk-fast-track-busy": Screen(
        Role.WEALTH_MANAGER, lambda ctx, s, root: _desk_fast_track_busy(ctx, s), make_desk_busy
    ),
    "desk-customer-left": _desk(lambda ctx, s, root: _desk_customer_left(s, root)),
    "branch-evening-notes": Screen(
        Role.BRANCH_HEAD, lambda ctx, s, root: _branch_scrolled(root, "missedPanel"), _head_notes
    ),
    "head-note": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _head_note_dialog(s, root), _head_notes),
    "my-referrals-month": Screen(LOBBY, lambda ctx, s, root: _referrals_month(s, root), make_credit_month),
    "my-credit": Screen(LOBBY, lambda ctx, s, root: _my_credit(s, root), make_credit_month),
    "my-credit-dispute": Screen(LOBBY, lambda ctx, s, root: _my_credit(s, root, dispute=True), make_credit_month),
    "customer-left": Screen(LOBBY, lambda ctx, s, root: _customer_left(s, root)),
    "not-referred": Screen(LOBBY, lambda ctx, s, root: _not_referred(s, root)),
    "branch-week": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _branch_span(s, root, "week"), make_desk_busy),
    "branch-month": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _branch_span(s, root, "month"), make_desk_busy),
    "branch-funnel-customers": Screen(
        Role.BRANCH_HEAD, lambda ctx, s, root: _branch_customers(s, root, "referred"), make_desk_busy
    ),
    "branch-wait-customers": Screen(
        Role.BRANCH_HEAD, lambda ctx, s, root: _branch_customers(s, root, "wait"), make_desk_busy
    ),
    "branch-charts": Screen(
        Role.BRANCH_HEAD, lambda ctx, s, root: _branch_scrolled(root, "chartsPanel"), make_desk_busy
    ),
    "branch-settings": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _branch_section(root, 6), _purge_due),
    "branch-purge": Screen(Role.BRANCH_HEAD, lambda ctx, s, root: _purge_confirm(s, root), _purge_due),
    "head-notice": Screen(
        Role.BRANCH_HEAD,
        lambda ctx, s, root: _head_notice(ctx, s),
        lambda ctx: make_desk_busy(ctx, offer_age=timedelta(minutes=3)),
    ),
}


def _settle(engine: QQmlApplicationEngine, root: QQuickWindow) -> None:
    """Frames until the window has made everything it is making (the delegates lists make in the time
    between frames too): a list changed while a delegate is still being made warns (DelegateModel::cancel)."""
    controller = engine.incubationController()
    for _ in range(50):
        QCoreApplication.processEvents()
        root.grabWindow()
        if controller is None or controller.incubatingObjectCount() == 0:
            return


def screenshot(*, screen: str, language: str, size: tuple[int, int], out: Path, font_scale: int = 100) -> list[str]:
    """Render `screen` to `out` (PNG) with the text at `font_scale` per cent; returns any QML warnings."""
    if screen not in SCREENS:
        raise ValueError(f"screen must be one of {', '.join(SCREENS)}")
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_store(Settings(data_dir=Path(tmp)), clock=lambda: SCREENSHOT_TIME)
        shot = SCREENS[screen]
        if not shot.empty:
            seed_demo(ctx)
            shot.data(ctx)
        app = make_app()
        screens = build_screens(
            app, ctx, language=language, font_scale=font_scale, kiosk=screen == "kiosk-exit", hub=shot.hub
        )
        warnings: list[str] = []
        engine = build_engine(screens, on_warnings=lambda ws: warnings.extend(w.toString() for w in ws))
        root = engine.rootObjects()[0]
        assert isinstance(root, QQuickWindow)
        root.setProperty("visibility", 2)  # windowed, whatever kiosk asked for: the size is the point here
        root.resize(*size)
        try:
            if not shot.empty:
                number, pin = _pin(shot.role)
                screens.session.signIn(number, pin)
            _settle(engine, root)  # what the window shows is made before anything is tapped, as with a person
            shot.setup(ctx, screens, root)
            for _ in range(5):
                QCoreApplication.processEvents()
            image = root.grabWindow()
            out.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(out)):
                raise OSError(f"could not write {out}")
        finally:
            screens.close()
            ctx.db.dispose()
    return warnings
