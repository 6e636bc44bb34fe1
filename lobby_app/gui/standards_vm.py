"""The branch head's referral standards (转介标准): the version in force and every version before and after
it (who saved what, when, and what changed), a draft to edit, a preview of the draft against the last
week's customers, and saving the draft as a new version effective from a chosen time.

Typed values are kept as typed until saved, so a refused value stays on screen with the reason under
it; nothing is written until the services accept the whole draft."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain.errors import DomainError, PermissionDenied, ValidationError
from ..domain.money import parse_amount_fen
from ..domain.roles import Actor, Role
from ..domain.standards import (
    FIXED_SIMPLE,
    CustomRule,
    Field,
    Op,
    Product,
    ProductKind,
    Standards,
    standards_from_dict,
)
from ..domain.tags import MONEY_PURPOSES, Purpose
from ..services.bus import ChangeBus
from ..services.context import Changed, Changes, Ctx
from ..services.rules import SavedVersion, current_standards, edit_standards, saved_versions
from ..services.standards_preview import Preview, preview_standards
from .formatting import chinese, money
from .list_model import RowsModel
from .ops import run_op
from .session_vm import SessionViewModel
from .standards_wording import (
    amount_or_none,
    amount_text,
    change_summary,
    field_name,
    kind_name,
    op_name,
    yes_no,
)
from .wording import error_text, product_name, purpose_name

translate = QCoreApplication.translate  # the name lupdate looks for

TIME_FORMAT = "%Y-%m-%d %H:%M"  # what the head types and reads: branch-local time
KINDS = (ProductKind.FEATURED, ProductKind.SIMPLE, ProductKind.OTHER)
RULE_FIELDS = (Field.AMOUNT, Field.FLOW, Field.PURPOSE, Field.PRODUCT, Field.CLEAR_INTENT, Field.IN_A_HURRY)
# The comparisons offered for each field, in reading order; the domain refuses any other anyway.
_AMOUNT_OPS = (Op.GE, Op.GT, Op.LE, Op.LT, Op.EQ)
RULE_OPS: dict[Field, tuple[Op, ...]] = {
    Field.AMOUNT: _AMOUNT_OPS,
    Field.FLOW: _AMOUNT_OPS,
    Field.PURPOSE: (Op.EQ, Op.NE),
    Field.PRODUCT: (Op.HAS,),
    Field.CLEAR_INTENT: (Op.EQ,),
    Field.IN_A_HURRY: (Op.EQ,),
}
VALUE_KINDS = {
    Field.AMOUNT: "amount",
    Field.FLOW: "amount",
    Field.PURPOSE: "purpose",
    Field.PRODUCT: "product",
    Field.CLEAR_INTENT: "bool",
    Field.IN_A_HURRY: "bool",
}
TOMORROW_AT = 8  # the "tomorrow 08:00" preset: before the doors open


@dataclass(slots=True)
class DraftRule:
    key: str  # stable while the draft lives: the list model keeps the row's delegate, and its focus
    code: str  # the rule's code in the standards
    label_zh: str
    label_en: str
    field: Field
    op: Op
    value: str  # as typed (amounts) or chosen (a purpose or product code, "true"/"false")


def _draft_rule(key: str, rule: CustomRule) -> DraftRule:
    if rule.field in (Field.AMOUNT, Field.FLOW) and isinstance(rule.value, int):
        value = amount_text(rule.value)
    elif isinstance(rule.value, bool):
        value = "true" if rule.value else "false"
    else:
        value = str(rule.value)
    return DraftRule(key, rule.code, rule.label_zh, rule.label_en, rule.field, rule.op, value)


def _default_value(field: Field, products: tuple[Product, ...]) -> str:
    kind = VALUE_KINDS[field]
    if kind == "purpose":
        return str(MONEY_PURPOSES[0])
    if kind == "product":
        featured = [p.code for p in products if p.kind is ProductKind.FEATURED]
        others = [p.code for p in products if p.kind is not ProductKind.SIMPLE]
        return (featured or others or [""])[0]
    if kind == "bool":
        return "true"
    return ""


class StandardsViewModel(QObject):
    changed = Signal()  # any value of the draft, the history or the messages
    choicesChanged = Signal()  # the fixed lists (kinds, fields, comparisons): language or products changed

    def __init__(self, ctx: Ctx, session: SessionViewModel, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session = session
        self._bus = bus
        self._actor: Actor | None = None
        self._versions: list[SavedVersion] = []
        self._in_force = 0
        self._version_rows = RowsModel(
            (
                "version",
                "title",
                "effectiveText",
                "byText",
                "note",
                "summary",
                "statusText",
                "inForce",
                "scheduled",
            ),
            "version",
            self,
        )
        self._threshold_rows = RowsModel(("purpose", "label", "text", "display", "was", "error"), "purpose", self)
        self._product_rows = RowsModel(
            ("code", "name", "kind", "kindIndex", "fixed", "was", "error", "creditText", "creditWas", "creditError"),
            "code",
            self,
        )
        self._rule_rows = RowsModel(
            (
                "key",
                "labelZh",
                "labelEn",
                "field",
                "fieldIndex",
                "op",
                "opIndex",
                "valueKind",
                "valueText",
                "valueIndex",
                "error",
            ),
            "key",
            self,
        )
        self._base: Standards | None = None  # the version the draft started from
        self._thresholds: dict[Purpose, str] = {}
        self._flow = ""
        self._kinds: dict[str, ProductKind] = {}
        self._credit: dict[str, str] = {}  # each product's credit percent as typed
        self._rules: list[DraftRule] = []
        self._next_key = 0
        self._effective = ""  # empty: from the moment it is saved
        self._note = ""
        self._dirty = False
        self._errors: dict[str, DomainError] = {}  # by the field the domain names
        self._preview: Preview | None = None
        # ("saved", version number) · ("refused", error) · ("preview_refused", error) · ("", None)
        self._status: tuple[str, Any] = ("", None)
        session.changed.connect(self._follow_session)

    # -- who is signed in ----------------------------------------------------------------------

    def _get_active(self) -> bool:
        actor = self._session.actor
        return actor is not None and actor.role is Role.BRANCH_HEAD

    def _follow_session(self) -> None:
        """A new person starts from the standards in force; locking and unlocking keep the draft."""
        actor = self._session.actor
        if actor == self._actor:
            return
        self._actor = actor
        if actor is None:
            self._versions, self._base = [], None
            self._status, self._preview, self._errors = ("", None), None, {}
            self._show()
            return
        self.refresh()
        self._start_from(None)

    def on_changes(self, change: Changes) -> None:
        # The clock can bring a scheduled version into force; another device may have saved one.
        if self.active and (Changed.STANDARDS | Changed.CLOCK) in change:
            self.refresh()
            if Changed.STANDARDS in change and not self._dirty:
                self._start_from(None, keep_status=True)

    def retranslate(self) -> None:
        self._show()
        self.choicesChanged.emit()

    def refresh(self) -> None:
        self._versions = saved_versions(self._ctx)
        self._in_force = current_standards(self._ctx).version
        self._show()

    # -- the draft -----------------------------------------------------------------------------

    def _version(self, number: int) -> SavedVersion | None:
        return next((v for v in self._versions if v.version == number), None)

    def _start_from(self, number: int | None, *, keep_status: bool = False) -> None:
        """The draft becomes a copy of version `number` (None: the one in force now)."""
        saved = self._version(number if number is not None else self._in_force)
        base = saved.standards if saved is not None else current_standards(self._ctx)
        self._base = base
        self._thresholds = {
            p: amount_text(base.large_transaction_fen[p]) if p in base.large_transaction_fen else ""
            for p in MONEY_PURPOSES
        }
        self._flow = amount_text(base.high_flow_fen)
        self._kinds = {p.code: p.kind for p in base.products}
        self._credit = {p.code: str(p.credit_percent) for p in base.products}
        self._rules = [_draft_rule(self._new_key(), rule) for rule in base.custom_rules]
        self._effective, self._note, self._dirty = "", "", False
        self._errors, self._preview = {}, None
        if not keep_status:
            self._status = ("", None)
        self.choicesChanged.emit()  # the product list may differ from the last base
        self._show()

    def _new_key(self) -> str:
        self._next_key += 1
        return f"r{self._next_key}"

    def _products(self) -> tuple[Product, ...]:
        base = self._base.products if self._base else ()
        return tuple(replace(p, kind=self._kinds.get(p.code, p.kind)) for p in base)

    def _rule_code(self) -> str:
        used = {r.code for r in self._rules}
        n = 1
        while f"rule_{n}" in used:
            n += 1
        return f"rule_{n}"

    def _typed(self) -> tuple[dict[str, Any], dict[str, DomainError]]:
        """The draft as edit_standards takes it, and every typed value that cannot be read."""
        errors: dict[str, DomainError] = {}

        def amount(text: str, field: str, *, allow_zero: bool) -> int | None:
            try:
                return parse_amount_fen(text, field=field, allow_zero=allow_zero)
            except DomainError as e:
                errors[field] = e
                return None

        thresholds = {
            str(p): amount(text, f"large_transaction_fen.{p}", allow_zero=False) for p, text in self._thresholds.items()
        }
        flow = amount(self._flow, "high_flow_fen", allow_zero=False)

        def percent(code: str, field: str) -> int | None:
            text = self._credit.get(code, "100").strip().rstrip("%").strip()
            try:
                return int(text)
            except ValueError:
                errors[field] = ValidationError(field, "not_a_number", "must be a whole number of percent")
                return None

        rules: list[dict[str, Any]] = []
        for i, r in enumerate(self._rules):
            kind = VALUE_KINDS[r.field]
            value: Any = r.value
            if kind == "amount":
                value = amount(r.value, f"custom_rules[{i}].value", allow_zero=True)
            elif kind == "bool":
                value = r.value == "true"
            # One label serves both languages when only one is typed: the rule reads the same to everyone.
            label_zh = r.label_zh.strip() or r.label_en.strip()
            label_en = r.label_en.strip() or r.label_zh.strip()
            rules.append(
                {
                    "code": r.code,
                    "label_zh": label_zh,
                    "label_en": label_en,
                    "field": str(r.field),
                    "op": str(r.op),
                    "value": value,
                }
            )
        data = {
            "large_transaction_fen": thresholds,
            "high_flow_fen": flow,
            "products": [
                {
                    "code": p.code,
                    "name_zh": p.name_zh,
                    "name_en": p.name_en,
                    "kind": str(p.kind),
                    "credit_percent": percent(p.code, f"products[{i}].credit_percent"),
                }
                for i, p in enumerate(self._products())
            ],
            "custom_rules": rules,
        }
        return data, errors

    def _effective_from(self) -> datetime | None:
        """The typed branch-local time as UTC; None for "from the moment it is saved"."""
        text = self._effective.strip()
        if not text:
            return None
        normal = text.replace("/", "-").replace("：", ":").replace("T", " ")
        try:
            local = datetime.strptime(normal, TIME_FORMAT)
        except ValueError:
            raise ValidationError("effective_from", "bad_datetime", "must be a time like YYYY-MM-DD HH:MM") from None
        return local.replace(tzinfo=self._ctx.tz).astimezone(UTC)

    def _check(self, *, with_time: bool) -> tuple[dict[str, Any] | None, datetime | None]:
        """Every field checked at once, so the head sees every refusal in one go; the data when all pass."""
        data, errors = self._typed()
        when = None
        if with_time:
            try:
                when = self._effective_from()
            except DomainError as e:
                errors[e.field] = e
        try:
            standards_from_dict(_with_stand_ins(data), version=0)
        except DomainError as e:
            errors.setdefault(e.field, e)
        self._errors = errors
        return (None if errors else data), when

    def _edited(self, *fields: str, check: bool = True) -> None:
        """Fields changed: their own refusals are checked again; the preview and the last message go stale."""
        self._dirty = True
        self._preview, self._status = None, ("", None)
        self._errors = {k: e for k, e in self._errors.items() if not any(_under(k, f) for f in fields)}
        if check:
            data, errors = self._typed()
            if "effective_from" in fields:
                try:
                    self._effective_from()
                except DomainError as e:
                    errors[e.field] = e
            self._errors.update({k: e for k, e in errors.items() if any(_under(k, f) for f in fields)})
            if not errors:  # what the rules refuse shows at once, wherever it is (a product made simple
                try:  # that a rule tests: under the rule)
                    standards_from_dict(_with_stand_ins(data), version=0)
                except DomainError as e:
                    self._errors.setdefault(e.field, e)
        self._show()

    def _draft_standards(self) -> Standards | None:
        data, errors = self._typed()
        if errors:
            return None
        try:
            return standards_from_dict(data, version=0)
        except DomainError:
            return None

    # -- what the screen shows -----------------------------------------------------------------

    def _local(self, at: datetime) -> str:
        return at.astimezone(self._ctx.tz).strftime(TIME_FORMAT)

    def _show(self) -> None:
        """Every row and text again from the state: the models signal only the rows that changed."""
        self._version_rows.set_rows(self._versions_shown())
        self._threshold_rows.set_rows(self._thresholds_shown())
        self._product_rows.set_rows(self._products_shown())
        self._rule_rows.set_rows(self._rules_shown())
        self.changed.emit()

    def _versions_shown(self) -> list[dict[str, Any]]:
        now = self._ctx.now()
        rows: list[dict[str, Any]] = []
        for v in reversed(self._versions):
            before = self._version(v.version - 1)
            scheduled = v.effective_from > now
            in_force = v.version == self._in_force
            # The seed version is the defaults of DOMAIN.md: its stored note says only that.
            note = "" if v.created_by is None and v.note == "defaults" else v.note
            rows.append(
                {
                    "version": v.version,
                    "title": translate("Standards", "Version %1").replace("%1", str(v.version)),
                    "effectiveText": translate("Standards", "From %1").replace("%1", self._local(v.effective_from)),
                    "byText": (
                        translate("Standards", "Saved by %1, %2")
                        .replace("%1", v.created_by)
                        .replace("%2", self._local(v.created_at))
                        if v.created_by is not None
                        else translate("Standards", "The defaults of a new branch, set up %1").replace(
                            "%1", self._local(v.created_at)
                        )
                    ),
                    "note": note,
                    "summary": change_summary(before.standards if before else None, v.standards),
                    "statusText": (
                        translate("Standards", "In force")
                        if in_force
                        else translate("Standards", "Scheduled")
                        if scheduled
                        else ""
                    ),
                    "inForce": in_force,
                    "scheduled": scheduled,
                }
            )
        return rows

    def _thresholds_shown(self) -> list[dict[str, Any]]:
        base = self._base
        return [
            {
                "purpose": str(p),
                "label": purpose_name(p),
                "text": text,
                "display": self._display(text),
                "was": self._was(text, base.large_transaction_fen.get(p) if base else None),
                "error": self._error_at(f"large_transaction_fen.{p}"),
            }
            for p, text in self._thresholds.items()
        ]

    def _products_shown(self) -> list[dict[str, Any]]:
        base_kinds = {p.code: p.kind for p in self._base.products} if self._base else {}
        base_credit = {p.code: p.credit_percent for p in self._base.products} if self._base else {}
        return [
            {
                "code": p.code,
                "name": product_name(p),
                "kind": str(p.kind),
                "kindIndex": KINDS.index(p.kind),
                "fixed": p.code in FIXED_SIMPLE,  # 网银, 手机银行, 短信通知: simple, whatever the branch chooses
                "was": (
                    translate("Standards", "was %1").replace("%1", kind_name(base_kinds[p.code]))
                    if base_kinds.get(p.code, p.kind) is not p.kind
                    else ""
                ),
                "error": self._errors_under(f"products[{i}]", but=f"products[{i}].credit_percent"),
                "creditText": self._credit.get(p.code, ""),
                "creditWas": self._credit_was(self._credit.get(p.code, ""), base_credit.get(p.code)),
                "creditError": self._error_at(f"products[{i}].credit_percent"),
            }
            for i, p in enumerate(self._products())
        ]

    def _credit_was(self, text: str, before: int | None) -> str:
        try:
            now = int(text.strip().rstrip("%").strip())
        except ValueError:
            return ""  # the refusal under the field says enough
        if before is None or now == before:
            return ""
        return translate("Standards", "credit weight was %1%").replace("%1", str(before))

    def _rules_shown(self) -> list[dict[str, Any]]:
        choices = self._value_choices(self._products())
        rule_rows = []
        for i, r in enumerate(self._rules):
            kind = VALUE_KINDS[r.field]
            values = [c["code"] for c in choices.get(kind, [])]
            rule_rows.append(
                {
                    "key": r.key,
                    "labelZh": r.label_zh,
                    "labelEn": r.label_en,
                    "field": str(r.field),
                    "fieldIndex": RULE_FIELDS.index(r.field),
                    "op": str(r.op),
                    "opIndex": RULE_OPS[r.field].index(r.op) if r.op in RULE_OPS[r.field] else -1,
                    "valueKind": kind,
                    "valueText": r.value,
                    "valueIndex": values.index(r.value) if r.value in values else -1,
                    "error": self._errors_under(f"custom_rules[{i}]"),
                }
            )
        return rule_rows

    def _display(self, text: str) -> str:
        try:
            return money(parse_amount_fen(text, field="amount")) if text.strip() else ""
        except DomainError:
            return ""

    def _was(self, text: str, before: int | None) -> str:
        try:
            now = parse_amount_fen(text, field="amount")
        except DomainError:
            return ""  # the refusal under the field says enough
        if now == before:
            return ""
        return translate("Standards", "was %1").replace("%1", amount_or_none(before))

    def _error_text(self, e: DomainError) -> str:
        if isinstance(e, PermissionDenied):
            return translate("Standards", "Only the branch head may change the referral standards")
        if e.rule == "bad_datetime":
            return translate("Standards", "A time like %1").replace("%1", self._tomorrow_text())
        if e.rule == "in_the_past":
            return translate("Standards", "Must not be in the past: choose now or a later time")
        if e.field.endswith(".credit_percent"):
            if e.rule == "not_a_number":
                return translate("Standards", "A whole number of percent, from 0 to 100")
            if e.rule == "out_of_range":
                return translate("Standards", "From 0 to 100")
        return error_text(e)

    def _error_at(self, field: str) -> str:
        e = self._errors.get(field)
        return self._error_text(e) if e else ""

    def _errors_under(self, prefix: str, *, but: str = "") -> str:
        """Every refusal inside one product or rule, each named by its part (`but`: one shown elsewhere)."""
        parts = [
            translate("Standards", "%1: %2")
            .replace("%1", _part_name(k[len(prefix) + 1 :]))
            .replace("%2", self._error_text(e))
            if k != prefix
            else self._error_text(e)
            for k, e in self._errors.items()
            if _under(k, prefix) and not (but and _under(k, but))
        ]
        return "\n".join(parts)

    def _place_name(self, field: str) -> str:
        """Where a refusal is, for the one-line status beside the Save button."""
        for p in MONEY_PURPOSES:
            if field == f"large_transaction_fen.{p}":
                return translate("Standards", "%1 threshold").replace("%1", purpose_name(p))
        if field == "high_flow_fen":
            return translate("Standards", "Six-month flow threshold")
        if field == "effective_from":
            return translate("Standards", "Takes effect")
        if field == "note":
            return translate("Standards", "Note")
        if field.startswith("custom_rules["):
            number, _, part = field[len("custom_rules[") :].partition("]")
            rule = translate("Standards", "Rule %1").replace("%1", str(int(number) + 1))
            return f"{rule} · {_part_name(part[1:])}" if part.startswith(".") else rule
        if field.startswith("products["):
            number = int(field[len("products[") :].split("]")[0])
            products = self._products()
            name = product_name(products[number]) if number < len(products) else field
            if field.endswith(".credit_percent"):
                return f"{name} · {_part_name('credit_percent')}"
            return name
        return ""

    def _tomorrow(self) -> datetime:
        local = self._ctx.now().astimezone(self._ctx.tz) + timedelta(days=1)
        return local.replace(hour=TOMORROW_AT, minute=0, second=0, microsecond=0)

    def _tomorrow_text(self) -> str:
        return self._tomorrow().strftime(TIME_FORMAT)

    def _value_choices(self, products: tuple[Product, ...]) -> dict[str, list[dict[str, str]]]:
        return {
            "purpose": [{"code": str(p), "name": purpose_name(p)} for p in Purpose],
            # A rule may test only a product that can be a ground: never a simple one.
            "product": [
                {"code": p.code, "name": product_name(p)} for p in products if p.kind is not ProductKind.SIMPLE
            ],
            "bool": [{"code": "true", "name": yes_no(True)}, {"code": "false", "name": yes_no(False)}],
        }

    def _get_in_force_text(self) -> str:
        v = self._version(self._in_force)
        if v is None:
            return ""
        return (
            translate("Standards", "Version %1, in force since %2")
            .replace("%1", str(v.version))
            .replace("%2", self._local(v.effective_from))
        )

    def _get_scheduled_text(self) -> str:
        now = self._ctx.now()
        later = [v for v in self._versions if v.effective_from > now]
        return ("；" if chinese() else "; ").join(
            translate("Standards", "Version %1 takes effect %2")
            .replace("%1", str(v.version))
            .replace("%2", self._local(v.effective_from))
            for v in later
        )

    def _get_draft_base_text(self) -> str:
        if self._base is None:
            return ""
        return translate("Standards", "A new version, starting from version %1").replace("%1", str(self._base.version))

    def _get_schedule_warning(self) -> str:
        """A version scheduled after the chosen time replaces the draft's version when its time comes:
        newer effective times win (services.rules.standards_at), so say so before saving."""
        if not self._dirty:
            return ""
        try:
            chosen = self._effective_from() or self._ctx.now()
        except DomainError:
            return ""
        later = sorted((v for v in self._versions if v.effective_from > chosen), key=lambda v: v.effective_from)
        if not later:
            return ""
        return (
            translate("Standards", "Version %1 is scheduled for %2 and will replace this version then")
            .replace("%1", str(later[0].version))
            .replace("%2", self._local(later[0].effective_from))
        )

    def _get_draft_summary(self) -> str:
        if not self._dirty or self._base is None:
            return translate("Standards", "No changes yet")
        draft = self._draft_standards()
        if draft is None:
            return translate("Standards", "Correct the marked fields")
        return translate("Standards", "Changes: %1").replace("%1", change_summary(self._base, draft))

    def _get_preview_text(self) -> str:
        p = self._preview
        if p is None:
            return ""
        if p.customers == 0:
            return translate("Standards", "No customers were tagged in the last %1 days: nothing to compare").replace(
                "%1", str(p.days)
            )
        return (
            translate(
                "Standards", "With this change, %1 more of the last %3 days' %2 customers would have been eligible"
            )
            .replace("%1", str(p.newly_eligible))
            .replace("%2", str(p.customers))
            .replace("%3", str(p.days))
        )

    def _get_preview_detail(self) -> str:
        p = self._preview
        if p is None or p.customers == 0:
            return ""
        text = (
            translate("Standards", "Eligible: %1 under the standards of the day, %2 with this change")
            .replace("%1", str(p.eligible_then))
            .replace("%2", str(p.eligible_now))
        )
        if p.no_longer_eligible:
            text += ("；" if chinese() else "; ") + translate(
                "Standards", "%1 who were eligible would no longer be"
            ).replace("%1", str(p.no_longer_eligible))
        return text

    def _get_status_text(self) -> str:
        kind, what = self._status
        if kind == "saved":
            v = self._version(what)
            when = self._local(v.effective_from) if v else ""
            return (
                translate("Standards", "Saved as version %1, in force from %2")
                .replace("%1", str(what))
                .replace("%2", when)
            )
        if kind in ("refused", "preview_refused") and isinstance(what, DomainError):
            where = self._place_name(what.field)
            text = self._error_text(what)
            if where:
                text = translate("Standards", "%1: %2").replace("%1", where).replace("%2", text)
            if kind == "refused":
                return translate("Standards", "Not saved. %1").replace("%1", text)
            return translate("Standards", "No preview. %1").replace("%1", text)
        return ""

    def _get_errors(self) -> dict[str, str]:
        return {k: self._error_text(e) for k, e in self._errors.items()}

    versions = Property(QObject, lambda self: self._version_rows, constant=True)
    thresholds = Property(QObject, lambda self: self._threshold_rows, constant=True)
    products = Property(QObject, lambda self: self._product_rows, constant=True)
    rules = Property(QObject, lambda self: self._rule_rows, constant=True)
    versionCount = Property(int, lambda self: len(self._versions), notify=changed)
    inForceVersion = Property(int, lambda self: self._in_force, notify=changed)
    inForceText = Property(str, _get_in_force_text, notify=changed)
    scheduledText = Property(str, _get_scheduled_text, notify=changed)
    draftBaseText = Property(str, _get_draft_base_text, notify=changed)
    draftSummary = Property(str, _get_draft_summary, notify=changed)
    draftVersion = Property(int, lambda self: self._base.version if self._base else 0, notify=changed)
    scheduleWarning = Property(str, _get_schedule_warning, notify=changed)
    highFlowText = Property(str, lambda self: self._flow, notify=changed)
    highFlowDisplay = Property(str, lambda self: self._display(self._flow), notify=changed)
    highFlowWas = Property(
        str, lambda self: self._was(self._flow, self._base.high_flow_fen if self._base else None), notify=changed
    )
    effectiveText = Property(str, lambda self: self._effective, notify=changed)
    tomorrowText = Property(str, _tomorrow_text, notify=changed)
    note = Property(str, lambda self: self._note, notify=changed)
    dirty = Property(bool, lambda self: self._dirty, notify=changed)
    errors = Property("QVariantMap", _get_errors, notify=changed)
    previewText = Property(str, _get_preview_text, notify=changed)
    previewDetail = Property(str, _get_preview_detail, notify=changed)
    statusText = Property(str, _get_status_text, notify=changed)
    statusOk = Property(bool, lambda self: self._status[0] == "saved", notify=changed)
    active = Property(bool, _get_active, notify=changed)

    kindChoices = Property(
        "QVariantList", lambda self: [{"code": str(k), "name": kind_name(k)} for k in KINDS], notify=choicesChanged
    )
    fieldChoices = Property(
        "QVariantList",
        lambda self: [{"code": str(f), "name": field_name(f)} for f in RULE_FIELDS],
        notify=choicesChanged,
    )
    opChoices = Property(
        "QVariantMap",
        lambda self: {str(f): [{"code": str(o), "name": op_name(f, o)} for o in ops] for f, ops in RULE_OPS.items()},
        notify=choicesChanged,
    )
    valueChoices = Property("QVariantMap", lambda self: self._value_choices(self._products()), notify=choicesChanged)

    # -- slots: the draft ----------------------------------------------------------------------

    @Slot(str, str)
    def setThreshold(self, purpose: str, text: str) -> None:
        try:
            p = Purpose(purpose)
        except ValueError:
            return
        if p in self._thresholds and text != self._thresholds[p]:
            self._thresholds[p] = text
            self._edited(f"large_transaction_fen.{p}")

    @Slot(str)
    def setHighFlow(self, text: str) -> None:
        if text != self._flow:
            self._flow = text
            self._edited("high_flow_fen")

    @Slot(str, str)
    def setProductKind(self, code: str, kind: str) -> None:
        try:
            k = ProductKind(kind)
        except ValueError:
            return
        if code in self._kinds and self._kinds[code] is not k:
            self._kinds[code] = k
            self.choicesChanged.emit()  # the default product of a new rule follows the featured list
            self._edited("products")

    @Slot(str, str)
    def setProductCredit(self, code: str, text: str) -> None:
        """The part of a sale of the product that counts as performance, in percent (0 to 100)."""
        if code in self._credit and text != self._credit[code]:
            self._credit[code] = text
            index = next(i for i, p in enumerate(self._products()) if p.code == code)
            self._edited(f"products[{index}].credit_percent")

    @Slot()
    def addRule(self) -> None:
        field = Field.AMOUNT
        rule = DraftRule(self._new_key(), self._rule_code(), "", "", field, RULE_OPS[field][0], "")
        self._rules.append(rule)
        # A new rule starts blank: no refusal until the head fills it in or saves.
        self._edited(f"custom_rules[{len(self._rules) - 1}]", check=False)

    @Slot(str)
    def removeRule(self, key: str) -> None:
        if self._rule(key) is None:
            return
        self._rules = [r for r in self._rules if r.key != key]
        self._edited("custom_rules", check=False)  # the rules' places moved: their refusals are stale

    def _rule(self, key: str) -> tuple[int, DraftRule] | None:
        return next(((i, r) for i, r in enumerate(self._rules) if r.key == key), None)

    @Slot(str, str)
    def setRuleLabelZh(self, key: str, text: str) -> None:
        if (found := self._rule(key)) and found[1].label_zh != text:
            found[1].label_zh = text
            i = found[0]
            self._edited(f"custom_rules[{i}].label_zh", f"custom_rules[{i}].label_en")  # one label may serve both

    @Slot(str, str)
    def setRuleLabelEn(self, key: str, text: str) -> None:
        if (found := self._rule(key)) and found[1].label_en != text:
            found[1].label_en = text
            i = found[0]
            self._edited(f"custom_rules[{i}].label_en", f"custom_rules[{i}].label_zh")

    @Slot(str, str)
    def setRuleField(self, key: str, field: str) -> None:
        try:
            f = Field(field)
        except ValueError:
            return
        if (found := self._rule(key)) and found[1].field is not f:
            i, rule = found
            # Another field compares differently and takes another kind of value: start both afresh.
            rule.field, rule.op, rule.value = f, RULE_OPS[f][0], _default_value(f, self._products())
            self._edited(f"custom_rules[{i}]")

    @Slot(str, str)
    def setRuleOp(self, key: str, op: str) -> None:
        try:
            o = Op(op)
        except ValueError:
            return
        if (found := self._rule(key)) and found[1].op is not o:
            found[1].op = o
            self._edited(f"custom_rules[{found[0]}].op")

    @Slot(str, str)
    def setRuleValue(self, key: str, value: str) -> None:
        if (found := self._rule(key)) and found[1].value != value:
            found[1].value = value
            self._edited(f"custom_rules[{found[0]}].value")

    @Slot(str)
    def setEffectiveFrom(self, text: str) -> None:
        if text != self._effective:
            self._effective = text
            self._edited("effective_from")

    @Slot()
    def effectiveNow(self) -> None:
        self.setEffectiveFrom("")

    @Slot()
    def effectiveTomorrow(self) -> None:
        self.setEffectiveFrom(self._tomorrow_text())

    @Slot(str)
    def setNote(self, text: str) -> None:
        if text != self._note:
            self._note = text
            self._edited("note")

    @Slot()
    def discard(self) -> None:
        """Back to the version in force: the draft's edits are dropped."""
        self._start_from(None)

    @Slot(int)
    def startFrom(self, version: int) -> None:
        """Edit from an earlier or a scheduled version, e.g. to go back to what worked last month."""
        if self._version(version) is not None:
            self._start_from(version)

    # -- slots: preview and save ---------------------------------------------------------------

    @Slot()
    def preview(self) -> None:
        """How the last week's customers would have been judged under the draft."""
        data, _ = self._check(with_time=False)  # when it takes effect does not change the preview
        self._preview, self._status = None, ("", None)
        if data is not None:
            try:
                self._preview = preview_standards(self._ctx, data)
            except DomainError as e:
                self._errors[e.field] = e
        if self._errors:
            self._status = ("preview_refused", next(iter(self._errors.values())))
        self._show()

    @Slot(result=bool)
    def save(self) -> bool:
        """The draft becomes a new version from the chosen time; on a refusal nothing is saved."""
        actor = self._session.actor
        if actor is None:
            return False
        data, when = self._check(with_time=True)
        self._preview = None
        if data is None:
            self._status = ("refused", next(iter(self._errors.values())))
            self._show()
            return False

        def refused(e: DomainError) -> None:
            self._errors[e.field] = e
            self._status = ("refused", e)
            self._show()

        note = self._note
        changes = run_op(
            self._bus,
            self._session,
            lambda a: edit_standards(self._ctx, a, data=data, effective_from=when, note=note),
            refused,
        )
        if changes is None:
            return False
        self._start_from(None)
        self._status = ("saved", int(changes.id or 0))
        self._show()
        return True


def _with_stand_ins(data: dict[str, Any]) -> dict[str, Any]:
    """The draft with a valid stand-in for each amount that could not be read (and is already refused),
    so the domain still checks everything else and the head sees those refusals in the same go."""
    rules = [{**r, "value": 0} if r["value"] is None else r for r in data["custom_rules"]]
    products = [{**p, "credit_percent": 100} if p["credit_percent"] is None else p for p in data["products"]]
    return {
        **data,
        "products": products,
        "large_transaction_fen": {p: 1 if v is None else v for p, v in data["large_transaction_fen"].items()},
        "high_flow_fen": 1 if data["high_flow_fen"] is None else data["high_flow_fen"],
        "custom_rules": rules,
    }


def _under(key: str, field: str) -> bool:
    """Whether the refusal at `key` belongs to `field` or one of its parts."""
    return key == field or key.startswith(field + ".") or key.startswith(field + "[")


def _part_name(part: str) -> str:
    return {
        "label_zh": translate("Standards", "Name in Chinese"),
        "label_en": translate("Standards", "Name in English"),
        "field": translate("Standards", "Field"),
        "op": translate("Standards", "Comparison"),
        "value": translate("Standards", "Value"),
        "code": translate("Standards", "Code"),
        "kind": translate("Standards", "Kind"),
        "credit_percent": translate("Standards", "Credit weight"),
    }.get(part, part)
