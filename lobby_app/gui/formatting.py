"""Numbers and times as a person reads them: ¥ with thousands separators (and 万 in Chinese), local hh:mm;
phones masked for everyone but the one who calls."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain.text import mask_phone

WAN_FEN = 1_000_000  # 1万 yuan in fen


def chinese() -> bool:
    """Whether the screens are in Chinese now (the translator sets the default locale)."""
    return QLocale().language() == QLocale.Language.Chinese


def _trim(value: Decimal) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def money(fen: int) -> str:
    """¥50,000 or ¥49,999.99; in Chinese, amounts from 1万 also in 万: ¥50,000（5万）."""
    yuan, cents = divmod(fen, 100)
    text = f"¥{yuan:,}" + (f".{cents:02d}" if cents else "")
    if chinese() and fen >= WAN_FEN:
        text += f"（{_trim(Decimal(fen) / WAN_FEN)}万）"
    return text


def short_money(fen: int) -> str:
    """Compact, for chips and lists: 5万 / 50k in English, whole yuan below that."""
    if fen >= WAN_FEN and chinese():
        return f"{_trim(Decimal(fen) / WAN_FEN)}万"
    if fen >= 100_000 and not chinese():
        return f"¥{_trim(Decimal(fen) / 100_000)}k"
    return f"¥{fen // 100:,}"


def clock_time(at: datetime, tz: ZoneInfo) -> str:
    return at.astimezone(tz).strftime("%H:%M")


def day_time(at: datetime, tz: ZoneInfo) -> str:
    """A moment as the branch reads it in a list: 12-02 15:04."""
    return f"{at.astimezone(tz):%m-%d} {clock_time(at, tz)}"


def wait_text(wait: timedelta | None) -> str:
    """An expected wait in whole minutes, rounded up: a customer would rather wait less than promised."""
    if wait is None:
        return QCoreApplication.translate("Wait", "no one on duty")
    minutes = -(-int(wait.total_seconds()) // 60)
    if minutes <= 0:
        return QCoreApplication.translate("Wait", "now")
    return QCoreApplication.translate("Wait", "about %1 min").replace("%1", str(minutes))


def minutes_seconds(seconds: float) -> str:
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.0%}"


def masked_phone(phone: str | None) -> str:
    """A customer's phone for anyone who does not make the call (139****8001, 0755-****5678); "" for none.
    Only the desk of the wealth manager who holds the customer or owns the call shows it whole."""
    return mask_phone(phone) if phone else ""
