"""Sign-in view-model: staff number + PIN → who is signed in and in which role."""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain.errors import DomainError
from ..domain.roles import Actor, Role
from ..services.context import Ctx
from ..services.staff import sign_in


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


class SessionViewModel(QObject):
    changed = Signal()

    def __init__(self, ctx: Ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor: Actor | None = None
        self._name = ""
        self._error = ""

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

    @Slot(str, str, result=bool)
    def signIn(self, staff_no: str, pin: str) -> bool:
        try:
            self._actor, self._name = sign_in(self._ctx, staff_no=staff_no, pin=pin)
            self._error = ""
        except DomainError:
            self._actor, self._name = None, ""
            self._error = QCoreApplication.translate("SignIn", "Staff number or PIN is wrong")
        self.changed.emit()
        return self._actor is not None

    @Slot()
    def signOut(self) -> None:
        self._actor, self._name, self._error = None, "", ""
        self.changed.emit()
