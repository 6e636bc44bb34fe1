"""The evening meeting's PDF and CSV for test_day_report's day: the CSV reads back to the same numbers,
and the PDF is a PDF whose text holds the day's totals, in Chinese and in English."""

from __future__ import annotations

import csv
import unicodedata

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from lobby_app.gui.app import build_screens
from lobby_app.gui.evening_export import print_on, write_csv, write_pdf
from lobby_app.services.evening import evening_meeting

from ..services.test_day_report import DAY, the_day


@pytest.fixture
def evening(qapp, ctx, team, clock):
    the_day(ctx, team, clock)
    return evening_meeting(ctx, DAY)


@pytest.mark.parametrize(("language", "team_row"), [("zh_CN", "团队"), ("en", "The team")])
def test_the_csv_reads_back_to_the_days_numbers(qapp, ctx, evening, tmp_path, language, team_row):
    screens = build_screens(qapp, ctx, language=language)
    try:
        path = tmp_path / "evening.csv"
        write_csv(evening, path)
        rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    finally:
        screens.close()
    figures = {(who, figure): value for _section, who, figure, value in rows[1:]}
    funnel = {figure: int(v) for (who, figure), v in figures.items() if who == "" and figure != "total"}
    assert funnel == {"tagged": 6, "eligible": 5, "referred": 3, "accepted": 2, "met": 2, "converted": 1}
    assert figures[("员工3001", "average_response_s")] == "30" and figures[("员工3002", "not_converted")] == "1"
    assert figures[(team_row, "total")] == "100000.00"
    assert figures[("员工1001", "total")] == "80000.00" and figures[("员工3001", "total")] == "20000.00"
    assert figures[("员工1001", "eligible_not_referred")] == "2"


def to_printer(evening, path, tz) -> None:
    """What printing does, on a printer that writes its pages to a file instead of paper."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    print_on(evening, printer, tz)


@pytest.mark.parametrize("write", [write_pdf, to_printer])
@pytest.mark.parametrize(("language", "title"), [("zh_CN", "夕会"), ("en", "Evening meeting")])
def test_the_pdf_and_the_printout_hold_the_days_totals(qapp, ctx, evening, tmp_path, language, title, write):
    screens = build_screens(qapp, ctx, language=language)
    try:
        path = tmp_path / "evening.pdf"
        write(evening, path, ctx.tz)
    finally:
        screens.close()
    assert path.read_bytes().startswith(b"%PDF-")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    # NFKC: the CJK font maps some ideographs to their Kangxi radical twins (⼣ for 夕) when read back;
    # and words in the headings come back apart by tabs.
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    assert title in text and "¥100,000" in text and "¥80,000" in text and "¥20,000" in text  # team, then each
    assert "员工3001" in text and "0:30" in text and "张先生" in text  # a wealth manager; a customer not referred
