"""Which protocol a request speaks, and whether the other side can still understand it.

Every request a device sends names its version in the `Lobby-Protocol` header; the hub names its own
in every reply. The hub serves its current version and the one before (`OLDEST`), so a branch can
upgrade the hub first, or one device first, and everything still syncs. A request without the header
comes from a device of version 1, which had none.
"""

from __future__ import annotations

from dataclasses import dataclass

VERSION = 5  # what this code speaks
OLDEST = VERSION - 1  # the oldest a hub of this version still serves
HEADER = "Lobby-Protocol"
APP_HEADER = "Lobby-App"  # the app's own version, for the head's list of devices
WAITING_HEADER = "Lobby-Waiting"  # with a pull: how many changes wait in the device's outbox


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A request the hub cannot serve: `rule` is `update_device` (the device is too old) or `update_hub`
    (the device is newer than the hub); either way the device keeps every change until both agree."""

    rule: str
    device: int
    hub_oldest: int
    hub_newest: int

    @property
    def message(self) -> str:
        if self.rule == "update_device":
            return (
                f"this device speaks protocol {self.device}; the hub needs {self.hub_oldest} or newer: update the app"
            )
        return f"this device speaks protocol {self.device}; the hub speaks up to {self.hub_newest}: update the hub"


def request_version(header: str | None) -> int | None:
    """The version a request names; a missing header is version 1; None for a header that is no number."""
    if header is None or header == "":
        return 1
    text = header.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 6 else None


def check_version(device: int) -> Mismatch | None:
    """None when this hub (oldest..VERSION) can serve a device speaking `device`."""
    if device < OLDEST:
        return Mismatch("update_device", device, OLDEST, VERSION)
    if device > VERSION:
        return Mismatch("update_hub", device, OLDEST, VERSION)
    return None
