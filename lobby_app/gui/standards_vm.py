"""Placeholder: the branch head's standards screen (being built)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..services.bus import ChangeBus
from ..services.context import Changes, Ctx
from .session_vm import SessionViewModel


class StandardsViewModel(QObject):
    changed = Signal()

    def __init__(self, ctx: Ctx, session: SessionViewModel, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session = session
        self._bus = bus

    def on_changes(self, change: Changes) -> None:
        pass

    def retranslate(self) -> None:
        self.changed.emit()
