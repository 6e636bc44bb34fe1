"""The hub's HTTP API (FastAPI on uvicorn): enrolment, push, pull, health. OpenAPI at /openapi.json and its
pages at /docs only when asked for (`api_docs`): the pages load their scripts from a CDN, which a branch
LAN cannot reach, and a hub need not describe itself to whoever asks."""

# No `from __future__ import annotations` here: FastAPI reads the endpoints' annotations at run time.

import asyncio
import gc
import json
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from sqlalchemy import bindparam
from sqlmodel import Session, col, select
from starlette.types import ASGIApp, Receive, Scope, Send

from ..domain.errors import DomainError, ValidationError
from ..domain.roles import Actor, Role
from ..protocol import HEADER, OLDEST, VERSION, check_version
from ..protocol.rows import for_version, snapshot
from ..protocol.versions import APP_HEADER, WAITING_HEADER, request_version
from ..services.context import Ctx
from ..services.escalation import expire_overdue
from ..services.housekeeping import run_due_jobs
from ..services.staff import Authorised, authorise, change_pin, is_branch_head_pin
from ..store.replication import SHARED, core, parse_key
from ..store.tables import HubChange, HubDevice
from . import access
from .admin import install_admin
from .audit import AuditTrail, client_of
from .bell import FeedBell, where_only
from .capture import install
from .guards import UNKNOWN_DEVICE, BodyGuard, TokenGate
from .limits import RateLimit, buckets
from .push import Pushed, apply_push, current_rows, has_nul, last_seq
from .tls import HubTls, renew

EVENT_LOOK_S = 2.0  # the bell looks at the feed this often on its own; this process's commits publish at once
HEARTBEAT_S = 15.0
REVOCATION_LOOK_S = 2.0  # an open stream of a device revoked meanwhile closes within this
RENEWAL_LOOK_S = 24 * 3600.0
MAX_BODY = 256 * 1024  # a push of 50 mutations is a few kilobytes
MAX_MUTATIONS = 100
MAX_ID = 2**31 - 1  # ids and cursors are 32-bit integers on PostgreSQL: larger ones are refused at the door
PULL_LIMIT = 1000
JOBS_LOOK_S = 60.0  # the nightly jobs are due at a whole hour: looking once a minute starts them within it

log = logging.getLogger(__name__)


def _no_nul(value: str) -> str:
    """PostgreSQL's text cannot hold the NUL character and nobody types it: refuse it at the door, the
    same on either store. (A mutation's arguments are checked per mutation: see push.has_nul.)"""
    if has_nul(value):
        raise ValueError("text must not contain the NUL character (\\u0000)")
    return value


Text = Annotated[str, AfterValidator(_no_nul)]


def _in_range(pair: tuple[str, str]) -> tuple[str, str]:
    """A shared row's key whose integers the store's columns cannot hold names no row: refused at the door
    (the store itself failed on it). A key that does not parse is asked after as before: no such row."""
    table, key = pair
    ident = parse_key(table, key) if table in SHARED else None
    if ident is not None and any(isinstance(v, int) and abs(v) > MAX_ID for v in ident):
        raise ValueError(f"a key of {table} must be a whole number of at most {MAX_ID}")
    return pair


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CodeRequest(Strict):
    staff_no: Text = Field(max_length=16)
    pin: Text = Field(max_length=12)


class CodeReply(BaseModel):
    code: str


class TlsReply(BaseModel):
    anchor: str | None  # PEM of the certificate a device pins at enrolment; None on plain HTTP
    check_hostname: bool  # with the bank's CA; the branch's own CA is this hub's alone


class EnrolRequest(Strict):
    # The code's proof bound to the anchor the device saw (protocol/enrolment.py); the code itself only
    # on plain HTTP, where there is no certificate to bind it to.
    proof: Text | None = Field(default=None, min_length=64, max_length=64)
    code: Text | None = Field(default=None, max_length=32)
    name: Text = Field(max_length=40)
    device_id: Text | None = Field(default=None, max_length=36)  # the id the device already uses


class SignInRequest(Strict):
    staff_no: Text = Field(max_length=16)
    pin: Text = Field(max_length=12)
    new_pin: Text | None = Field(default=None, max_length=12)  # with /v1/pin: the PIN chosen


class KioskExitRequest(Strict):
    pin: Text = Field(max_length=12)


class KioskExitReply(BaseModel):
    opens: bool  # a branch head's PIN: the tablet may leave kiosk mode


class SignInReply(BaseModel):
    staff: dict[str, Any]  # the person's row, as a pull sends it
    secret: str  # behind their sign-in proofs: the device keeps it only wrapped under the PIN
    must_change: bool  # a one-time PIN, or one from before the rules: a new one first


class EnrolReply(BaseModel):
    device_id: str
    token: str
    hub_proof: str = ""  # that this hub knows the code: the device checks it before keeping anything


class Mutation(Strict):
    id: Text = Field(min_length=1, max_length=36)
    name: Text = Field(min_length=1, max_length=32)
    args: dict[str, Any]
    staff_id: int = Field(ge=1, le=MAX_ID)
    session_id: Text = Field(default="", max_length=36)
    proof: Text = Field(default="", max_length=64)  # that this person signed in on this device
    resend: bool = False  # sent again because the hub was restored from a backup


class PushRequest(Strict):
    mutations: list[Mutation] = Field(max_length=MAX_MUTATIONS)


class Decided(BaseModel):
    id: str
    status: str  # applied · refused · deferred (resent, needs another device's change first: send it again)
    refusal: dict[str, Any]
    duplicate: bool  # decided before: the same answer again, nothing changed


class PushReply(BaseModel):
    results: list[Decided]
    last_seq: int


class Change(BaseModel):
    seq: int
    stamp: str  # send it back with `since`: the hub tells whether its feed is still the one you pulled
    table: str
    key: str
    data: dict[str, Any]


class RowsRequest(Strict):
    keys: list[Annotated[tuple[Text, Text], AfterValidator(_in_range)]] = Field(max_length=PULL_LIMIT)


class Row(BaseModel):
    table: str
    key: str
    data: dict[str, Any] | None  # None: the hub has no such row


class RowsReply(BaseModel):
    rows: list[Row]


class PullReply(BaseModel):
    changes: list[Change]
    last_seq: int  # pull again from here; equal to the newest seq when nothing more waits
    # The hub's feed no longer holds the change you pulled last (the hub was restored from a backup):
    # pull again from 0, and send again what you had confirmed.
    reset: bool = False


WATCHDOG = Actor(0, Role.BRANCH_HEAD)  # staff 0 in the history: the hub itself, not a person


def create_app(
    ctx: Ctx,
    *,
    watch_s: float = 5.0,
    tls: HubTls | None = None,
    api_docs: bool = False,
    backups: Path | None = None,
    jobs_s: float = JOBS_LOOK_S,
) -> FastAPI:
    """The hub over its own store (`ctx.outbox` off: the hub queues nothing for anyone), served over
    `tls` (None: plain HTTP, --insecure-http).

    Every `watch_s` seconds it escalates offers unanswered past the response time, by its own clock:
    device clocks never decide. Once a day it renews its server certificate when due, in the running
    server's context (`app.state.ssl_context`, set by whoever runs it). `api_docs`: serve
    /openapi.json, /docs and /redoc.

    Every `jobs_s` seconds it runs the nightly jobs that are due by its clock (services/housekeeping.py):
    the retention purge, and a backup into `backups` (None: no scheduled backup).
    """
    install(ctx.db, ctx.clock)
    bell = FeedBell(lambda after, limit: _read_feed(ctx, after, limit), lambda: access.unrevoked(ctx))
    revocations = access.Revocations(ctx)
    trail = AuditTrail(ctx)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        bell.attach(asyncio.get_running_loop())
        # What exists before the first request (the imports, the app, the store's metadata) lives as long as
        # the hub: left out of the garbage collector's full passes, which under a flood held the loop ~120 ms.
        gc.freeze()

        async def watch() -> None:
            while True:
                await asyncio.sleep(watch_s)
                await asyncio.to_thread(expire_overdue, ctx, WATCHDOG)
                await asyncio.to_thread(bell.publish)

        async def look() -> None:  # for changes another process wrote (a purge from the command line)
            while True:
                await asyncio.sleep(EVENT_LOOK_S)
                await asyncio.to_thread(bell.publish)

        async def renewal() -> None:
            nonlocal tls
            while True:
                await asyncio.sleep(RENEWAL_LOOK_S)
                context = getattr(app.state, "ssl_context", None)
                if tls is not None and context is not None:
                    tls = await asyncio.to_thread(renew, tls, context)

        async def jobs() -> None:
            while True:
                await asyncio.sleep(jobs_s)
                try:
                    ran = await asyncio.to_thread(run_due_jobs, ctx, backups=backups)
                except Exception:  # the store away for a moment: the job is still due at the next look
                    log.exception("the hub's nightly jobs failed; trying again in %.0f s", jobs_s)
                    continue
                if ran.purged:
                    await asyncio.to_thread(bell.publish)  # the purged rows, for every device

        tasks = [asyncio.create_task(t) for t in (watch(), look(), renewal(), jobs(), trail.run())]
        yield
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await asyncio.to_thread(trail.close)  # the requests have been answered: nothing more is refused
        gc.unfreeze()  # for a process that goes on (a test's): what the hub held may be collected again

    app = FastAPI(
        title="Lobby referral branch hub",
        version="1",
        lifespan=lifespan,
        openapi_url="/openapi.json" if api_docs else None,  # None: no /docs or /redoc either
    )

    def audit(
        request: Request, outcome: str, detail: dict[str, Any], device: str | None = None, staff_id: int | None = None
    ) -> None:
        trail.record(
            request.url.path, outcome, detail, client=client_of(request.scope), device=device, staff_id=staff_id
        )

    def audit_scope(scope: Scope, detail: dict[str, Any]) -> None:
        trail.record(str(scope.get("path", "request")), "refused", detail, client=client_of(scope))

    async def spoken(request: Request, lobby_protocol: Annotated[str | None, Header(alias=HEADER)] = None) -> int:
        """The protocol version the request speaks: the current one or the one before; otherwise 426
        (the device keeps its changes and says which side needs the update) or 400 for a garbled one."""
        version = request_version(lobby_protocol)
        mismatch = None if version is None else check_version(version)
        if version is not None and mismatch is None:
            return version
        detail = {
            "field": "protocol",
            "rule": mismatch.rule if mismatch else "bad_version",
            "message": mismatch.message if mismatch else f"{HEADER} must be a whole number",
            "hub": [OLDEST, VERSION],
        }
        audit(request, "refused", detail)
        raise HTTPException(426 if mismatch else 400, detail)

    async def device(request: Request, authorization: Annotated[str | None, Header()] = None) -> HubDevice:
        """The device whose token TokenGate found (`authorization` is declared here for the API's docs)."""
        found = request.scope.get("state", {}).get("device")
        if not isinstance(found, HubDevice):  # only if the gate were taken away: refuse, never assume
            audit(request, "refused", dict(UNKNOWN_DEVICE))
            raise HTTPException(401, "unknown or revoked device token")
        return found

    @app.exception_handler(RequestValidationError)
    async def malformed(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": list(e["loc"]), "msg": e["msg"]} for e in exc.errors()]
        audit(request, "refused", {"rule": "malformed", "errors": json.loads(json.dumps(errors, default=str))[:10]})
        return JSONResponse({"detail": errors}, status_code=422)

    @app.exception_handler(DomainError)
    async def refused(request: Request, exc: DomainError) -> JSONResponse:
        detail = {"field": exc.field, "rule": exc.rule, "message": exc.message}
        audit(request, "refused", detail)
        until = exc.params.get("until")
        if exc.rule == "locked" and isinstance(until, datetime):  # a staff number locked after wrong PINs
            wait = max(1, int((until - ctx.now()).total_seconds()))
            return JSONResponse({"detail": detail}, status_code=429, headers={"Retry-After": str(wait)})
        return JSONResponse({"detail": detail}, status_code=403 if exc.rule == "wrong_role" else 400)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/enrolment-codes", response_model=CodeReply, dependencies=[Depends(spoken)])
    def enrolment_code(body: CodeRequest) -> CodeReply:
        return CodeReply(code=access.make_enrolment_code(ctx, staff_no=body.staff_no, pin=body.pin))

    @app.get("/v1/tls", response_model=TlsReply, dependencies=[Depends(spoken)])
    def tls_anchor() -> TlsReply:
        """What a new device pins; it trusts it only once the enrolment proves the hub knows its code."""
        return TlsReply(anchor=tls.anchor if tls else None, check_hostname=tls is not None and not tls.own_ca)

    @app.post("/v1/devices", response_model=EnrolReply, dependencies=[Depends(spoken)])
    def enrol(body: EnrolRequest, request: Request) -> EnrolReply:
        hub_proof = ""
        if body.proof is not None:
            fingerprint = tls.fingerprint if tls else ""
            device_id, token, hub_proof = access.enrol_bound(
                ctx, proof=body.proof, anchor_fingerprint=fingerprint, name=body.name, device_id=body.device_id
            )
        elif body.code is not None and tls is None:
            device_id, token = access.enrol_device(ctx, code=body.code, name=body.name, device_id=body.device_id)
        else:
            message = "send the code's proof bound to the hub's certificate (a device from before TLS: update it)"
            raise ValidationError("proof", "required", message)
        audit(request, "accepted", {"name": body.name}, device_id)
        bell.publish()  # the device's row, for every device
        return EnrolReply(device_id=device_id, token=token, hub_proof=hub_proof)

    @app.post("/v1/sign-in", response_model=SignInReply, dependencies=[Depends(spoken)])
    def sign_in(body: SignInRequest, request: Request, who: Annotated[HubDevice, Depends(device)]) -> SignInReply:
        """A person signs in on an enrolled device: the hub checks the PIN (and counts a wrong one towards
        the lock every device shares) and gives the secret their session's proofs are made with."""
        signed = authorise(ctx, staff_no=body.staff_no, pin=body.pin)
        audit(request, "accepted", {"staff_no": body.staff_no}, who.id, signed.staff.id)
        access.seen(ctx, who, staff_id=signed.staff.id)
        return _signed_in(signed)

    @app.post("/v1/pin", response_model=SignInReply, dependencies=[Depends(spoken)])
    def new_pin(body: SignInRequest, request: Request, who: Annotated[HubDevice, Depends(device)]) -> SignInReply:
        """A person chooses a new PIN with their current one: a new secret, and their sessions end."""
        if body.new_pin is None:
            raise ValidationError("new_pin", "required", "the new PIN is missing")
        changed = change_pin(ctx, staff_no=body.staff_no, pin=body.pin, new_pin=body.new_pin)
        audit(request, "accepted", {"staff_no": body.staff_no, "rule": "pin_changed"}, who.id, changed.staff.id)
        bell.publish()  # the person's row (when the PIN was set), for every device
        return _signed_in(changed)

    @app.post("/v1/kiosk-exit", response_model=KioskExitReply, dependencies=[Depends(spoken)])
    def kiosk_exit(
        body: KioskExitRequest, request: Request, who: Annotated[HubDevice, Depends(device)]
    ) -> KioskExitReply:
        """Whether a PIN is a branch head's, for a tablet where no head has signed in (a wrong one counts
        against every head, as on a device)."""
        opens = is_branch_head_pin(ctx, body.pin)
        audit(request, "accepted" if opens else "refused", {"rule": "kiosk_exit" if opens else "wrong_pin"}, who.id)
        return KioskExitReply(opens=opens)

    @app.post("/v1/push", response_model=PushReply)
    def push(
        body: PushRequest, who: Annotated[HubDevice, Depends(device)], version: Annotated[int, Depends(spoken)]
    ) -> PushReply:
        decisions = apply_push(
            ctx,
            device_id=who.id,
            mutations=[
                Pushed(m.id, m.name, m.args, m.staff_id, m.session_id, m.proof, m.resend, version)
                for m in body.mutations
            ],
        )
        newest = bell.publish()
        if body.mutations:
            access.seen(ctx, who, staff_id=body.mutations[-1].staff_id)
        return PushReply(
            results=[Decided(id=d.id, status=d.status, refusal=d.refusal, duplicate=d.duplicate) for d in decisions],
            last_seq=newest,
        )

    @app.get("/v1/events")
    async def events(
        who: Annotated[HubDevice, Depends(device)], version: Annotated[int, Depends(spoken)]
    ) -> StreamingResponse:
        """Server-sent events, one per commit: the changes themselves, following on from the change named
        in `after` (a device whose cursor is there takes them without a pull), or only `last_seq`."""

        async def stream() -> AsyncIterator[str]:
            with bell.listener() as rang:
                seen, quiet = bell.newest, 0.0
                yield where_only(seen)
                while True:
                    started = time.monotonic()
                    try:
                        async with asyncio.timeout(min(REVOCATION_LOOK_S, HEARTBEAT_S - quiet)):
                            await rang.wait()
                    except TimeoutError:
                        quiet += time.monotonic() - started
                        # revoked meanwhile (at this hub or from its command line): the stream ends. The streams
                        # looking out in the same half second share one read.
                        if await revocations.revoked(who.id, ("quiet", int(time.monotonic() * 2))):
                            return
                        if quiet >= HEARTBEAT_S:
                            quiet = 0.0
                            yield ": still here\n\n"  # keeps proxies and the device's read timeout from closing it
                        continue
                    rang.clear()
                    quiet += time.monotonic() - started
                    if who.id not in bell.audience:
                        return  # a revoked device hears of no change after its revocation
                    # Both before a yield lets the bell move on. The bell words its events for this version:
                    # a device of an older one pulls what changed, as the pull words its rows (rows.for_version).
                    current = version >= VERSION
                    texts = bell.since(seen) if current else [where_only(bell.newest)] * (bell.newest != seen)
                    seen = bell.newest
                    for text in texts:
                        quiet = 0.0
                        yield text

        return StreamingResponse(stream(), media_type="text/event-stream")

    @app.post("/v1/rows", response_model=RowsReply)
    def rows(
        body: RowsRequest, who: Annotated[HubDevice, Depends(device)], version: Annotated[int, Depends(spoken)]
    ) -> RowsReply:
        """The hub's version of given rows: a device takes it for what its own decided changes wrote. A row
        the device's version has no words for is left out (rows.for_version): the device keeps what it had."""
        found = current_rows(ctx, body.keys)
        replied = []
        for t, k in body.keys:
            data = found.get((t, k))
            worded = None if data is None else for_version(t, data, version)
            if data is None or worded is not None:
                replied.append(Row(table=t, key=k, data=worded))
        return RowsReply(rows=replied)

    @app.get("/v1/pull", response_model=PullReply)
    def pull(
        who: Annotated[HubDevice, Depends(device)],
        version: Annotated[int, Depends(spoken)],
        lobby_app: Annotated[str, Header(alias=APP_HEADER, max_length=32)] = "",
        lobby_waiting: Annotated[int | None, Header(alias=WAITING_HEADER, ge=0, le=MAX_ID)] = None,
        since: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
        stamp: Annotated[Text | None, Query(max_length=16)] = None,
        limit: Annotated[int, Query(ge=1, le=PULL_LIMIT)] = PULL_LIMIT,
    ) -> PullReply:
        access.seen(ctx, who, version=lobby_app, waiting=lobby_waiting)
        with ctx.db.read() as s:
            if since > 0 and stamp is not None:
                seen = s.get(HubChange, since)
                sent = None if seen is None else _last_sent(s, seen, version)
                if sent is None or sent.stamp != stamp:
                    return PullReply(changes=[], last_seq=0, reset=True)
            # A row this device's version has no words for is left out (rows.for_version), and the page
            # filled up from further on: a short page still means the end of the feed. The next pull
            # starts past what was left out.
            changes: list[Change] = []
            read_to = since
            while (wanted := limit - len(changes)) > 0:
                rows = s.exec(
                    select(HubChange).where(col(HubChange.seq) > read_to).order_by(col(HubChange.seq)).limit(wanted)
                ).all()
                changes += [c for r in rows if (c := _change(r, version)) is not None]
                if rows:
                    read_to = rows[-1].seq or 0
                if len(rows) < wanted:
                    break  # the end of the feed
        return PullReply(changes=changes, last_seq=read_to if read_to > since else max(since, last_seq(ctx)))

    install_admin(app, ctx, audit=audit, device=device, published=bell.publish)

    # Outermost last: the version header on every reply; the rate limits and the device's token, before
    # the body is read; then the body's size and depth, before it is parsed.
    app.add_middleware(BodyGuard, limit=MAX_BODY, on_refused=audit_scope)
    find = partial(access.device_for, ctx)
    open_paths = {"/v1/enrolment-codes", "/v1/devices", "/v1/tls"}
    app.add_middleware(TokenGate, find=find, open_paths=open_paths, on_refused=audit_scope)
    app.add_middleware(RateLimit, buckets=buckets(), now=ctx.now, on_limited=audit_scope)
    app.add_middleware(SaysItsVersion)
    app.state.audit = trail  # for a test or a tool that must see the trail written now
    app.state.bell = bell  # for a test that writes the store itself, as the enrolment endpoint does
    return app


def _change(row: HubChange, version: int = VERSION) -> Change | None:
    """The change as a device of `version` reads it; None for a row it has no words for (not sent to it)."""
    data = for_version(row.table_name, row.data, version)
    if data is None:
        return None
    return Change(seq=row.seq or 0, stamp=row.stamp, table=row.table_name, key=row.row_key, data=data)


def _last_sent(s: Session, seen: HubChange, version: int) -> HubChange | None:
    """The newest change from `seen` back that a pull gave a device of `version`: the one whose stamp it
    keeps with its cursor (the rows after it that it has no words for moved its cursor, not its stamp)."""
    if for_version(seen.table_name, seen.data, version) is not None:
        return seen  # always, for a device of the hub's version
    seq = (seen.seq or 0) - 1
    while seq > 0:
        rows = s.exec(
            select(HubChange).where(col(HubChange.seq) <= seq).order_by(col(HubChange.seq).desc()).limit(PULL_LIMIT)
        ).all()
        sent = next((r for r in rows if for_version(r.table_name, r.data, version) is not None), None)
        if sent is not None or len(rows) < PULL_LIMIT:
            return sent
        seq = (rows[-1].seq or 0) - 1
    return None


def _signed_in(signed: Authorised) -> SignInReply:
    staff = snapshot("staff", signed.staff.model_dump())
    return SignInReply(staff=staff, secret=signed.secret, must_change=signed.must_change)


_FEED = HubChange.__table__  # type: ignore[attr-defined]
# As a pull words them in today's words (`Change`), none left out. Read through Core: the bell reads after
# every push, and the ORM's objects and the model's dump cost it as much again.
_FEED_AFTER = (
    select(_FEED.c.seq, _FEED.c.stamp, _FEED.c.table_name.label("table"), _FEED.c.row_key.label("key"), _FEED.c.data)
    .where(_FEED.c.seq > bindparam("after"))
    .order_by(_FEED.c.seq)
    .limit(bindparam("limit"))
)
_FEED_NEWEST = select(_FEED.c.seq, _FEED.c.stamp).order_by(_FEED.c.seq.desc()).limit(1)


def _read_feed(ctx: Ctx, after: int, limit: int) -> tuple[list[dict[str, Any]], int, str]:
    """The feed's changes past `after` as the pull words them (at most `limit`), its newest seq and stamp."""
    with ctx.db.read() as s:
        conn = core(s)
        rows = conn.execute(_FEED_AFTER, {"after": after, "limit": limit}).mappings().all() if limit else []
        newest = conn.execute(_FEED_NEWEST).first()
    return [dict(r) for r in rows], newest.seq if newest else 0, newest.stamp if newest else ""


class SaysItsVersion:
    """Every reply names the protocol version the hub speaks, so a device knows which side is behind."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def named(message: Any) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (HEADER.lower().encode(), str(VERSION).encode())]
            await send(message)

        await self.app(scope, receive, named)
