"""Telling a wealth manager, busy in another program, that a customer is waiting for them.

Three channels besides the banner in the window: a system-tray message, a chime, and the taskbar's
attention flag. Each is optional: a desk without a tray or an audio device still gets the banner,
and nothing here may raise. Fast-track customers get the urgent chime and a critical tray message,
and the taskbar keeps flashing until the window is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QGuiApplication, QIcon, QWindow
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from ..paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

NORMAL_ATTENTION_MS = 3000  # the taskbar flashes this long for an ordinary handoff; 0 means until used


@dataclass(frozen=True, slots=True)
class Delivered:
    """Which channels carried the last alert: the tests and the status line read this."""

    tray: bool
    sound: bool
    attention: bool
    urgent: bool = False  # the urgent chime and a critical tray message (a fast-track customer)


class Alerts(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.muted = False
        self._tray: QSystemTrayIcon | None = None
        self._sounds: dict[bool, QSoundEffect] | None = None  # by urgency; loaded on first use
        self.last: Delivered | None = None

    def prepare(self) -> None:
        """Set up the tray icon and load the chimes (when a wealth manager signs in, not at every start)."""
        widgets = isinstance(QGuiApplication.instance(), QApplication)  # the tray lives in QtWidgets
        if self._tray is None and widgets and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(QIcon(str(resources_dir() / "icons" / "lobby.svg")), self)
            self._tray.show()
        if self._sounds is None:
            self._sounds = _load_sounds(self)

    @property
    def has_tray(self) -> bool:
        return self._tray is not None

    @property
    def has_sound(self) -> bool:
        return bool(self._sounds)

    def notify(self, title: str, text: str, *, urgent: bool) -> Delivered:
        self.prepare()
        tray = False
        if self._tray is not None and QSystemTrayIcon.supportsMessages():
            icon = QSystemTrayIcon.MessageIcon.Critical if urgent else QSystemTrayIcon.MessageIcon.Information
            self._tray.showMessage(title, text, icon, 0 if urgent else 10_000)
            tray = True
        sound = False
        if not self.muted and self._sounds:
            self._sounds[urgent].play()
            sound = True
        attention = False
        for window in QGuiApplication.topLevelWindows():
            if isinstance(window, QWindow) and window.isVisible():
                window.alert(0 if urgent else NORMAL_ATTENTION_MS)
                attention = True
        self.last = Delivered(tray, sound, attention, urgent)
        return self.last

    def close(self) -> None:
        if self._tray is not None:
            self._tray.hide()


def _load_sounds(parent: QObject) -> dict[bool, QSoundEffect]:
    """The two chimes, or none when this machine has no audio output.

    QtMultimedia is imported only here: loading it probes the audio stack, which takes time and
    logs warnings on a machine without one (a desk PC with no speakers, the test machines).
    """
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

    if not QMediaDevices.audioOutputs():
        return {}
    sounds: dict[bool, QSoundEffect] = {}
    for urgent, name in ((False, "handoff.wav"), (True, "urgent.wav")):
        effect = QSoundEffect(parent)
        effect.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / name)))
        effect.setLoopCount(3 if urgent else 1)
        sounds[urgent] = effect
    return sounds
