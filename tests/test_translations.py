"""Every string a person sees is translated: the zh_CN catalogue is complete and its .qm is current."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "lobby_zh_CN.ts"


def test_zh_cn_catalogue_has_no_unfinished_entries():
    tree = ET.parse(TS)
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if (t := m.find("translation")) is None or t.get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


def test_catalogue_holds_every_source_string(tmp_path):
    """lupdate over ui/ and lobby_app/gui/ finds nothing new (run tools/update_translations.sh if it does)."""
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (*ROOT.glob("ui/**/*.qml"), *ROOT.glob("lobby_app/gui/**/*.py")))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    wanted = {m.findtext("source") for m in ET.parse(fresh).iter("message")}
    have = {m.findtext("source") for m in ET.parse(TS).iter("message")}
    assert wanted - have == set()


def test_built_qm_is_newer_content_than_the_ts(tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    built = tmp_path / "check.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(built)], check=True, capture_output=True, timeout=120)
    assert built.read_bytes() == (TS.with_suffix(".qm")).read_bytes()


def test_every_python_string_is_found_under_the_context_it_is_asked_for(qapp):
    """lupdate files a string under the context written at the call; a wrapper would hide it and leave English."""
    import re

    from lobby_app.gui.start import Translations

    calls = set()
    for path in (ROOT / "lobby_app" / "gui").glob("*.py"):
        calls |= set(re.findall(r'translate\(\s*"(\w+)",\s*"((?:[^"\\]|\\.)*)"', path.read_text()))
    assert len(calls) > 50
    translations = Translations(qapp)
    translations.install("zh_CN")
    try:
        from PySide6.QtCore import QCoreApplication

        english = sorted((c, t) for c, t in calls if QCoreApplication.translate(c, t) == t)
    finally:
        translations.remove()
    assert english == []
