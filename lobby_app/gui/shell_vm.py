"""The frame around every screen: language switch, kiosk mode, the sync state's place, the clock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..services.context import Ctx
from ..services.staff import is_branch_head_pin
from .formatting import clock_time


class ShellViewModel(QObject):
    changed = Signal()
    languageChanged = Signal()

    def __init__(
        self,
        ctx: Ctx,
        *,
        language: str,
        switch_language: Callable[[str], None],
        kiosk: bool = False,
        virtual_keyboard: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._language = language
        self._switch = switch_language
        self._kiosk = kiosk
        self._virtual_keyboard = virtual_keyboard
        self._kiosk_error = ""

    def _get_sync_text(self) -> str:
        # Until the branch hub exists every device works on its own (shared) store: say so honestly.
        return QCoreApplication.translate("Shell", "Local store · branch hub not set up")

    language = Property(str, lambda self: self._language, notify=languageChanged)
    kiosk = Property(bool, lambda self: self._kiosk, constant=True)
    virtualKeyboard = Property(bool, lambda self: self._virtual_keyboard, constant=True)
    syncText = Property(str, _get_sync_text, notify=languageChanged)
    clock = Property(str, lambda self: clock_time(self._ctx.now(), self._ctx.tz), notify=changed)
    kioskError = Property(str, lambda self: self._kiosk_error, notify=changed)

    def tick(self) -> None:
        self.changed.emit()

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        if language != self._language:
            self._switch(language)
            self._language = language
            self.languageChanged.emit()

    @Slot(str, result=bool)
    def exitKiosk(self, pin: str) -> bool:
        """Kiosk mode ends only with a branch head's PIN."""
        if is_branch_head_pin(self._ctx, pin):
            self._kiosk_error = ""
            self.changed.emit()
            QCoreApplication.quit()
            return True
        self._kiosk_error = QCoreApplication.translate("Shell", "Only a branch head's PIN ends kiosk mode")
        self.changed.emit()
        return False
