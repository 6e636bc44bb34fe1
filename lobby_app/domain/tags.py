"""A customer tag: what a teller or lobby manager notes about a walk-in customer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .errors import ValidationError, one_of
from .money import check_amount_fen
from .roles import REFERRERS, Role
from .text import check_text, normalize_phone


class Purpose(StrEnum):
    DEPOSIT = "deposit"  # 存
    WITHDRAWAL = "withdrawal"  # 取
    TRANSFER = "transfer"  # 转
    REMITTANCE = "remittance"  # 汇
    OTHER = "other"  # other service


MONEY_PURPOSES = (Purpose.DEPOSIT, Purpose.WITHDRAWAL, Purpose.TRANSFER, Purpose.REMITTANCE)

ADDRESS_MAX = 20
TICKET_MAX = 12
NOT_REFERRED_TEXT_MAX = 200


class NotReferred(StrEnum):
    """Why an eligible customer was saved without a referral (the head's execution check)."""

    DECLINED = "customer_declined"
    NO_TIME = "no_time"
    WITH_WM = "already_with_wm"  # the customer already has a wealth manager
    OTHER = "other"  # in words


def check_not_referred(reason: object, text: object) -> tuple[str, str]:
    """("", "") when no reason is given; otherwise a known reason, and words for "other" (required)."""
    if reason in (None, ""):
        if text not in (None, ""):
            raise ValidationError("not_referred_reason", "required", "choose why the customer was not referred")
        return "", ""
    reason_ = one_of(NotReferred, reason, field="not_referred_reason")
    words = check_text(
        text, field="not_referred_text", max_len=NOT_REFERRED_TEXT_MAX, required=reason_ is NotReferred.OTHER
    )
    return str(reason_), words


@dataclass(frozen=True, slots=True)
class CustomerTag:
    purpose: Purpose
    amount_fen: int
    products: tuple[str, ...]
    six_month_flow_fen: int | None
    clear_intent: bool
    in_a_hurry: bool
    address_as: str
    phone: str | None
    phone_consent: bool
    ticket: str
    tagged_by: int
    tagged_by_role: Role
    tagged_at: datetime


def make_tag(
    *,
    purpose: object,
    amount_fen: object,
    products: object = (),
    six_month_flow_fen: object = None,
    clear_intent: bool = False,
    in_a_hurry: bool = False,
    address_as: object = "",
    phone: object = None,
    phone_consent: bool = False,
    ticket: object = "",
    tagged_by: int,
    tagged_by_role: Role,
    tagged_at: datetime,
    known_products: frozenset[str],
) -> CustomerTag:
    """Validate every field a person filled in; the first broken rule is raised."""
    purpose_ = one_of(Purpose, purpose, field="purpose")
    amount = check_amount_fen(amount_fen, field="amount_fen")
    flow = None if six_month_flow_fen is None else check_amount_fen(six_month_flow_fen, field="six_month_flow_fen")
    if isinstance(products, str) or not isinstance(products, (list, tuple, set, frozenset)):
        raise ValidationError("products", "not_a_list", "must be a list of product codes")
    product_codes: list[str] = []
    for code in products:
        if code not in known_products:
            raise ValidationError("products", "unknown_product", f"unknown product {code!r}", product=code)
        if code not in product_codes:
            product_codes.append(code)
    address = check_text(address_as, field="address_as", max_len=ADDRESS_MAX, required=False)
    ticket_ = check_text(ticket, field="ticket", max_len=TICKET_MAX, required=False)
    phone_ = check_phone_with_consent(phone, phone_consent)
    if tagged_by_role not in REFERRERS:
        raise ValidationError("tagged_by", "wrong_role", "only a teller, lobby manager or branch head may tag")
    if tagged_at.tzinfo is None:
        raise ValidationError("tagged_at", "naive_time", "must carry a time zone")
    return CustomerTag(
        purpose=purpose_,
        amount_fen=amount,
        products=tuple(product_codes),
        six_month_flow_fen=flow,
        clear_intent=bool(clear_intent),
        in_a_hurry=bool(in_a_hurry),
        address_as=address,
        phone=phone_,
        phone_consent=bool(phone_consent) and phone_ is not None,
        ticket=ticket_,
        tagged_by=tagged_by,
        tagged_by_role=tagged_by_role,
        tagged_at=tagged_at,
    )


def check_phone_with_consent(phone: object, consent: bool) -> str | None:
    """A phone is kept only with the customer's explicit consent (DOMAIN.md, privacy)."""
    if phone is None or (isinstance(phone, str) and not phone.strip()):
        return None
    if not isinstance(phone, str):
        raise ValidationError("phone", "not_text", "must be text")
    if not consent:
        raise ValidationError("phone", "no_consent", "may only be kept with the customer's consent")
    return normalize_phone(phone)
