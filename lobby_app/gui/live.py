"""Keeping screens current: input resets the idle lock; other devices' changes and the clock refresh views;
the watchdog moves unanswered offers on."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer

from ..services.bus import ChangeBus
from ..services.context import Changed, Ctx, changes
from ..services.escalation import expire_overdue
from ..services.housekeeping import run_due_jobs
from ..services.lobby import last_change
from .session_vm import SessionViewModel

POLL_MS = 1500  # another device on the same store: seen within this
CLOCK_MS = 30_000  # "with a customer since", waits and the status-bar clock move on
WATCH_MS = 5000  # an unanswered offer moves on at most this long after the response time
JOBS_MS = 60_000  # the nightly purge and backup are due at a whole hour: started within a minute of it
PURGED = Changed.TAGS | Changed.HANDOFFS | Changed.CALLBACKS | Changed.SETTINGS

log = logging.getLogger(__name__)
# What another device on the same store may have changed: every kind a screen refreshes on.
EVERYTHING = (
    Changed.TAGS
    | Changed.HANDOFFS
    | Changed.PRESENCE
    | Changed.CALLBACKS
    | Changed.STANDARDS
    | Changed.STAFF
    | Changed.NOTIFICATIONS
    | Changed.SETTINGS
    | Changed.CREDIT
    | Changed.NOTES
)
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
    """The clock for every device. Without a hub, devices sharing one store see each other by polling it
    and each runs the watchdog; linked to a hub, the hub's stream brings others' changes (through the
    sync, nothing polls) and the hub's clock decides when an offer runs out. Without a hub the device also
    runs the branch's nightly jobs (the hub runs them for the devices linked to it)."""

    def __init__(
        self,
        ctx: Ctx,
        bus: ChangeBus,
        session: SessionViewModel,
        *,
        linked: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._linked = linked
        self._bus = bus
        self._session = session
        self._seen = 0 if linked else last_change(ctx)  # only polling needs it
        self._poll = QTimer(self, interval=POLL_MS, timeout=self.poll)
        self._clock = QTimer(self, interval=CLOCK_MS, timeout=lambda: bus.publish(changes(Changed.CLOCK)))
        self._watch = QTimer(self, interval=WATCH_MS, timeout=self.watch)
        self._jobs = QTimer(self, interval=JOBS_MS, timeout=self.run_jobs)

    def start(self) -> None:
        for timer in (self._clock,) if self._linked else (self._poll, self._clock, self._watch, self._jobs):
            timer.start()

    def run_jobs(self) -> None:
        """The retention purge and a backup into backups/ beside the store, when due (services/housekeeping).
        Once a day at night, on this thread: a device's store backs up in a moment."""
        path = self._ctx.db.path
        try:
            ran = run_due_jobs(self._ctx, backups=path.parent / "backups" if path is not None else None)
        except Exception:  # the store busy or the disk full: still due at the next look, and in the log
            log.exception("the nightly jobs failed on this device")
            return
        if ran.purged:
            self._bus.publish(changes(PURGED))
        elif ran.purged is not None or ran.backup is not None:
            self._bus.publish(changes(Changed.SETTINGS))  # the last purge or backup, for the screens that show it

    def watch(self) -> None:
        """Any signed-in device may escalate an overdue offer (the state machine lets every role expire)."""
        actor = self._session.actor
        if actor is not None:
            change = expire_overdue(self._ctx, actor)
            if change:
                self._seen = last_change(self._ctx)
                self._bus.publish(change)

    def poll(self) -> None:
        newest = last_change(self._ctx)
        if newest != self._seen:
            self._seen = newest
            self._bus.publish(changes(EVERYTHING))
