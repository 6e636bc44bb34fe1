"""A device's command, applied by the hub through the same service the device used.

The hub parses what a device pushed into its protocol model (lobby_app/protocol) and calls `apply`:
the same rules run again (the role from the hub's own staff table, the state machine, the fields),
rows a device created keep the ids it chose (the command's), and times come from the hub's clock.
"""

from __future__ import annotations

from ..domain.roles import Actor
from ..protocol import commands as c
from . import handoffs, rules
from .branch_settings import COACHING_DAYS, RESPONSE_TIME, set_value
from .context import Changes, Ctx
from .escalation import expire_overdue
from .month_close import close_month
from .notes import add_note
from .pin_lock import lock_pin
from .privacy import RETENTION_DAYS, purge
from .staff_admin import add_staff, change_role, deactivate_staff, reset_pin, set_place
from .tagging import tag_customer


def apply(ctx: Ctx, actor: Actor, command: c.Command) -> Changes:
    match command:
        case c.TagCustomer():
            return tag_customer(ctx, actor, command)[0]
        case c.Refer():
            return handoffs.refer(ctx, actor, command)
        case c.Offer():
            return handoffs.offer(ctx, actor, handoff_id=command.id, wm_id=command.wm_id)
        case c.Accept():
            return handoffs.accept(ctx, actor, handoff_id=command.id)
        case c.Decline():
            return handoffs.decline(ctx, actor, handoff_id=command.id, reason=command.reason, text=command.text)
        case c.Meet():
            return handoffs.meet(ctx, actor, handoff_id=command.id)
        case c.RecordOutcome():
            return handoffs.record_outcome(
                ctx,
                actor,
                handoff_id=command.id,
                outcome=command.outcome,
                sales=command.sales,
                credit_fen=command.credit_fen,
                reason=command.reason,
                follow_up_at=command.follow_up_at,
                shared_with=command.shared_with,
            )
        case c.Cancel():
            return handoffs.cancel(ctx, actor, handoff_id=command.id, reason=command.reason)
        case c.BookCallback():
            return handoffs.book_callback(ctx, actor, command)
        case c.CallbackNoAnswer():
            return handoffs.callback_no_answer(ctx, actor, callback_id=command.id, retry_at=command.retry_at)
        case c.SetPresence():
            return handoffs.set_presence(
                ctx, actor, presence=command.presence, away_reason=command.away_reason, staff_id=command.staff_id
            )
        case c.Escalate():
            return expire_overdue(ctx, actor)
        case c.SetResponseTime():
            return set_value(ctx, actor, RESPONSE_TIME, command.value)
        case c.SetCoachingDays():
            return set_value(ctx, actor, COACHING_DAYS, command.value)
        case c.SetRetentionDays():
            return set_value(ctx, actor, RETENTION_DAYS, command.value)
        case c.PurgePersonalData():
            return purge(ctx, actor, before=command.before)[0]
        case c.AllocateException():
            return handoffs.allocate_exception(
                ctx, actor, exception_id=command.id, shares=command.shares, reason=command.reason
            )
        case c.DisputeCredit():
            return handoffs.dispute_credit(ctx, actor, command)
        case c.AddNote():
            return add_note(ctx, actor, command)
        case c.EditStandards():
            return rules.edit_standards(
                ctx, actor, data=command.data, effective_from=command.effective_from, note=command.note
            )
        case c.CloseMonth():
            return close_month(ctx, actor, month=command.month)
        case c.EditCreditPhases():
            return rules.edit_credit_phases(ctx, actor, data=command.data)
        case c.AddStaff():
            return add_staff(ctx, actor, command)
        case c.DeactivateStaff():
            return deactivate_staff(ctx, actor, command)
        case c.ChangeRole():
            return change_role(ctx, actor, command)
        case c.ResetPin():
            return reset_pin(ctx, actor, command)
        case c.SetPlace():
            return set_place(ctx, actor, command)
        case c.LockPin():
            return lock_pin(ctx, command)
    raise TypeError(f"no service for {type(command).__name__}")  # a new command without its case here
