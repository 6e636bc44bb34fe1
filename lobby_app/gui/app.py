"""Composition root of the GUI: the application, translations, fonts, the QML engine and view-models."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QTranslator, QUrl
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow  # noqa: F401  (a QQuickWindow root, so windows can be grabbed)

from ..paths import resources_dir, ui_dir
from ..services.context import Ctx
from .session_vm import SessionViewModel

LANGUAGES = ("zh_CN", "en")


def install_translator(app: QGuiApplication, language: str) -> QTranslator | None:
    """Load resources/translations/lobby_<language>.qm; English is the source language."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return None
    translator = QTranslator(app)
    qm = resources_dir() / "translations" / f"lobby_{language}.qm"
    if not translator.load(str(qm)):
        raise FileNotFoundError(qm)
    app.installTranslator(translator)
    return translator


def build_engine(ctx: Ctx, session: SessionViewModel) -> QQmlApplicationEngine:
    engine = QQmlApplicationEngine()
    engine.setInitialProperties({"session": session})
    engine.load(QUrl.fromLocalFile(str(ui_dir() / "Main.qml")))
    return engine


def run(ctx: Ctx, *, language: str) -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    assert isinstance(app, QGuiApplication)
    app.setFont(QFont("Noto Sans CJK SC", 12))  # else Qt picks Japanese glyph variants
    install_translator(app, language)
    session = SessionViewModel(ctx)
    engine = build_engine(ctx, session)
    if not engine.rootObjects():
        return 1
    return app.exec()
