"""Where this device's hub is, the token it enrolled with and the certificate it pinned then:
`hub.json` in the data directory."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__, private
from ..domain.pins import same_proof
from ..protocol.versions import APP_HEADER, HEADER, VERSION

if TYPE_CHECKING:
    import ssl

    import httpx

FILE = "hub.json"


@dataclass(frozen=True, slots=True)
class HubConfig:
    url: str
    token: str
    device_name: str
    anchor: str | None = None  # PEM of the certificate pinned at enrolment: the hub is trusted by it alone
    check_hostname: bool = False  # with the bank's CA as the anchor; the branch's own CA is the hub's alone

    @property
    def insecure(self) -> bool:
        """Plain HTTP (a hub run with --insecure-http): the status bar says so."""
        return self.url.startswith("http://")

    def client(self, *, timeout: float = 10.0) -> httpx.AsyncClient:
        import httpx  # here, not at the top: the app reads hub.json before its window, httpx after

        return httpx.AsyncClient(
            base_url=self.url,
            headers={"Authorization": f"Bearer {self.token}", HEADER: str(VERSION), APP_HEADER: __version__},
            timeout=timeout,
            verify=pinned(self.anchor, self.check_hostname) if self.anchor else _nothing_trusted(),
        )


@functools.lru_cache(maxsize=4)
def pinned(anchor: str, check_hostname: bool) -> ssl.SSLContext:
    """A TLS context that trusts the pinned anchor and nothing else, made once per process: the
    stream's client is new after every drop, on the screens' thread."""
    import ssl  # here: the app reads hub.json before its window, and ssl is ~4 MB that can come after

    context = ssl.create_default_context(cadata=anchor)
    context.check_hostname = check_hostname
    return context


@functools.lru_cache(maxsize=1)
def _nothing_trusted() -> ssl.SSLContext:
    """For a hub on plain HTTP, or a hub.json from before TLS: an https:// address it names is refused
    (no certificate is trusted) until the device is enrolled again."""
    import ssl

    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies, against no certificate at all


def load(data_dir: Path) -> HubConfig | None:
    path = data_dir / FILE
    if not path.exists():
        return None
    private.tighten(path)  # one an older version saved before it was made 0600
    data = json.loads(path.read_text())
    return HubConfig(
        data["url"], data["token"], data["device_name"], data.get("anchor"), bool(data.get("check_hostname"))
    )


def save(data_dir: Path, config: HubConfig) -> None:
    """Readable by this user only: the token is the device's key to the hub."""
    fields = {
        "url": config.url,
        "token": config.token,
        "device_name": config.device_name,
        "anchor": config.anchor,
        "check_hostname": config.check_hostname,
    }
    private.write_text(private.private_dir(data_dir) / FILE, json.dumps(fields))


class EnrolmentRefused(ValueError):
    """The hub refused the code, or could not prove it knows it: nothing was kept."""


def enrol(url: str, *, code: str, name: str, device_id: str) -> HubConfig:
    """Trade the branch head's one-time code for this device's token, bound to the hub's certificate.

    Over https the device first takes the hub's anchor without trusting it, then proves the code over
    that anchor's fingerprint and checks the hub's proof back (protocol/enrolment.py) before it pins
    the anchor: someone between the device and the hub cannot enrol it, nor pass for the hub.
    """
    import httpx

    from ..protocol.enrolment import code_key, device_proof, fingerprint, hub_proof  # imports ssl: not at the top

    url = url.rstrip("/")
    headers = {HEADER: str(VERSION)}
    anchor, check_hostname = None, False
    if not url.startswith("http://"):
        offered = _answer(httpx.get(f"{url}/v1/tls", headers=headers, verify=_unverified(), timeout=10))
        anchor, check_hostname = offered.get("anchor"), bool(offered.get("check_hostname"))
        if not isinstance(anchor, str):
            raise EnrolmentRefused(f"{url} serves no certificate to pin: give its https:// address")
    fingerprint_ = fingerprint(anchor) if anchor else ""
    key = code_key(code)
    reply = _answer(
        httpx.post(
            f"{url}/v1/devices",
            json={"proof": device_proof(key, fingerprint_), "name": name, "device_id": device_id},
            headers=headers,
            verify=pinned(anchor, check_hostname) if anchor else True,
            timeout=10,
        )
    )
    if not same_proof(hub_proof(key, fingerprint_, device_id), str(reply.get("hub_proof", ""))):
        raise EnrolmentRefused(
            f"{url} could not prove it knows the code: someone may stand between this device and the hub."
            " Nothing was kept; check the address with the branch head"
        )
    return HubConfig(url, reply["token"], name, anchor, check_hostname)


def _answer(reply: httpx.Response) -> dict[str, Any]:
    if reply.status_code != 200:
        detail = (
            reply.json().get("detail", reply.text)
            if reply.headers.get("content-type", "").startswith("application/json")
            else reply.text
        )
        raise EnrolmentRefused(f"the hub refused the enrolment: {_words(detail)}")
    data = reply.json()
    assert isinstance(data, dict)
    return data


def _words(detail: Any) -> str:
    """A refusal's detail as one line of words: a rule's message, or each field and what is wrong with it
    (a 422's list), never a raw dict or list."""
    if isinstance(detail, dict):
        field, message = detail.get("field"), detail.get("message")
        return f"{field}: {message}" if field and message else str(message or detail.get("rule") or "refused")
    if isinstance(detail, list):
        parts = []
        for error in detail[:3]:
            where = [str(p) for p in error.get("loc", []) if p != "body"] if isinstance(error, dict) else []
            what = error.get("msg", "") if isinstance(error, dict) else str(error)
            parts.append(f"{'.'.join(where)}: {what}" if where else str(what))
        return "; ".join(parts) or "refused"
    return " ".join(str(detail).split())[:200] or "refused"


def _unverified() -> ssl.SSLContext:
    """Only for fetching the anchor at enrolment: the proofs decide whether it is kept."""
    import ssl

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context
