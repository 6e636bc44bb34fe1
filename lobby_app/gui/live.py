"""Keeping screens current: input resets the idle lock; other devices' changes and the clock refresh views."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

from ..services.bus import ChangeBus
from ..services.context import Ctx, changes
from ..services.lobby import last_change
from .session_vm import SessionViewModel

POLL_MS = 1500  # another device on the same store: seen within this
CLOCK_MS = 30_000  # "with a customer since", waits and the status-bar clock move on
EVERYTHING = ("tags", "handoffs", "presence", "callbacks", "standards", "staff")
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class ActivityFilter(QObject):
    """Installed on the application: any press anywhere counts as someone using the device."""

    def __init__(self, session: SessionViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._session.activity()
        return False


class LiveUpdates(QObject):
    """Until the hub's live stream exists (issue 5), devices sharing one store see each other by polling it."""

    def __init__(self, ctx: Ctx, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._bus = bus
        self._seen = last_change(ctx)
        self._poll = QTimer(self, interval=POLL_MS, timeout=self.poll)
        self._clock = QTimer(self, interval=CLOCK_MS, timeout=lambda: bus.publish(changes("clock")))

    def start(self) -> None:
        self._poll.start()
        self._clock.start()

    def poll(self) -> None:
        newest = last_change(self._ctx)
        if newest != self._seen:
            self._seen = newest
            self._bus.publish(changes(*EVERYTHING))
