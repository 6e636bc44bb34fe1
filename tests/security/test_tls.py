"""An eavesdropper or a man in the middle on the branch LAN: the hub speaks TLS, a device pins the
certificate it enrolled with, and an enrolment can be neither stolen nor faked by someone in between."""

from __future__ import annotations

import asyncio
import ssl
import stat
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlmodel import select

from lobby_app.cli import main
from lobby_app.hub import access
from lobby_app.hub.access import make_enrolment_code
from lobby_app.hub.tls import HubTls, bank_tls, branch_tls, not_after, renew
from lobby_app.protocol.enrolment import code_key, device_proof, fingerprint
from lobby_app.services.context import Ctx
from lobby_app.store.tables import EnrolmentCode, HubDevice
from lobby_app.sync import config
from lobby_app.sync.config import EnrolmentRefused, HubConfig

from ..hub.conftest import PIN, SPEAKS, TLS, Hub, free_port, start_hub_process


def code(hub: Hub) -> str:
    return make_enrolment_code(hub.ctx, staff_no="8001", pin=PIN)


def pull(device: HubConfig) -> httpx.Response:
    async def once() -> httpx.Response:
        async with device.client() as http:
            return await http.get("/v1/pull")

    return asyncio.run(once())


def served_certificate(hub: Hub) -> str:
    return ssl.get_server_certificate(("127.0.0.1", hub.port))


def running(ctx: Ctx, tls: HubTls | None, port: int = 0) -> Hub:
    other = Hub(replace(ctx, outbox=False), port=port, tls=tls)
    other.start()
    return other


def test_a_device_trusts_the_hub_it_enrolled_with_and_no_other(hub: Hub, team, tmp_path):
    device = config.enrol(hub.url, code=code(hub), name="平板1", device_id=str(uuid.uuid4()))
    assert device.anchor == hub.tls.anchor and not device.check_hostname and not device.insecure
    assert pull(device).status_code == 200
    hub.stop()
    impostor = running(hub.ctx, branch_tls(tmp_path / "another-ca"), port=hub.port)  # same address, other CA
    try:
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            pull(device)
    finally:
        impostor.stop()
        hub.start()  # for the fixture's teardown


def test_a_code_proved_over_another_certificate_enrols_nothing_and_stays_usable(hub: Hub, team, tmp_path):
    """The code read out to a device behind a man in the middle: the proof it sends is bound to the
    certificate it was shown, which is not the hub's, so the hub takes nothing and the code still works."""
    spoken = code(hub)
    seen = branch_tls(tmp_path / "mitm").anchor
    proof = device_proof(code_key(spoken), fingerprint(seen))
    reply = httpx.post(f"{hub.url}/v1/devices", json={"proof": proof, "name": "平板1"}, headers=SPEAKS, verify=TLS)
    assert reply.status_code == 400 and reply.json()["detail"]["rule"] == "invalid_code"
    with hub.ctx.db.read() as s:
        assert s.exec(select(HubDevice)).all() == []
    assert config.enrol(hub.url, code=spoken, name="平板1", device_id=str(uuid.uuid4())).token


def test_a_hub_that_cannot_prove_it_knows_the_code_is_not_trusted(hub: Hub, team, monkeypatch):
    """Someone answering in the hub's place, with a certificate of their own and no code: the device
    keeps nothing and says why."""
    monkeypatch.setattr(access, "enrol_bound", lambda ctx, **kw: (str(uuid.uuid4()), "token", "0" * 64))
    with pytest.raises(EnrolmentRefused, match="could not prove it knows the code"):
        config.enrol(hub.url, code=code(hub), name="平板1", device_id=str(uuid.uuid4()))


def test_a_proof_that_is_not_ascii_is_refused_not_a_5xx(hub: Hub, team):
    code(hub)
    body = {"proof": "证" * 64, "name": "平板1"}
    reply = httpx.post(f"{hub.url}/v1/devices", json=body, headers=SPEAKS, verify=TLS)
    assert reply.status_code == 400 and reply.json()["detail"]["rule"] == "invalid_code"


def test_a_bare_code_is_refused_over_tls_and_stays_unused(hub: Hub, team):
    spoken = code(hub)
    reply = httpx.post(f"{hub.url}/v1/devices", json={"code": spoken, "name": "平板1"}, headers=SPEAKS, verify=TLS)
    assert reply.status_code == 400 and reply.json()["detail"]["field"] == "proof"
    with hub.ctx.db.read() as s:
        assert [c.used_at for c in s.exec(select(EnrolmentCode))] == [None]


def test_plain_http_only_when_asked_and_the_device_knows_it(hub: Hub, team):
    plain = running(hub.ctx, tls=None)
    try:
        device = config.enrol(plain.url, code=code(plain), name="平板1", device_id=str(uuid.uuid4()))
        assert plain.url.startswith("http://") and device.insecure and device.anchor is None
        assert pull(device).status_code == 200
    finally:
        plain.stop()
    with pytest.raises(httpx.RemoteProtocolError):  # the TLS hub does not answer plain HTTP
        httpx.get(hub.url.replace("https://", "http://") + "/healthz").raise_for_status()


def test_the_keys_and_certificates_are_0600_in_a_0700_folder(tmp_path):
    tls = branch_tls(tmp_path / "tls")
    assert tls.folder is not None and stat.S_IMODE(tls.folder.stat().st_mode) == 0o700
    assert {f.name: stat.S_IMODE(f.stat().st_mode) for f in tls.folder.iterdir()} == dict.fromkeys(
        ("branch-ca.pem", "branch-ca.key", "hub.pem", "hub.key"), 0o600
    )


def test_the_server_certificate_is_renewed_before_it_ends_and_devices_keep_trusting_it(ctx, team, tmp_path):
    a_year_ago = datetime.now(UTC) - timedelta(days=370)
    tls = branch_tls(tmp_path / "tls", now=a_year_ago)  # a hub started a year ago: 27 days left
    assert branch_tls(tmp_path / "tls", now=a_year_ago + timedelta(days=300)) == tls  # 97 days left: kept
    hub = running(ctx, tls)
    try:
        device = config.enrol(hub.url, code=code(hub), name="平板1", device_id=str(uuid.uuid4()))
        before, ends = served_certificate(hub), not_after(tls.cert)
        assert hub.server is not None
        renewed = renew(tls, hub.server.config.ssl)  # the daily look, today
        assert renewed.anchor == tls.anchor  # the same CA: nobody enrols again
        assert not_after(renewed.cert) - ends > timedelta(days=300)
        assert served_certificate(hub) != before  # the next handshake presents it, without a restart
        assert pull(device).status_code == 200
    finally:
        hub.stop()


def bank_pki(folder: Path, host: str) -> tuple[Path, Path]:
    """A bank's CA and a certificate it issued the hub for `host`, chain in one file."""
    now = datetime.now(UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Bank root CA")])

    def issued(subject: x509.Name, public: ec.EllipticCurvePublicKey) -> x509.CertificateBuilder:
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(ca_name)
            .public_key(public)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=90))
        )

    ca = (
        issued(ca_name, ca_key.public_key())
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    server = (
        issued(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]), key.public_key())
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir()
    cert, key_file = folder / "hub.pem", folder / "hub.key"
    cert.write_bytes(server.public_bytes(serialization.Encoding.PEM) + ca.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert, key_file


def test_the_banks_certificate_is_pinned_by_its_ca_and_checked_by_name(ctx, team, tmp_path):
    cert, key = bank_pki(tmp_path / "bank", "localhost")
    tls = bank_tls(cert, key)
    assert (
        not tls.own_ca
        and "Bank root CA" in x509.load_pem_x509_certificate(tls.anchor.encode()).subject.rfc4514_string()
    )
    hub = running(ctx, tls)
    try:
        by_name = f"https://localhost:{hub.port}"
        device = config.enrol(by_name, code=code(hub), name="平板1", device_id=str(uuid.uuid4()))
        assert device.check_hostname and pull(device).status_code == 200
        by_address = replace(device, url=f"https://127.0.0.1:{hub.port}")  # not a name the bank certified
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            pull(by_address)
    finally:
        hub.stop()
    with pytest.raises(ssl.SSLError):  # a key that is not the certificate's is refused at the start
        bank_tls(cert, bank_pki(tmp_path / "other", "localhost")[1])


def test_the_readmes_branch_a_hub_and_two_devices_over_tls(tmp_path, capsys, monkeypatch, children):
    """README, "The branch hub and offline-first sync": the same commands, PINs from the environment."""
    hub_data = ["--data-dir", str(tmp_path / "hub-data"), "hub"]
    monkeypatch.setenv("HEAD_PIN", "246810")
    monkeypatch.setenv("NEW_PIN", "246810")
    staffing = [
        ["--add-staff", "8001", "--name", "周敏", "--role", "branch_head"],
        ["--add-staff", "1001", "--name", "李娜", "--role", "lobby_manager", "--staff-no", "8001"],
        ["--add-staff", "3001", "--name", "李明", "--role", "wealth_manager", "--staff-no", "8001"],
    ]
    for args in staffing:
        monkeypatch.setenv("NEW_PIN", {"8001": "246810", "1001": "135790", "3001": "314159"}[args[1]])
        assert main([*hub_data, *args, "--new-pin-env", "NEW_PIN", "--pin-env", "HEAD_PIN"]) == 0, capsys.readouterr()
    port = free_port()
    hub = start_hub_process(children, hub_data, port)
    url = f"https://127.0.0.1:{port}"
    for device, name in (("tablet", "大堂平板1"), ("desk", "理财经理桌面")):
        capsys.readouterr()
        assert main([*hub_data, "--enrolment-code", "--staff-no", "8001", "--pin-env", "HEAD_PIN"]) == 0
        code = capsys.readouterr().out.strip().splitlines()[-1]
        assert main(["--data-dir", str(tmp_path / device), "enrol", "--hub", url, "--code", code, "--name", name]) == 0
        assert f"enrolled as {name}" in capsys.readouterr().out
        kept = config.load(tmp_path / device)
        assert kept is not None and kept.anchor is not None and not kept.insecure
    hub.terminate()
    out, _ = hub.communicate(timeout=30)
    assert "branch hub certificate (SHA-256 of what devices pin):" in out
    assert fingerprint(kept.anchor) in out  # the fingerprint the hub printed is the one the desk pinned


def test_bad_tls_options_are_one_line_each_and_start_nothing(tmp_path, capsys):
    hub_cmd = ["--data-dir", str(tmp_path / "hub"), "hub"]
    assert main([*hub_cmd, "--tls-cert", str(tmp_path / "hub.pem")]) == 2
    assert "--tls-cert and --tls-key go together" in capsys.readouterr().err
    missing = ["--tls-cert", str(tmp_path / "none.pem"), "--tls-key", str(tmp_path / "none.key")]
    assert main([*hub_cmd, *missing]) == 1
    assert capsys.readouterr().err.startswith("lobby-app: --tls-cert/--tls-key: ")
    cert, _ = bank_pki(tmp_path / "bank", "localhost")
    assert main([*hub_cmd, "--tls-cert", str(cert), "--tls-key", str(cert), "--insecure-http"]) == 2
    assert "--insecure-http: not with --tls-cert" in capsys.readouterr().err
