"""What the branch head must hear of at once: customers whose offer went unanswered or whom everyone
on duty declined. Shown as a strip under the header until the head marks them seen."""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain.errors import DomainError
from ..domain.roles import Role
from ..services.bus import ChangeBus
from ..services.context import Changed, Changes, Ctx
from ..services.notifications import Kind, Notice, mark_all_read, unread
from .formatting import chinese, clock_time
from .ops import run_op
from .session_vm import SessionViewModel
from .wording import pin_locked_text

translate = QCoreApplication.translate  # the name lupdate looks for


class NoticesViewModel(QObject):
    changed = Signal()

    def __init__(self, ctx: Ctx, session: SessionViewModel, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session = session
        self._bus = bus
        self._notices: list[Notice] = []
        session.changed.connect(self.refresh)

    def on_changes(self, change: Changes) -> None:
        if (Changed.NOTIFICATIONS | Changed.HANDOFFS) in change:
            self.refresh()

    def retranslate(self) -> None:
        self.changed.emit()

    def refresh(self) -> None:
        actor = self._session.actor
        notices = unread(self._ctx, actor) if actor is not None and actor.role is Role.BRANCH_HEAD else []
        if notices != self._notices:
            self._notices = notices
            self.changed.emit()

    def text(self, n: Notice) -> str:
        at = clock_time(n.created_at, self._ctx.tz)
        customer = n.address_as or translate("Notice", "a customer")
        who = ("、" if chinese() else ", ").join(p for p in n.people if p)
        if n.kind == Kind.PIN_LOCKED:
            return pin_locked_text(n, self._ctx.tz)
        if n.kind == Kind.NO_ANSWER:
            line = translate("Notice", "%1: the offer of %2 to %3 went unanswered; passed on (escalation %4)")
            line = line.replace("%4", str(n.data.get("escalations", 1)))
        else:
            line = translate("Notice", "%1: everyone on duty declined %2 (%3); the customer waits in the queue")
        return line.replace("%1", at).replace("%2", customer).replace("%3", who)

    count = Property(int, lambda self: len(self._notices), notify=changed)
    latestText = Property(str, lambda self: self.text(self._notices[0]) if self._notices else "", notify=changed)

    @Slot()
    def markAllSeen(self) -> None:
        ids = [n.id for n in self._notices]
        # Refused only if one is gone meanwhile (purged): the strip then shows what is there now.
        run_op(self._bus, self._session, lambda a: mark_all_read(self._ctx, a, notification_ids=ids), self._gone)

    def _gone(self, _refusal: DomainError) -> None:
        self.refresh()
