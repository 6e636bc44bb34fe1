"""Sign-in view-model: staff number + PIN → who is signed in and in which role."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot

from ..domain.errors import DomainError, ValidationError
from ..domain.roles import Actor, Role
from ..services.context import Ctx
from ..services.staff import SignedIn, change_my_pin, forget_ended_sessions, sign_in, sign_out
from ..sync.config import HubConfig
from ..sync.staff import HubAway, sign_in_at_hub
from .formatting import clock_time
from .tasks import Tasks


def role_title(role: Role) -> str:
    return {
        Role.TELLER: QCoreApplication.translate("Roles", "Teller"),
        Role.LOBBY_MANAGER: QCoreApplication.translate("Roles", "Lobby manager"),
        Role.WEALTH_MANAGER: QCoreApplication.translate("Roles", "Wealth manager"),
        Role.BRANCH_HEAD: QCoreApplication.translate("Roles", "Branch head"),
    }[role]


def role_duty(role: Role) -> str:
    """Each role's core duty (DOMAIN.md, the people)."""
    return {
        Role.TELLER: QCoreApplication.translate("Roles", "Serve fast; refer at the right moment"),
        Role.LOBBY_MANAGER: QCoreApplication.translate("Roles", "Identify and recommend; guide and divert"),
        Role.WEALTH_MANAGER: QCoreApplication.translate("Roles", "Service marketing and customer relationships"),
        Role.BRANCH_HEAD: QCoreApplication.translate(
            "Roles", "Coach, set the standards, watch the day, run the credit split"
        ),
    }[role]


def role_situation(role: Role) -> str:
    """Each role's strengths and limits, from the article (DOMAIN.md, the people)."""
    return {
        Role.TELLER: QCoreApplication.translate(
            "Roles", "Many chances and the customer's trust, but little time and glass between you and the customer"
        ),
        Role.LOBBY_MANAGER: QCoreApplication.translate(
            "Roles", "Many chances and easy to talk to, but no time to spare: while you serve one, the hall waits"
        ),
        Role.WEALTH_MANAGER: QCoreApplication.translate(
            "Roles", "Professional, with a private desk, but few chances without referrals"
        ),
        Role.BRANCH_HEAD: QCoreApplication.translate(
            "Roles", "Sets the local standards, watches each day's referrals and runs the evening meeting"
        ),
    }[role]


ROLE_ORDER = (Role.TELLER, Role.LOBBY_MANAGER, Role.WEALTH_MANAGER, Role.BRANCH_HEAD)


class SessionViewModel(QObject):
    """Who is signed in; locks itself after `idle_lock_s` without a touch, keeping whatever was on screen.

    With a hub, a PIN is checked there whenever it answers (sync.staff), and here only while it is away,
    for someone who signed in on this device before (services.staff.sign_in). A person whose PIN must
    change (a one-time PIN, or one from before the rules) chooses a new one before anything else."""

    changed = Signal()

    def __init__(
        self, ctx: Ctx, *, idle_lock_s: int = 300, hub: HubConfig | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._hub = hub
        self._actor: Actor | None = None
        self._staff_no = ""
        self._name = ""
        self._error = ""
        self._locked = False
        self._busy = False
        # While a PIN change is open: the current PIN, when the sign-in just gave it (a PIN that must
        # change), so it is not asked twice; "" when the person chose to change it (then it is typed).
        self._changing: str | None = None
        self._tasks = Tasks()
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(idle_lock_s * 1000)
        self.idle_timer.timeout.connect(self.lockNow)

    @property
    def actor(self) -> Actor | None:
        return self._actor

    def _get_signed_in(self) -> bool:
        return self._actor is not None

    def _get_name(self) -> str:
        return self._name

    def _get_role_title(self) -> str:
        return role_title(self._actor.role) if self._actor else ""

    def _get_role_duty(self) -> str:
        return role_duty(self._actor.role) if self._actor else ""

    def _get_error(self) -> str:
        return self._error

    signedIn = Property(bool, _get_signed_in, notify=changed)
    name = Property(str, _get_name, notify=changed)
    roleTitle = Property(str, _get_role_title, notify=changed)
    roleDuty = Property(str, _get_role_duty, notify=changed)
    error = Property(str, _get_error, notify=changed)
    locked = Property(bool, lambda self: self._locked, notify=changed)
    role = Property(str, lambda self: str(self._actor.role) if self._actor else "", notify=changed)
    busy = Property(bool, lambda self: self._busy, notify=changed)  # the hub is being asked
    changingPin = Property(bool, lambda self: self._actor is not None and self._changing is not None, notify=changed)
    # A PIN that must change: the screen offers no way round it but signing out.
    pinMustChange = Property(bool, lambda self: bool(self._changing), notify=changed)

    def _get_role_cards(self) -> list[dict[str, object]]:
        mine = self._actor.role if self._actor else None
        return [
            {"title": role_title(r), "situation": role_situation(r), "duty": role_duty(r), "mine": r is mine}
            for r in ROLE_ORDER
        ]

    roleCards = Property("QVariantList", _get_role_cards, notify=changed)

    def retranslate(self) -> None:
        self.changed.emit()

    @Slot(str, str)
    def signIn(self, staff_no: str, pin: str) -> None:
        self._check(staff_no.strip(), pin, None, self._signed_in)

    @Slot(str)
    def unlock(self, pin: str) -> None:
        """The same person's PIN opens the screen again, just as they left it."""
        self._check(self._staff_no, pin, None, self._unlocked)

    @Slot()
    def startPinChange(self) -> None:
        """The person chooses to change their PIN: current, new and again."""
        if self._actor is not None and not self._locked:
            self._changing, self._error = "", ""
            self.changed.emit()

    @Slot()
    def cancelPinChange(self) -> None:
        if self._changing == "":  # one that must change cannot be put off
            self._changing, self._error = None, ""
            self.changed.emit()

    @Slot(str, str, str)
    def changePin(self, current: str, new_pin: str, again: str) -> None:
        if self._actor is None or self._changing is None:
            return
        if new_pin != again:
            self._error = QCoreApplication.translate("SignIn", "The new PIN and its repeat differ: type both again")
            self.changed.emit()
            return
        self._check(self._staff_no, self._changing or current, new_pin, self._pin_changed)

    def _check(self, staff_no: str, pin: str, new_pin: str | None, then: Callable[..., None]) -> None:
        """Ask the hub when there is one, else this store; `then` takes a right answer."""
        if self._busy:
            return
        then = partial(then, staff_no=staff_no, pin=new_pin or pin)
        if self._hub is None:
            self._answer(partial(self._here, staff_no, pin, new_pin), then)
            return
        if self._tasks.start(self._at_hub(self._hub, staff_no, pin, new_pin, then)) is None:
            self._answer(partial(self._here, staff_no, pin, new_pin), then)  # no loop to ask the hub on
            return
        self._busy, self._error = True, ""
        self.changed.emit()

    def _here(self, staff_no: str, pin: str, new_pin: str | None) -> SignedIn:
        if new_pin is None:
            return sign_in(self._ctx, staff_no=staff_no, pin=pin)
        if self._hub is not None:  # a PIN is changed where it is kept: not while the hub is away
            message = "a PIN can be changed only while the branch hub is reachable"
            raise ValidationError("new_pin", "hub_needed", message)
        return change_my_pin(self._ctx, staff_no=staff_no, pin=pin, new_pin=new_pin)

    async def _at_hub(
        self, hub: HubConfig, staff_no: str, pin: str, new_pin: str | None, then: Callable[[SignedIn], None]
    ) -> None:
        check: Callable[[], SignedIn]
        try:
            signed = await sign_in_at_hub(self._ctx, hub, staff_no=staff_no, pin=pin, new_pin=new_pin)
            check = partial(_same, signed)
        except HubAway:  # decided here, with what this device holds
            check = partial(self._here, staff_no, pin, new_pin)
        except DomainError as e:  # the hub's refusal
            check = partial(_raise, e)
        self._busy = False
        self._answer(check, then)

    def _answer(self, check: Callable[[], SignedIn], then: Callable[[SignedIn], None]) -> None:
        try:
            signed = check()
        except DomainError as e:
            self._error = self._refusal(e)
        else:
            self._error = ""
            then(signed)
        self.changed.emit()

    def _signed_in(self, signed: SignedIn, staff_no: str = "", pin: str = "") -> None:
        self._actor, self._name, self._staff_no = signed.actor, signed.name, staff_no
        self._changing = pin if signed.new_pin_needed else None
        self.idle_timer.start()

    def _unlocked(self, signed: SignedIn, staff_no: str = "", pin: str = "") -> None:
        self._locked = False
        self._changing = pin if signed.new_pin_needed else self._changing
        self.idle_timer.start()

    def _pin_changed(self, signed: SignedIn, staff_no: str = "", pin: str = "") -> None:
        self._changing = None  # a new session, under the new PIN, has begun
        self.idle_timer.start()

    def _refusal(self, e: DomainError) -> str:
        """One message for any wrong number or PIN; a locked number says until when."""
        until = e.params.get("until")
        if e.rule == "locked" and isinstance(until, datetime):
            text = QCoreApplication.translate("SignIn", "Locked after 5 wrong PINs in a row: try again at %1")
            return text.replace("%1", clock_time(until, self._ctx.tz))
        if e.rule == "hub_needed" and e.field == "pin":
            return QCoreApplication.translate(
                "SignIn", "The branch hub cannot be reached: sign in here once it can (the first time on this device)"
            )
        if e.rule == "hub_needed":
            return QCoreApplication.translate("SignIn", "A PIN can be changed only while the branch hub is reachable")
        if e.field == "new_pin":
            return new_pin_refusal(e.rule)
        if self._locked or self._changing is not None:
            return QCoreApplication.translate("SignIn", "PIN is wrong")
        return QCoreApplication.translate("SignIn", "Staff number or PIN is wrong")

    @Slot()
    def signOut(self) -> None:
        if self._actor is not None:
            sign_out(self._ctx, self._actor)  # the session's key is erased: nothing more is signed for them
        self._actor, self._staff_no, self._name, self._error, self._locked = None, "", "", "", False
        self._changing = None
        self.idle_timer.stop()
        self.changed.emit()

    def activity(self) -> None:
        """A touch, click or key: the idle clock starts again."""
        if self._actor is not None and not self._locked:
            self.idle_timer.start()

    def forget_ended(self) -> None:
        forget_ended_sessions(self._ctx)

    @Slot()
    def lockNow(self) -> None:
        if self._actor is not None and not self._locked:
            self._locked, self._error = True, ""
            self.idle_timer.stop()
            self.changed.emit()


def new_pin_refusal(rule: str) -> str:
    """Why a new PIN was refused, in the words of its rule (domain.pins.check_new_pin)."""
    texts = {
        "length": QCoreApplication.translate("SignIn", "A new PIN has 6 to 12 digits"),
        "digits_only": QCoreApplication.translate("SignIn", "A PIN is digits only"),
        "trivial": QCoreApplication.translate(
            "SignIn", "Too easy to guess: not one digit repeated, not a run like 123456, not your staff number"
        ),
        "unchanged": QCoreApplication.translate("SignIn", "Choose a PIN other than the current one"),
    }
    return texts.get(rule, QCoreApplication.translate("SignIn", "This PIN cannot be used: choose another"))


def _same(signed: SignedIn) -> SignedIn:
    return signed


def _raise(e: DomainError) -> SignedIn:
    raise e
