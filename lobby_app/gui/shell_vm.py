"""The frame around every screen: language switch, text size, kiosk mode, the sync state's place, the clock."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..services.context import Ctx
from ..services.staff import is_branch_head_pin
from ..settings import FONT_SCALES
from ..sync.config import HubConfig
from ..sync.loop import SyncStatus
from ..sync.staff import HubAway, head_pin_at_hub
from .formatting import clock_time
from .tasks import Tasks

translate = QCoreApplication.translate  # the name lupdate looks for
log = logging.getLogger(__name__)


def _store_trouble(waiting: int) -> str:
    return translate(
        "Shell", "This device cannot save the branch hub's latest changes · %1 changes wait here · tell the branch head"
    ).replace("%1", str(waiting))


def _update_needed(side: str, waiting: int) -> str:
    """The hub and this device speak protocols too far apart: which side to update; nothing is lost."""
    if side == "update_hub":
        text = translate("Shell", "The branch hub needs an update to take this device's changes · %1 wait here")
    else:
        text = translate("Shell", "This app is too old for the branch hub: update it · %1 changes wait here")
    return text.replace("%1", str(waiting))


class ShellViewModel(QObject):
    changed = Signal()
    languageChanged = Signal()
    fontScaleChanged = Signal()
    syncChanged = Signal()

    def __init__(
        self,
        ctx: Ctx,
        *,
        language: str,
        switch_language: Callable[[str], None],
        font_scale: int = 100,
        save_font_scale: Callable[[int], None] | None = None,
        kiosk: bool = False,
        virtual_keyboard: bool = False,
        hub: bool = False,
        hub_link: HubConfig | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._language = language
        self._switch = switch_language
        self._font_scale = font_scale
        self._save_font_scale = save_font_scale  # remembers it on this device (display.json)
        self._kiosk = kiosk
        self._virtual_keyboard = virtual_keyboard
        self._kiosk_error = ""
        self._hub = hub
        self._hub_link = hub_link  # asked about a head's PIN this tablet cannot check itself
        self._sync = SyncStatus()
        self._tasks = Tasks()
        self._asking: asyncio.Task[None] | None = None

    def set_sync_status(self, status: SyncStatus) -> None:
        self._sync = status
        self.syncChanged.emit()

    def _get_sync_text(self) -> str:
        text = self._sync_state_text()
        if self._hub and self._sync.insecure:  # the hub runs with --insecure-http: say it on every screen
            return translate("Shell", "%1 · NOT ENCRYPTED (plain HTTP)").replace("%1", text)
        return text

    def _sync_state_text(self) -> str:
        s = self._sync
        if not self._hub:
            return translate("Shell", "Local store · branch hub not set up")
        if s.store_error:
            return _store_trouble(s.waiting)
        if s.update:
            return _update_needed(s.update, s.waiting)
        if s.reachable is None:
            return translate("Shell", "Connecting to the branch hub…")
        if not s.reachable:
            return (
                translate("Shell", "Branch hub unreachable since %1 · %2 changes wait here")
                .replace("%1", clock_time(s.down_since or self._ctx.now(), self._ctx.tz))
                .replace("%2", str(s.waiting))
            )
        if s.waiting:
            return translate("Shell", "Branch hub connected · %1 changes being sent").replace("%1", str(s.waiting))
        return translate("Shell", "Branch hub connected · every change confirmed")

    def _get_hub_banner(self) -> str:
        """While the hub is unreachable, or this store will not take what the hub sends: the device works
        on, and says so above every screen."""
        s = self._sync
        if self._hub and s.store_error:
            return _store_trouble(s.waiting)
        if self._hub and s.update:
            return _update_needed(s.update, s.waiting)
        if not self._hub or s.reachable is not False:
            return ""
        text = translate("Shell", "No connection to the branch hub since %1: this device works on, %2 changes wait")
        return text.replace("%1", clock_time(s.down_since or self._ctx.now(), self._ctx.tz)).replace(
            "%2", str(s.waiting)
        )

    language = Property(str, lambda self: self._language, notify=languageChanged)
    # Per cent of every type size: the window binds Theme.scale to it (ui/Main.qml).
    fontScale = Property(int, lambda self: self._font_scale, notify=fontScaleChanged)
    fontScales = Property(list, lambda self: list(FONT_SCALES), constant=True)
    kiosk = Property(bool, lambda self: self._kiosk, constant=True)
    virtualKeyboard = Property(bool, lambda self: self._virtual_keyboard, constant=True)
    syncText = Property(str, _get_sync_text, notify=syncChanged)
    hubBanner = Property(str, _get_hub_banner, notify=syncChanged)
    # The status in red: the hub unreachable, this store refusing what it sends, or a link not encrypted.
    syncTrouble = Property(
        bool, lambda self: self._hub and (bool(self.hubBanner) or self._sync.insecure), notify=syncChanged
    )
    clock = Property(str, lambda self: clock_time(self._ctx.now(), self._ctx.tz), notify=changed)
    kioskError = Property(str, lambda self: self._kiosk_error, notify=changed)

    def tick(self) -> None:
        self.changed.emit()

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        if language != self._language:
            self._switch(language)
            self._language = language
            self.languageChanged.emit()
            self.syncChanged.emit()

    @Slot(int)
    def setFontScale(self, scale: int) -> None:
        """Every screen's text at once, and again at the next start: the choice is saved on this device."""
        if scale not in FONT_SCALES or scale == self._font_scale:
            return
        self._font_scale = scale
        self.fontScaleChanged.emit()
        if self._save_font_scale is not None:
            try:
                self._save_font_scale(scale)
            except OSError:  # a full or read-only disk: the screens keep the size until the app quits
                log.exception("the text size could not be saved on this device")

    @Slot(str)
    def exitKiosk(self, pin: str) -> None:
        """Kiosk mode ends only with a branch head's PIN: checked at the hub when it answers (a head may
        never have signed in on this tablet), else here."""
        if self._asking is not None and not self._asking.done():
            return  # the hub is being asked already
        self._asking = self._tasks.start(self._ask_hub(self._hub_link, pin)) if self._hub_link else None
        if self._asking is None:
            self._exit_if(is_branch_head_pin(self._ctx, pin))

    async def _ask_hub(self, hub: HubConfig, pin: str) -> None:
        try:
            opens = await head_pin_at_hub(hub, pin)
        except HubAway:
            opens = is_branch_head_pin(self._ctx, pin)
        self._exit_if(opens)

    def _exit_if(self, opens: bool) -> None:
        self._kiosk_error = "" if opens else translate("Shell", "Only a branch head's PIN ends kiosk mode")
        self.changed.emit()
        if opens:
            QCoreApplication.quit()
