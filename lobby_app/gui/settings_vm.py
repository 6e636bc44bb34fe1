"""The branch head's settings: how long an offer rings, the coaching period, how long customer data is
kept; and "purge now", which first counts the customers it would clear and asks (askPurge), then clears
them (purgeNow) only when confirmed. Each field is saved on its own; a refused value says why under the field and
the setting in force stays."""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain.errors import DomainError
from ..services.branch_settings import COACHING_DAYS, RESPONSE_TIME, WholeSetting, set_value, value
from ..services.bus import ChangeBus
from ..services.context import Changed, Changes, Ctx
from ..services.housekeeping import backup_warning, last_backup, last_purge
from ..services.privacy import RETENTION_DAYS, purge_now
from ..services.purge_preview import purge_count
from .formatting import day_time
from .ops import run_op
from .session_vm import SessionViewModel
from .wording import error_text

translate = QCoreApplication.translate  # the name lupdate looks for

SETTINGS = {s.key: s for s in (RESPONSE_TIME, COACHING_DAYS, RETENTION_DAYS)}


class SettingsViewModel(QObject):
    changed = Signal()

    def __init__(self, ctx: Ctx, session: SessionViewModel, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session = session
        self._bus = bus
        self._errors: dict[str, str] = {}
        self._purge_text = ""
        self._purge_due = -1  # customers "purge now" would clear, counted when asked; -1: not asked
        self._purge_question = ""
        session.changed.connect(self._reset)

    def _reset(self) -> None:
        self._errors.clear()
        self._purge_text = ""
        self._purge_due, self._purge_question = -1, ""
        self.changed.emit()

    def on_changes(self, change: Changes) -> None:
        if Changed.SETTINGS in change:
            self.changed.emit()

    def retranslate(self) -> None:
        self.changed.emit()

    def _value(self, setting: WholeSetting) -> int:
        return value(self._ctx, setting)

    def _error(self, e: DomainError, setting: WholeSetting) -> str:
        if e.rule == "out_of_range":
            return (
                translate("Settings", "From %1 to %2").replace("%1", str(setting.low)).replace("%2", str(setting.high))
            )
        if e.rule == "not_a_number":
            return translate("Settings", "Whole numbers only")
        if e.rule == "wrong_role":
            return translate("Settings", "Only the branch head may change this")
        return e.message

    @Slot(str, str, result=bool)
    def save(self, key: str, text: str) -> bool:
        """Save one setting from what was typed; False (and the reason under the field) when refused."""
        setting = SETTINGS.get(key)
        if setting is None:
            return False
        typed = text.strip()

        def refused(e: DomainError) -> None:
            self._errors[key] = self._error(e, setting)
            self.changed.emit()

        value = int(typed) if typed.isdigit() else typed
        if run_op(self._bus, self._session, lambda a: set_value(self._ctx, a, setting, value), refused) is None:
            return False
        self._errors.pop(key, None)
        self.changed.emit()
        return True

    @Slot()
    def askPurge(self) -> None:
        """Count first: the confirmation says how many customers the purge would clear, and from when."""
        due = purge_count(self._ctx)
        self._purge_due = due.customers
        before = due.before.astimezone(self._ctx.tz).strftime("%Y-%m-%d %H:%M")
        if due.customers:
            self._purge_question = (
                translate(
                    "Settings",
                    "Clear the personal details of %1 customers who did not buy, tagged before %2 (over %3 days ago)? Their figures stay. This cannot be undone.",  # noqa: E501  (one literal: lupdate reads no joined strings)
                )
                .replace("%1", str(due.customers))
                .replace("%2", before)
                .replace("%3", str(due.retention_days))
            )
        else:
            self._purge_question = translate(
                "Settings", "Nobody is due: the details of customers who did not buy are kept for %1 days."
            ).replace("%1", str(due.retention_days))
        self.changed.emit()

    @Slot()
    def cancelPurge(self) -> None:
        """The head thought better of it: nothing is cleared."""
        self._purge_due, self._purge_question = -1, ""
        self.changed.emit()

    @Slot()
    def purgeNow(self) -> None:
        """Confirmed: clear what is due now (the count asked a moment ago, or fewer if the clock moved on)."""
        self._purge_due, self._purge_question = -1, ""

        def refused(e: DomainError) -> None:
            self._purge_text = error_text(e)
            self.changed.emit()

        done = run_op(self._bus, self._session, lambda a: purge_now(self._ctx, a), refused)
        if done is None:
            return
        _, count = done
        self._purge_text = (
            translate("Settings", "Purged the details of %1 customers").replace("%1", str(count))
            if count
            else translate("Settings", "Nobody was due for purging")
        )
        self.changed.emit()

    responseTime = Property(int, lambda self: self._value(RESPONSE_TIME), notify=changed)
    coachingDays = Property(int, lambda self: self._value(COACHING_DAYS), notify=changed)
    retentionDays = Property(int, lambda self: self._value(RETENTION_DAYS), notify=changed)
    errors = Property("QVariantMap", lambda self: dict(self._errors), notify=changed)
    purgeText = Property(str, lambda self: self._purge_text, notify=changed)
    purgeDue = Property(int, lambda self: self._purge_due, notify=changed)
    purgeQuestion = Property(str, lambda self: self._purge_question, notify=changed)

    def _last_purge_text(self) -> str:
        """For the evening meeting: what the scheduled purge cleared last (DOMAIN.md, privacy)."""
        last = last_purge(self._ctx)
        if last is None:
            return translate("Settings", "The scheduled purge has not run yet")
        at, count = last
        return (
            translate("Settings", "Scheduled purge %1: %2 customers' personal data cleared")
            .replace("%1", day_time(at, self._ctx.tz))
            .replace("%2", str(count))
        )

    def _backup_text(self) -> str:
        last = last_backup(self._ctx)
        if last is None:
            return translate("Settings", "No backup yet: see lobby-app hub backup")
        if not last.ok:
            return translate("Settings", "The last backup failed (%1): see lobby-app hub status").replace(
                "%1", day_time(last.at, self._ctx.tz)
            )
        return translate("Settings", "Last backup: %1").replace("%1", day_time(last.at, self._ctx.tz))

    lastPurgeText = Property(str, _last_purge_text, notify=changed)
    backupText = Property(str, _backup_text, notify=changed)
    # No good backup from the last day: the console says it in red.
    backupWarning = Property(bool, lambda self: backup_warning(self._ctx), notify=changed)
