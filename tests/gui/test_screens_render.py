"""Every screen renders offscreen with demo data, in both languages and both tablet orientations, warning-free."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from lobby_app.tooling.screenshot import SCREENS, screenshot


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_every_screen_renders_in_chinese_landscape(screen, tmp_path):
    out = tmp_path / f"{screen}.png"
    assert screenshot(screen=screen, language="zh_CN", size=(1280, 800), out=out) == []
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


@pytest.mark.parametrize("screen", ["eligible", "all-busy", "my-referrals"])
def test_screens_render_in_english_portrait(screen, tmp_path):
    out = tmp_path / f"{screen}.png"
    assert screenshot(screen=screen, language="en", size=(800, 1280), out=out) == []
    assert QImage(str(out)).height() == 1280


DESK_SCREENS = sorted(name for name in SCREENS if name.startswith(("desk", "branch")))


@pytest.mark.parametrize("screen", DESK_SCREENS)
@pytest.mark.parametrize(("language", "size"), [("en", (1920, 1080)), ("zh_CN", (1366, 768))])
def test_desk_screens_render_at_desk_sizes(screen, language, size, tmp_path):
    out = tmp_path / f"{screen}.png"
    assert screenshot(screen=screen, language=language, size=size, out=out) == []
    assert QImage(str(out)).size().toTuple() == size
