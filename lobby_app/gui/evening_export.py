"""The evening meeting (夕会) on paper: a PDF (Qt's own PDF writer) and a CSV, in the screen's language.

The CSV is one figure per row (section, who, figure, value), so a spreadsheet or a script reads it
back without knowing the layout; money is in yuan with two decimals, times in seconds.
"""

from __future__ import annotations

import csv
import html
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..domain.tags import NotReferred
from ..services.evening import Evening
from .formatting import clock_time, masked_phone, minutes_seconds, money, rate_text
from .wording import problem_text, purpose_name

translate = QCoreApplication.translate  # the name lupdate looks for


def not_referred_text(reason: str, text: str) -> str:
    """Why an eligible customer was not referred, as the referrer said; the words themselves for "other"."""
    if not reason:
        return translate("Evening", "No reason given")
    if reason == NotReferred.OTHER:
        return text
    return {
        NotReferred.DECLINED: translate("Evening", "Customer declined the referral"),
        NotReferred.NO_TIME: translate("Evening", "No time to refer"),
        NotReferred.WITH_WM: translate("Evening", "Customer already has a wealth manager"),
    }.get(NotReferred(reason), reason)


def _seconds(d: timedelta | None) -> str:
    return "" if d is None else str(round(d.total_seconds()))


def heading(tag: str, text: str) -> str:
    return f"<{tag}>{html.escape(text)}</{tag}>"


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def csv_rows(e: Evening) -> list[list[str]]:
    r = e.report
    rows = [[translate("Evening", "Section"), translate("Evening", "Who"), translate("Evening", "Figure"), "value"]]
    customers = translate("Evening", "Customers")
    f = r.funnel
    for code, n in (
        ("tagged", f.tagged),
        ("eligible", f.eligible),
        ("referred", f.referred),
        ("accepted", f.accepted),
        ("met", f.met),
        ("converted", f.converted),
    ):
        rows.append([customers, "", code, str(n)])
    wm = translate("Evening", "Wealth manager")
    for w in r.wealth_managers:
        rows += [
            [wm, w.name, "accepted", str(w.accepted)],
            [wm, w.name, "converted", str(w.converted)],
            [wm, w.name, "not_converted", str(w.not_converted)],
            [
                wm,
                w.name,
                "average_response_s",
                str(round(w.average_response.total_seconds())) if w.average_response else "",
            ],
        ]
    referrer = translate("Evening", "Referrer")
    for p in r.referrers:
        rows += [
            [referrer, p.name, "referred", str(p.referred)],
            [referrer, p.name, "converted", str(p.converted)],
            [referrer, p.name, "eligible_not_referred", str(p.eligible_not_referred)],
        ]
    credit = translate("Evening", "Credit (yuan)")
    rows.append([credit, translate("Evening", "The team"), "total", _yuan(r.credit_total_fen)])
    rows += [[credit, c.name, "total", _yuan(c.fen)] for c in r.credit]
    missed = translate("Evening", "Met the standard, not referred")
    rows += [
        [missed, m.referrer, m.reason or "no_reason", not_referred_text(m.reason, m.reason_text)] for m in r.missed
    ]
    noted = translate("Evening", "Problems noted by the branch head")
    rows += [[noted, n.by, "problem_note", n.text] for n in e.notes]
    return rows


def write_csv(e: Evening, path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as f:  # the BOM: Excel then reads the Chinese right
        csv.writer(f).writerows(csv_rows(e))


def report_html(e: Evening, tz: ZoneInfo) -> str:
    r = e.report

    def table(head: list[str], body: list[list[str]]) -> str:
        cells = "".join(f"<th>{html.escape(h)}</th>" for h in head)
        body = body or [["—"] + [""] * (len(head) - 1)]  # an empty section says so
        rows = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in body)
        return f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr>{cells}</tr>{rows}</table>'

    f = r.funnel
    parts = [
        heading("h1", _title(e)),
        heading("h2", translate("Evening", "The team earned %1").replace("%1", money(r.credit_total_fen))),
        table(
            [
                translate("Evening", "Tagged"),
                translate("Evening", "Eligible"),
                translate("Evening", "Referred"),
                translate("Evening", "Accepted"),
                translate("Evening", "Met"),
                translate("Evening", "Converted"),
            ],
            [[f.tagged, f.eligible, f.referred, f.accepted, f.met, f.converted]],
        ),
        heading("h3", translate("Evening", "Wealth managers")),
        table(
            [
                translate("Evening", "Name"),
                translate("Evening", "Accepted"),
                translate("Evening", "Converted"),
                translate("Evening", "Conversion"),
                translate("Evening", "Response"),
            ],
            [
                [
                    w.name,
                    w.accepted,
                    w.converted,
                    rate_text(w.conversion_rate),
                    minutes_seconds(w.average_response.total_seconds()) if w.average_response else "—",
                ]
                for w in r.wealth_managers
            ],
        ),
        heading("h3", translate("Evening", "Referrers")),
        table(
            [
                translate("Evening", "Name"),
                translate("Evening", "Tagged"),
                translate("Evening", "Eligible"),
                translate("Evening", "Referred"),
                translate("Evening", "Converted"),
                translate("Evening", "Not referred"),
            ],
            [[p.name, p.tagged, p.eligible, p.referred, p.converted, p.eligible_not_referred] for p in r.referrers],
        ),
        heading("h3", translate("Evening", "Credit earned")),
        table(
            [translate("Evening", "Name"), translate("Evening", "Credit")],
            [[translate("Evening", "The team"), money(r.credit_total_fen)]]
            + [[c.name, money(c.fen)] for c in r.credit],
        ),
        heading("h3", translate("Evening", "Met the standard, not referred")),
        table(
            [
                translate("Evening", "Time"),
                translate("Evening", "Customer"),
                translate("Evening", "Referrer"),
                translate("Evening", "Reason not referred"),
            ],
            [
                [
                    clock_time(m.at, tz),
                    f"{m.address_as} {m.ticket} {purpose_name(m.purpose)}",
                    m.referrer,
                    not_referred_text(m.reason, m.reason_text),
                ]
                for m in r.missed
            ],
        ),
        heading("h3", translate("Evening", "Calls due next")),
        table(
            [
                translate("Evening", "Due"),
                translate("Evening", "Customer"),
                translate("Evening", "Phone"),
                translate("Evening", "Who calls"),
            ],
            # Masked: the paper goes round the meeting, and only the one who calls sees the number whole.
            [
                [f"{c.due_at.astimezone(tz):%m-%d %H:%M}", c.address_as, masked_phone(c.phone), c.caller]
                for c in e.calls
            ],
        ),
        heading("h3", translate("Evening", "Problems of the day")),
        table(
            [translate("Evening", "Time"), translate("Evening", "What")],
            [[clock_time(p.created_at, tz), problem_text(p)] for p in e.problems],
        ),
        heading("h3", translate("Evening", "Problems noted by the branch head")),
        table(
            [translate("Evening", "Time"), translate("Evening", "Who"), translate("Evening", "What")],
            [[clock_time(n.at, tz), n.by, n.text] for n in e.notes],
        ),
    ]
    return "<html><body style='font-family: \"Noto Sans CJK SC\"'>" + "".join(parts) + "</body></html>"


def write_pdf(e: Evening, path: Path, tz: ZoneInfo) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(_title(e))
    print_on(e, writer, tz)


def print_on(e: Evening, device: QPagedPaintDevice, tz: ZoneInfo) -> None:
    """Lay the report out on A4 pages of a PDF writer or a printer."""
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
    )
    document = QTextDocument()
    document.setHtml(report_html(e, tz))
    document.print_(device)


def _title(e: Evening) -> str:
    return translate("Evening", "Evening meeting, %1").replace("%1", f"{e.report.first:%Y-%m-%d}")
