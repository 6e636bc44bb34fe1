"""The hub's TLS: its own branch CA and server certificate, made at first start and renewed before
expiry, or the bank's certificate. Devices pin the *anchor* (the branch CA, or the bank's CA) at
enrolment and accept no other (docs/security.md).

With the branch's own CA, devices skip the host name check: only this hub holds the CA's key, and a
branch hub is reached by whatever address the LAN gives it. With the bank's certificate they check
the name, as the bank's CA signs many servers.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from .. import private
from ..protocol.enrolment import fingerprint

CA_LIFETIME = timedelta(days=3650)
SERVER_LIFETIME = timedelta(days=397)  # what browsers accept at most; a hub renews well before
RENEW_BEFORE = timedelta(days=30)
FOLDER = "tls"


@dataclass(frozen=True, slots=True)
class HubTls:
    cert: Path  # the server's chain (PEM)
    key: Path
    anchor: str  # PEM of the certificate devices pin
    own_ca: bool  # the branch's own CA (devices skip the host name check) or the bank's
    folder: Path | None = None  # where the branch CA lives, for renewal; None with the bank's certificate

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.anchor)

    def context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(self.cert, self.key)
        return context


def branch_tls(folder: Path, *, now: datetime | None = None) -> HubTls:
    """The branch CA and the server certificate in `folder` (0700), made when missing and the server's
    renewed when it ends within RENEW_BEFORE. The CA's key never leaves the folder."""
    now = now or datetime.now(UTC)
    private.private_dir(folder)
    ca_cert_path, ca_key_path = folder / "branch-ca.pem", folder / "branch-ca.key"
    if not (ca_cert_path.exists() and ca_key_path.exists()):
        ca_key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Lobby branch CA")])
        ca_cert = (
            _builder(name, name, ca_key.public_key(), now, CA_LIFETIME)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_ca_usage(), critical=True)
            .sign(ca_key, hashes.SHA256())
        )
        _write_private(ca_key_path, _key_pem(ca_key))
        _write_private(ca_cert_path, ca_cert.public_bytes(serialization.Encoding.PEM))
    ca_cert = x509.load_pem_x509_certificate(ca_cert_path.read_bytes())
    cert_path, key_path = folder / "hub.pem", folder / "hub.key"
    if not cert_path.exists() or not key_path.exists() or _ends_soon(cert_path, now):
        ca_key = serialization.load_pem_private_key(ca_key_path.read_bytes(), password=None)
        assert isinstance(ca_key, ec.EllipticCurvePrivateKey)
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (
            _builder(
                x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Lobby branch hub")]),
                ca_cert.subject,
                key.public_key(),
                now,
                SERVER_LIFETIME,
            )
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.SubjectAlternativeName(_names()), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        _write_private(key_path, _key_pem(key))
        _write_private(cert_path, cert.public_bytes(serialization.Encoding.PEM))
    anchor = ca_cert.public_bytes(serialization.Encoding.PEM).decode()
    return HubTls(cert_path, key_path, anchor, own_ca=True, folder=folder)


def bank_tls(cert: Path, key: Path) -> HubTls:
    """The bank's certificate: the file holds the server's certificate and its chain; devices pin the
    last certificate of the chain (the bank's CA), and check the host name."""
    chain = x509.load_pem_x509_certificates(cert.read_bytes())
    if not chain:
        raise ValueError(f"--tls-cert: {cert} holds no PEM certificate")
    anchor = chain[-1].public_bytes(serialization.Encoding.PEM).decode()
    tls = HubTls(cert, key, anchor, own_ca=False)
    tls.context()  # a key that does not match the certificate is refused here, not at the first device
    return tls


def renew(tls: HubTls, context: ssl.SSLContext, *, now: datetime | None = None) -> HubTls:
    """Renew the branch's server certificate when due and load it into the running server's context:
    the next handshake presents it, devices still trust it (same CA), nobody enrols again."""
    if tls.folder is None:
        return tls  # the bank renews its certificate; restart the hub with the new files
    renewed = branch_tls(tls.folder, now=now)
    context.load_cert_chain(renewed.cert, renewed.key)
    return renewed


def not_after(cert: Path) -> datetime:
    return x509.load_pem_x509_certificate(cert.read_bytes()).not_valid_after_utc


def _ends_soon(cert: Path, now: datetime) -> bool:
    return not_after(cert) - now < RENEW_BEFORE


def _builder(
    subject: x509.Name, issuer: x509.Name, key: ec.EllipticCurvePublicKey, now: datetime, lifetime: timedelta
) -> x509.CertificateBuilder:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))  # a device whose clock runs a little behind
        .not_valid_after(now + lifetime)
    )


def _ca_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=True,
        crl_sign=True,
        encipher_only=False,
        decipher_only=False,
    )


def _names() -> list[x509.GeneralName]:
    """The names a device may use; informative only with the branch's CA (no host name check)."""
    host = socket.gethostname()
    names: list[x509.GeneralName] = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    if host and host != "localhost":
        names.append(x509.DNSName(host))
    return names


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _write_private(path: Path, data: bytes) -> None:
    """0600 from the first byte, replaced whole (a renewal never leaves half a key)."""
    partial = path.with_suffix(path.suffix + ".new")
    with open(partial, "wb", opener=private.opener) as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(partial, path)
