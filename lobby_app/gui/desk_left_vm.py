"""The customer I accepted left before reaching my desk (DOMAIN.md: cancelled, or a callback if the customer
agreed): the callback sheet prefilled from the tag, or "no callback", which cancels. Either way the
customer leaves my desk. The lobby's sheet (CallbackSheetViewModel) with the desk's way in."""

from __future__ import annotations

from PySide6.QtCore import Slot

from .callback_vm import CallbackSheetViewModel


class DeskLeftViewModel(CallbackSheetViewModel):
    @Slot(str, str, str)
    def openFor(self, handoff_id: str, address_as: str, phone: str) -> None:
        """Start from the tag: how the lobby addressed the customer, and the phone they kept with the
        customer's consent (a tag keeps a phone only with it), so the tick starts as the tag says."""
        self._reset()
        self._handoff_id, self._customer = handoff_id, address_as
        self._address, self._phone, self._consent = address_as, phone, bool(phone)
        self.changed.emit()

    @Slot(result=str)
    def submit(self) -> str:
        """Turn the customer into a callback; the confirmation, or "" when refused (the reason shows)."""
        return self._book_on_referral()
