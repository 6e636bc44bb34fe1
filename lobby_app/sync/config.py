"""Where this device's hub is and the token it enrolled with: `hub.json` in the data directory."""

from __future__ import annotations

import functools
import json
import os
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import private
from ..protocol.versions import HEADER, VERSION

if TYPE_CHECKING:
    import httpx

FILE = "hub.json"


@dataclass(frozen=True, slots=True)
class HubConfig:
    url: str
    token: str
    device_name: str

    def client(self, *, timeout: float = 10.0) -> httpx.AsyncClient:
        import httpx  # here, not at the top: the app reads hub.json before its window, httpx after

        return httpx.AsyncClient(
            base_url=self.url,
            headers={"Authorization": f"Bearer {self.token}", HEADER: str(VERSION)},
            timeout=timeout,
            verify=_trusted(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")),
        )


@functools.lru_cache(maxsize=4)
def _trusted(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    """The certificates a hub is checked against, read once per process: httpx reads them for every new
    client (~30 ms), and the stream's client is new after every drop, on the screens' thread. The
    arguments only key the cache: httpx reads the same two variables itself."""
    import httpx

    return httpx.create_ssl_context()


def load(data_dir: Path) -> HubConfig | None:
    path = data_dir / FILE
    if not path.exists():
        return None
    private.tighten(path)  # one an older version saved before it was made 0600
    data = json.loads(path.read_text())
    return HubConfig(data["url"], data["token"], data["device_name"])


def save(data_dir: Path, config: HubConfig) -> None:
    """Readable by this user only: the token is the device's key to the hub."""
    private.write_text(
        private.private_dir(data_dir) / FILE,
        json.dumps({"url": config.url, "token": config.token, "device_name": config.device_name}),
    )


def enrol(url: str, *, code: str, name: str, device_id: str) -> HubConfig:
    """Trade the branch head's one-time code for this device's token."""
    import httpx

    reply = httpx.post(
        f"{url.rstrip('/')}/v1/devices",
        json={"code": code, "name": name, "device_id": device_id},
        headers={HEADER: str(VERSION)},
    )
    if reply.status_code != 200:
        detail = (
            reply.json().get("detail", reply.text)
            if reply.headers.get("content-type", "").startswith("application/json")
            else reply.text
        )
        raise ValueError(f"the hub refused the enrolment: {detail}")
    return HubConfig(url.rstrip("/"), reply.json()["token"], name)
