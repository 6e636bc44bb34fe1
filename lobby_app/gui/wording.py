"""Every code the services speak (purposes, states, rules, refusals) in the words a person reads."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from ..domain import handoff as dh
from ..domain.errors import DomainError
from ..domain.routing import Presence
from ..domain.standards import (
    FEATURED_INTEREST,
    HIGH_FLOW,
    LARGE_TRANSACTION,
    REASON_SIMPLE_ONLY,
    Product,
    RuleMatch,
    Standards,
)
from ..domain.tags import Purpose
from ..services.hub_states import Refused, SyncState
from ..services.notifications import Kind, Notice
from .formatting import chinese, clock_time, money

translate = QCoreApplication.translate  # the name lupdate looks for


def purpose_name(purpose: Purpose | str) -> str:
    return {
        Purpose.DEPOSIT: translate("Purpose", "Deposit"),
        Purpose.WITHDRAWAL: translate("Purpose", "Withdrawal"),
        Purpose.TRANSFER: translate("Purpose", "Transfer"),
        Purpose.REMITTANCE: translate("Purpose", "Remittance"),
        Purpose.OTHER: translate("Purpose", "Other service"),
    }[Purpose(purpose)]


def product_name(product: Product) -> str:
    return product.name_zh if chinese() else product.name_en


def product_names(standards: Standards, codes: list[str]) -> str:
    by_code = {p.code: p for p in standards.products}
    return ("、" if chinese() else ", ").join(product_name(by_code[c]) if c in by_code else c for c in codes)


def rule_text(match: RuleMatch, standards: Standards) -> str:
    """One matched rule in plain words, with the numbers that made it match."""
    d = match.detail
    if match.code == LARGE_TRANSACTION:
        return (
            translate("Rule", "%1 of %2: at least %3")
            .replace("%1", purpose_name(d["purpose"]))
            .replace("%2", money(d["amount_fen"]))
            .replace("%3", money(d["threshold_fen"]))
        )
    if match.code == FEATURED_INTEREST:
        return translate("Rule", "Interested in featured products: %1").replace(
            "%1", product_names(standards, d["products"])
        )
    if match.code == HIGH_FLOW:
        return translate("Rule", "Six-month flow at least %1").replace("%1", money(d["threshold_fen"]))
    label = d.get("label_zh") if chinese() else d.get("label_en")
    return translate("Rule", "Branch rule: %1").replace("%1", str(label or match.code.removeprefix("custom:")))


def not_eligible_text(reason: str | None) -> str:
    if reason == REASON_SIMPLE_ONLY:
        return translate(
            "Verdict", "Simple products only (online banking, mobile banking, SMS alerts): serve in the lobby"
        )
    return translate("Verdict", "No referral standard is met: serve in the lobby")


def presence_text(presence: Presence, since: datetime, away_reason: str, tz: ZoneInfo) -> str:
    if presence is Presence.AVAILABLE:
        return translate("Presence", "Available")
    if presence is Presence.WITH_CUSTOMER:
        return translate("Presence", "With a customer since %1").replace("%1", clock_time(since, tz))
    if presence is Presence.AWAY:
        reason = away_reason_text(away_reason)
        return translate("Presence", "Away") + (f" · {reason}" if reason else "")
    return translate("Presence", "Offline")


def away_reason_text(reason: str) -> str:
    return {
        "break": translate("Presence", "break"),
        "meeting": translate("Presence", "meeting"),
        "training": translate("Presence", "training"),
        "no_answer": translate("Presence", "an offer went unanswered"),
    }.get(reason, reason)


def state_text(state: dh.State) -> str:
    return {
        dh.State.QUEUED: translate("Handoff", "Waiting in the queue"),
        dh.State.OFFERED: translate("Handoff", "Offered, waiting for the wealth manager"),
        dh.State.ACCEPTED: translate("Handoff", "Accepted"),
        dh.State.MET: translate("Handoff", "Meeting the wealth manager"),
        dh.State.CONVERTED: translate("Handoff", "Converted"),
        dh.State.NOT_CONVERTED: translate("Handoff", "Not converted"),
        dh.State.FOLLOW_UP: translate("Handoff", "Follow-up booked"),
        dh.State.CANCELLED: translate("Handoff", "Cancelled"),
        dh.State.CALLBACK: translate("Handoff", "Callback booked"),
    }[state]


def error_text(e: DomainError) -> str:
    """A refusal from the services as one line for the field it names."""
    p = e.params
    known = {
        "not_a_number": translate("Error", "Numbers only, e.g. 50000 or 5万"),
        "negative": translate("Error", "Must not be negative"),
        "too_large": translate("Error", "Too large: at most %1").replace("%1", money(int(p.get("limit", 0)))),
        "too_precise": translate("Error", "At most two decimal places"),
        "too_long": translate("Error", "Too long: at most %1 characters").replace("%1", str(p.get("limit", ""))),
        "required": translate("Error", "Required"),
        "control_chars": translate("Error", "Contains characters that cannot be kept"),
        "bad_phone": translate("Error", "An 11-digit mobile number or a landline with area code"),
        "no_consent": translate("Error", "Tick the customer's consent before keeping a phone number"),
        "in_the_past": translate("Error", "Choose a time in the future"),
        "not_eligible": translate("Error", "The customer does not meet the standards: serve in the lobby"),
        "already_referred": translate("Error", "This customer is already referred"),
        "not_available": translate("Error", "This wealth manager is not available"),
        "illegal_transition": translate("Error", "Already moved on; the list shows its state now"),
        "not_assignee": translate("Error", "Offered to or held by a colleague now"),
        "waiting_for_colleague": translate("Error", "The customer chose to wait for a colleague"),
        "bad_time": translate("Error", "A time like 14:30"),
        "bad_date": translate("Error", "A date like 2026-12-05"),
        "not_positive": translate("Error", "Enter an amount above zero"),
        "duplicate": translate("Error", "Named twice"),
        "unknown_product": translate("Error", "Not a product of this branch"),
        "fixed_simple": translate("Error", "Online banking, mobile banking and SMS alerts are always simple products"),
        "simple_product": translate("Error", "A simple product is never grounds for referral: no rule may test it"),
        "session_ended": translate("Error", "Your sign-in ended with the branch day: enter your PIN and do it again"),
        "not_signed_in": translate("Error", "Not signed in on this device when it was made"),
    }
    return known.get(e.rule, translate("Error", "Refused: %1").replace("%1", e.message))


def refusal_text(refusal: dict[str, Any]) -> str:
    """The hub's reason in the words of the screens, naming who took the customer when that was it."""
    if refusal.get("taken_by"):
        return translate("Sync", "taken by %1").replace("%1", refusal["taken_by"])
    return error_text(DomainError(refusal.get("field", ""), refusal.get("rule", ""), refusal.get("message", "")))


def refusals_text(refused: list[Refused]) -> str:
    """A person's changes the hub refused, newest first, three at most: what, about whom, and why."""
    lines = []
    for r in refused[:3]:
        what, why = change_name(r.name), refusal_text(r.refusal)
        if r.address_as:
            line = translate("Sync", "%1 — %2: %3").replace("%1", r.address_as).replace("%2", what).replace("%3", why)
        else:
            line = translate("Sync", "%1: %2").replace("%1", what).replace("%2", why)
        lines.append(line)
    more = len(refused) - len(lines)
    return "\n".join(lines + ([translate("Sync", "and %1 more").replace("%1", str(more))] if more > 0 else []))


def sync_text(state: SyncState | None) -> str:
    """Where a change made here stands with the hub; nothing once the hub has confirmed it."""
    if state is None or state.state == "confirmed":
        return ""
    return {
        "saved_here": translate("Sync", "Saved here, not sent yet"),
        "sent": translate("Sync", "Sent to the hub"),
        "refused": translate("Sync", "Refused by the hub: %1").replace("%1", refusal_text(state.refusal)),
    }[state.state]


def change_name(mutation: str) -> str:
    """A change made on a device, by the name of what the person did."""
    names = {
        "accept": translate("Sync", "accepting the customer"),
        "decline": translate("Sync", "declining the customer"),
        "meet": translate("Sync", "customer arrived"),
        "record_outcome": translate("Sync", "recording the outcome"),
        "callback_no_answer": translate("Sync", "call not answered"),
        "set_presence": translate("Sync", "presence"),
        "tag_customer": translate("Sync", "tagging the customer"),
        "refer": translate("Sync", "referral"),
        "cancel": translate("Sync", "cancelling the referral"),
        "book_callback": translate("Sync", "booking a callback"),
        "offer": translate("Sync", "offering to a wealth manager"),
        "escalate": translate("Sync", "moving unanswered offers on"),
        "set_response_time": translate("Sync", "the response time"),
        "allocate_exception": translate("Sync", "allocating shared credit"),
        "edit_standards": translate("Sync", "the referral standards"),
        "edit_credit_phases": translate("Sync", "the credit phases"),
        "close_month": translate("Sync", "closing the month's credit"),
        "set_coaching_days": translate("Sync", "the coaching period"),
        "set_retention_days": translate("Sync", "the retention period"),
        "purge_personal_data": translate("Sync", "purging customer data"),
        "lock_pin": translate("Sync", "locking a staff number after wrong PINs"),
    }
    return names.get(mutation, mutation)


def pin_locked_text(n: Notice, tz: ZoneInfo) -> str:
    """A colleague's staff number locked after wrong PINs: who, since when and until when."""
    until = datetime.fromisoformat(str(n.data.get("until", n.created_at.isoformat())))
    return (
        translate("Notice", "%1: %2 (%3) locked after 5 wrong PINs in a row, until %4")
        .replace("%1", clock_time(n.created_at, tz))
        .replace("%2", str(n.data.get("name", "")))
        .replace("%3", str(n.data.get("staff_no", "")))
        .replace("%4", clock_time(until, tz))
    )


def problem_text(p: Notice) -> str:
    """Something that went wrong with a customer, for the branch head's day and the evening meeting."""
    if p.kind == Kind.PIN_LOCKED:
        who = f"{p.data.get('name', '')} ({p.data.get('staff_no', '')})"
        return translate("Problem", "%1: locked after 5 wrong PINs in a row").replace("%1", who)
    customer = p.address_as or translate("Problem", "Customer")
    who = ("、" if chinese() else ", ").join(x for x in p.people if x)
    if p.kind == Kind.NO_ANSWER:
        return translate("Problem", "%1: the offer to %2 went unanswered").replace("%1", customer).replace("%2", who)
    return translate("Problem", "%1: everyone on duty declined (%2)").replace("%1", customer).replace("%2", who)


# ---- issue 20: the referrer's loop (what became of my customer, my credit, why not referred) ----


def credit_line_state_text(state: str, *, month_closed: bool = False) -> str:
    """Where one of my credit lines stands (services.my_credit.LineState)."""
    if state == "counted":
        return translate("MyCredit", "Counted · month closed") if month_closed else translate("MyCredit", "Counted")
    return {
        "disputed": translate("MyCredit", "Disputed — waiting for the branch head"),
        "shared": translate("MyCredit", "Shared — waiting for the branch head"),
        "allocated": translate("MyCredit", "Allocated by the branch head"),
    }.get(state, state)


def not_referred_options() -> list[dict[str, str]]:
    """Why an eligible customer is saved without a referral (domain.tags.NotReferred), as chips."""
    return [
        {"code": "customer_declined", "text": translate("NotReferred", "Customer declined")},
        {"code": "no_time", "text": translate("NotReferred", "No time now")},
        {"code": "already_with_wm", "text": translate("NotReferred", "Already has a wealth manager")},
        {"code": "other", "text": translate("NotReferred", "Other")},
    ]


def referrer_error_text(e: DomainError) -> str:
    """`error_text`, and the refusals of a dispute and of a callback from My referrals."""
    known = {
        "not_in_split": translate("Error", "Only the referrer or the seller may dispute this credit"),
        "already_exception": translate("Error", "This credit is already with the branch head"),
        "month_closed": translate("Error", "This month is closed: its credit stands"),
        "no_split": translate("Error", "This credit has not been split yet"),
        "not_referrer": translate("Error", "Only the referrer can do this"),
        "not_found": translate("Error", "No longer there; the list shows what is there now"),
    }
    return known.get(e.rule) or error_text(e)


def referrer_notice_text(n: Notice, *, products: dict[str, str], names: dict[int, str], tz: ZoneInfo) -> str:
    """A notice to the referrer: their customer bought (what, how much, from whom), a follow-up was booked
    (when, by whom), or everyone on duty declined them."""
    customer = n.address_as or translate("Notice", "Your customer")
    by = names.get(int(n.data.get("by", 0) or 0), "")
    sep = "、" if chinese() else ", "
    if n.kind == Kind.CONVERTED:
        sales = [(str(code), int(fen)) for code, fen in n.data.get("sales", [])]
        what = sep.join(f"{products.get(code, code)} {money(fen)}" for code, fen in sales)
        line = translate("Notice", "%1 bought %2").replace("%1", customer).replace("%2", what)
        return line + (f" · {by}" if by else "")
    if n.kind == Kind.FOLLOW_UP:
        at = datetime.fromisoformat(str(n.data.get("follow_up_at", n.created_at.isoformat())))
        return (
            translate("Notice", "%1: follow-up booked for %2 · %3")
            .replace("%1", customer)
            .replace("%2", f"{at.astimezone(tz):%m-%d} {clock_time(at, tz)}")
            .replace("%3", by)
        )
    who = sep.join(p for p in n.people if p)
    return (
        translate("Notice", "%1: everyone on duty declined (%2); the customer waits in the queue")
        .replace("%1", customer)
        .replace("%2", who)
    )


def share_text(part: int, whole: int) -> str:
    """A rate with the numbers it is made of: "4/5 (80%)", "4/5（80%）" in Chinese; "—" over nothing."""
    if whole <= 0:
        return "—"
    percent = f"{part / whole:.0%}"
    return f"{part}/{whole}（{percent}）" if chinese() else f"{part}/{whole} ({percent})"


class WaitLevel(StrEnum):
    """How a customer's wait reads on the desk: plain, long (past the response time) or too long
    (past twice the response time, or past `TOO_LONG` whatever the response time)."""

    FINE = ""
    LONG = "long"
    TOO_LONG = "too_long"


TOO_LONG = timedelta(minutes=15)


def wait_level(waited: timedelta, response_time: timedelta) -> WaitLevel:
    if waited >= min(2 * response_time, TOO_LONG):
        return WaitLevel.TOO_LONG
    if waited >= response_time:
        return WaitLevel.LONG
    return WaitLevel.FINE


def wait_level_text(level: WaitLevel) -> str:
    """The word beside a coloured wait, so colour is never the only signal."""
    return {
        WaitLevel.FINE: "",
        WaitLevel.LONG: translate("Desk", "long wait"),
        WaitLevel.TOO_LONG: translate("Desk", "waiting too long"),
    }[level]
