"""Money is integer fen (1 CNY = 100 fen); never a float."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from .errors import ValidationError

FEN_PER_YUAN = 100
MAX_AMOUNT_FEN = 10**12  # ten billion yuan: anything above is a typo, not a customer


def yuan(amount: int | str) -> int:
    """Whole or decimal yuan written by a programmer (tests, defaults) → fen."""
    return parse_amount_fen(str(amount), field="amount")


def check_amount_fen(value: object, *, field: str, allow_zero: bool = True) -> int:
    """An amount already in fen: an int, not negative, not absurd."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "not_a_number", "must be a whole number of fen", value=value)
    if value < 0:
        raise ValidationError(field, "negative", "must not be negative", value=value)
    if value == 0 and not allow_zero:
        raise ValidationError(field, "not_positive", "must be more than zero", value=value)
    if value > MAX_AMOUNT_FEN:
        raise ValidationError(
            field, "too_large", f"must be at most {MAX_AMOUNT_FEN} fen", value=value, limit=MAX_AMOUNT_FEN
        )
    return value


def parse_amount_fen(text: str, *, field: str, allow_zero: bool = True) -> int:
    """Yuan as typed ("50000", "49,999.99", "5万") → fen, refusing anything that is not exact."""
    cleaned = text.strip().replace(",", "").replace("，", "").replace("¥", "").replace(" ", "")
    multiplier = 1
    if cleaned.endswith("万"):
        cleaned, multiplier = cleaned[:-1], 10_000
    if not cleaned:
        raise ValidationError(field, "required", "is required")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(field, "not_a_number", "must be a number", value=text) from None
    if not amount.is_finite():
        raise ValidationError(field, "not_a_number", "must be a number", value=text)
    fen = amount * multiplier * FEN_PER_YUAN
    if fen != fen.to_integral_value():
        raise ValidationError(field, "too_precise", "has more than two decimal places", value=text)
    return check_amount_fen(int(fen), field=field, allow_zero=allow_zero)


# Bands a wealth manager sees on an incoming card: enough to prepare, without the exact figure.
AMOUNT_BANDS_FEN = (0, 50_000_00, 200_000_00, 1_000_000_00)


def amount_band(fen: int) -> tuple[int, int | None]:
    """(lower, upper) in fen of the band holding `fen`; the top band has no upper bound."""
    lower = max(b for b in AMOUNT_BANDS_FEN if b <= fen)
    upper = next((b for b in AMOUNT_BANDS_FEN if b > fen), None)
    return lower, upper
