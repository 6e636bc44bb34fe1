"""Sign-in view-model: staff number + PIN → who is signed in and in which role."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot

from ..domain.errors import DomainError
from ..domain.roles import Actor, Role
from ..services.context import Ctx
from ..services.staff import sign_in, sign_out
from .formatting import clock_time


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
    """Who is signed in; locks itself after `idle_lock_s` without a touch, keeping whatever was on screen."""

    changed = Signal()

    def __init__(self, ctx: Ctx, *, idle_lock_s: int = 300, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor: Actor | None = None
        self._staff_no = ""
        self._name = ""
        self._error = ""
        self._locked = False
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

    def _get_role_cards(self) -> list[dict[str, object]]:
        mine = self._actor.role if self._actor else None
        return [
            {"title": role_title(r), "situation": role_situation(r), "duty": role_duty(r), "mine": r is mine}
            for r in ROLE_ORDER
        ]

    roleCards = Property("QVariantList", _get_role_cards, notify=changed)

    def retranslate(self) -> None:
        self.changed.emit()

    @Slot(str, str, result=bool)
    def signIn(self, staff_no: str, pin: str) -> bool:
        try:
            self._actor, self._name = sign_in(self._ctx, staff_no=staff_no, pin=pin)
            self._staff_no, self._error = staff_no.strip(), ""
            self.idle_timer.start()
        except DomainError as e:
            self._actor, self._name = None, ""
            self._error = self._refusal(e, QCoreApplication.translate("SignIn", "Staff number or PIN is wrong"))
        self.changed.emit()
        return self._actor is not None

    def _refusal(self, e: DomainError, wrong: str) -> str:
        """One message for any wrong number or PIN; a locked number says until when."""
        until = e.params.get("until")
        if e.rule == "locked" and isinstance(until, datetime):
            text = QCoreApplication.translate("SignIn", "Locked after 5 wrong PINs in a row: try again at %1")
            return text.replace("%1", clock_time(until, self._ctx.tz))
        return wrong

    @Slot()
    def signOut(self) -> None:
        if self._actor is not None:
            sign_out(self._ctx, self._actor)  # the session's key is erased: nothing more is signed for them
        self._actor, self._staff_no, self._name, self._error, self._locked = None, "", "", "", False
        self.idle_timer.stop()
        self.changed.emit()

    def activity(self) -> None:
        """A touch, click or key: the idle clock starts again."""
        if self._actor is not None and not self._locked:
            self.idle_timer.start()

    @Slot()
    def lockNow(self) -> None:
        if self._actor is not None and not self._locked:
            self._locked, self._error = True, ""
            self.idle_timer.stop()
            self.changed.emit()

    @Slot(str, result=bool)
    def unlock(self, pin: str) -> bool:
        """The same person's PIN opens the screen again, just as they left it."""
        try:
            sign_in(self._ctx, staff_no=self._staff_no, pin=pin)
        except DomainError as e:
            self._error = self._refusal(e, QCoreApplication.translate("SignIn", "PIN is wrong"))
            self.changed.emit()
            return False
        self._locked, self._error = False, ""
        self.idle_timer.start()
        self.changed.emit()
        return True
