"""A fault-injecting HTTP/1.1 proxy between devices and the hub, for fault tests.

It cuts the network, delays, drops requests, drops replies after the hub did the work, and delivers requests twice.
Each request goes upstream on a fresh connection with `Connection: close`, and the client's connection is closed
after the reply, so every request stands alone and a fault never leaves a half-used connection behind.

    with ChaosProxy(hub_port, seed=1) as proxy:
        proxy.drop_reply_rate = 0.3
        client = httpx.Client(base_url=proxy.url)
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

# Connection management is between the proxy and each side, never passed through.
HOP_BY_HOP = frozenset({b"connection", b"keep-alive", b"proxy-connection"})
CHUNK = 65536


@dataclass(eq=False)
class _Conn:
    """One client connection and the upstream connections opened for it, so a cut can close them all."""

    task: asyncio.Task[Any]
    writers: list[asyncio.StreamWriter] = field(default_factory=list)

    def abort(self) -> None:
        for w in self.writers:
            w.transport.abort()


def _closing(head: bytes) -> bytes:
    """A request or response head with its connection headers replaced by `Connection: close`."""
    first, *lines = head.removesuffix(b"\r\n\r\n").split(b"\r\n")
    kept = [ln for ln in lines if ln.split(b":", 1)[0].strip().lower() not in HOP_BY_HOP]
    return b"\r\n".join([first, *kept, b"Connection: close"]) + b"\r\n\r\n"


def _header(head: bytes, name: bytes) -> bytes | None:
    for line in head.split(b"\r\n")[1:]:
        key, _, value = line.partition(b":")
        if key.strip().lower() == name:
            return value.strip()
    return None


def _quiet(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """Resets and EOFs are the point of this proxy; anything else is a bug and is reported as usual."""
    if isinstance(context.get("exception"), OSError | EOFError):
        return
    loop.default_exception_handler(context)


class ChaosProxy:
    """A proxy to `http://127.0.0.1:{target_port}` on its own thread and event loop; the fault knobs are plain
    attributes, read per request, that any thread may change at any time."""

    def __init__(self, target_port: int, *, seed: int = 0) -> None:
        self.target_port = target_port
        self.rng = random.Random(seed)
        self.cut = False  # set it with set_cut(True) to also close the open connections
        self.delay_s: tuple[float, float] = (0.0, 0.0)
        self.drop_request_rate = 0.0
        self.drop_reply_rate = 0.0
        self.duplicate_rate = 0.0
        self.stats: dict[str, int] = dict.fromkeys(
            ("requests", "dropped_requests", "dropped_replies", "duplicated", "cut_connections"), 0
        )
        self.port = 0  # known once started
        self._conns: set[_Conn] = set()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- life cycle, from the test's thread --

    def start(self) -> ChaosProxy:
        assert self._thread is None, "already started"
        self._ready.clear()
        self._thread = threading.Thread(target=self._run, name=f"chaos-proxy-{self.target_port}", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout=10):
            raise RuntimeError("the chaos proxy did not start")
        if self._error is not None:
            self._thread = None
            raise self._error
        return self

    def stop(self) -> None:
        if self._thread is None:
            return
        if self._loop is not None and self._stopping is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already ended
                self._loop.call_soon_threadsafe(self._stopping.set)
        self._thread.join(timeout=10)
        self._thread = None

    def __enter__(self) -> ChaosProxy:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def set_cut(self, cut: bool) -> None:
        """Cut (or restore) the network; cutting also closes every open connection, streams included, before
        it returns, so the test's next step already sees the cut."""
        self.cut = cut
        loop = self._loop
        if not cut or loop is None or loop.is_closed():
            return
        done = asyncio.run_coroutine_threadsafe(self._cut_all(), loop)
        if threading.current_thread() is not self._thread:  # waiting on the loop's own thread would deadlock
            done.result(timeout=10)

    # -- the proxy's thread --

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except Exception as exc:
            self._error = exc
        finally:
            self._ready.set()  # also when starting failed, so start() does not wait for nothing

    async def _main(self) -> None:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(_quiet)
        self._stopping = asyncio.Event()
        server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = int(server.sockets[0].getsockname()[1])
        self._loop = loop
        self._ready.set()
        try:
            await self._stopping.wait()
        finally:
            server.close()
            await self._cut_all(count=False)
            await server.wait_closed()

    async def _cut_all(self, *, count: bool = True) -> None:
        conns = list(self._conns)
        for conn in conns:
            conn.abort()
            conn.task.cancel()
        if count:
            self.stats["cut_connections"] += len(conns)
        await asyncio.gather(*(c.task for c in conns), return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        conn = _Conn(task, [writer])
        self._conns.add(conn)
        try:
            if self.cut:
                self.stats["cut_connections"] += 1
                return
            await self._one_request(conn, reader, writer)
        except (OSError, EOFError, asyncio.LimitOverrunError, ValueError):
            pass  # a side went away or sent nonsense: this connection ends, the proxy goes on
        except asyncio.CancelledError:
            # Cancelled by a cut or by stop(). The task must still end normally: asyncio of Python 3.11 reports a
            # cancelled client_connected_cb task as an unhandled error.
            pass
        finally:
            self._conns.discard(conn)
            for w in conn.writers:
                w.close()  # close, not abort: the reply may still be in the client's send buffer

    async def _one_request(self, conn: _Conn, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        if _header(head, b"transfer-encoding") is not None:
            return  # chunked request bodies are not supported; the devices always send Content-Length
        body = await reader.readexactly(int(_header(head, b"content-length") or 0))
        self.stats["requests"] += 1
        if self.cut:  # set as a plain attribute after this connection was accepted
            self.stats["cut_connections"] += 1
            return
        method, target, *_ = head.split(b"\r\n", 1)[0].split(b" ")
        # The event stream never ends: its reply can be neither read to the end nor discarded.
        streaming = method == b"GET" and target.split(b"?", 1)[0] == b"/v1/events"
        request = _closing(head) + body
        # Every draw is made for every request, so a seed gives the same faults to the same sequence of requests.
        delay = self.rng.uniform(*self.delay_s)
        drop_request, duplicate, drop_reply = self.rng.random(), self.rng.random(), self.rng.random()
        if delay > 0:
            await asyncio.sleep(delay)
        if drop_request < self.drop_request_rate:
            self.stats["dropped_requests"] += 1
            return
        if not streaming and duplicate < self.duplicate_rate:
            extra_reader, _ = await self._send_upstream(conn, request)
            await extra_reader.read()  # the hub's whole reply to the extra copy, thrown away
            self.stats["duplicated"] += 1
        up_reader, _ = await self._send_upstream(conn, request)
        if not streaming and drop_reply < self.drop_reply_rate:
            await up_reader.read()  # the hub has done the work and replied; the device never hears
            self.stats["dropped_replies"] += 1
            return
        writer.write(_closing(await up_reader.readuntil(b"\r\n\r\n")))
        await writer.drain()
        await self._relay(up_reader, reader, writer)

    async def _send_upstream(self, conn: _Conn, request: bytes) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        conn.writers.append(up_writer)
        up_writer.write(request)
        await up_writer.drain()
        return up_reader, up_writer

    async def _relay(
        self, up_reader: asyncio.StreamReader, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        """Pass the reply's body through chunk by chunk until the hub closes, or until the client goes away
        (a device closing its event stream must close the hub's side too)."""

        async def pump() -> None:
            while chunk := await up_reader.read(CHUNK):
                writer.write(chunk)
                await writer.drain()

        async def client_gone() -> None:
            while await reader.read(CHUNK):
                pass

        tasks = {asyncio.ensure_future(pump()), asyncio.ensure_future(client_gone())}
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
