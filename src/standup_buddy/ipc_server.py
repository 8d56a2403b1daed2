"""The running app's end of the local socket: one instance, validated requests.

See ``ipc`` for the protocol and the rules; this half needs Qt's event loop
(``QSocketNotifier`` on Linux and macOS; a ``QLocalServer`` named pipe on
Windows, the only place QtNetwork is loaded).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

from standup_buddy.ipc import (
    _WINDOWS,
    HANDOVER_TIMEOUT_S,
    MAX_CLIENTS,
    MAX_LINE,
    BadRequest,
    Handler,
    InstanceLock,
    Request,
    Response,
    UnsafeSocket,
    _refuse_stranger,
    parse_request,
    runtime_dir,
    send_request,
    socket_path,
)

log = logging.getLogger(__name__)


@dataclass
class Claim:
    """What a start found: the server to run, or the running app's answer."""

    server: IpcServer | None = None
    reply: Response | None = None
    error: str | None = None


def claim_instance(
    name: str,
    request: Request,
    timeout_s: float = HANDOVER_TIMEOUT_S,
    parent: QObject | None = None,
) -> Claim:
    """Become the one instance for ``name``, or hand ``request`` to the one running.

    The lock is taken before the socket exists, so of two starts at the same
    moment exactly one listens; the other connects (its request waits in the
    socket's backlog while the winner finishes starting) and gets the answer.
    """
    server = IpcServer(name, parent=parent)
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if server.listen():
                return Claim(server=server)
        except OSError as exc:
            return Claim(error=str(exc))
        reply = send_request(name, request, timeout_s=max(0.5, deadline - time.monotonic()))
        if reply is not None:
            return Claim(reply=reply)
        if time.monotonic() >= deadline:
            return Claim(error="another Standup Buddy holds the instance lock but does not answer")
        # The lock holder has not created its socket yet (or just died): a short
        # bounded wait before looking again.
        time.sleep(0.02)


# --- the server ------------------------------------------------------------------------------


@dataclass
class _Client:
    sock: socket.socket
    notifier: QSocketNotifier
    inbox: bytearray = field(default_factory=bytearray)
    outbox: bytearray = field(default_factory=bytearray)
    writer: QSocketNotifier | None = None
    closing: bool = False


class IpcServer(QObject):
    """Listens on the per-user socket and answers requests with ``handler``."""

    def __init__(
        self, name: str, handler: Handler | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._handler = handler
        self._lock: InstanceLock | None = None
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[int, _Client] = {}
        self._pipe: Any = None
        self.path: Path | None = None

    def set_handler(self, handler: Handler) -> None:
        """Answer requests with ``handler`` from now on."""
        self._handler = handler

    @property
    def listening(self) -> bool:
        """True while this instance owns the socket."""
        return self._listener is not None or self._pipe is not None

    def listen(self) -> bool:
        """Take the instance lock and listen; False when another instance runs.

        Raises ``OSError`` when the socket cannot be created at all.
        """
        if self.listening:
            return True
        if _WINDOWS:
            return self._listen_pipe()
        folder = runtime_dir()
        lock = InstanceLock.try_acquire(folder / f"{self._name}.lock")
        if lock is None:
            return False
        path = socket_path(self._name)
        try:
            # Holding the lock, any socket file here is a dead instance's.
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            old_umask = os.umask(0o177)
            try:
                listener.bind(os.fspath(path))
            finally:
                os.umask(old_umask)
            listener.listen(MAX_CLIENTS)
            listener.setblocking(False)
        except OSError:
            lock.release()
            raise
        self._lock, self._listener, self.path = lock, listener, path
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def close(self) -> None:
        """Stop listening, drop open connections, remove the socket, free the lock."""
        if self._pipe is not None:
            self._pipe.close()
            self._pipe = None
        for client in list(self._clients.values()):
            self._drop(client)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
            if self.path is not None:
                with contextlib.suppress(OSError):
                    self.path.unlink()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # --- connections ---

    def _accept(self, *_: object) -> None:
        listener = self._listener
        if listener is None:
            return
        while True:
            try:
                sock, _addr = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                log.exception("accepting a connection failed")
                return
            try:
                _refuse_stranger(sock, self.path or Path("?"))
            except (UnsafeSocket, OSError) as exc:
                log.warning("refused a connection: %s", exc)
                sock.close()
                continue
            if len(self._clients) >= MAX_CLIENTS:
                sock.close()
                continue
            sock.setblocking(False)
            notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
            client = _Client(sock, notifier)
            self._clients[sock.fileno()] = client
            notifier.activated.connect(self._readable)

    def _client_for(self, notifier: object) -> _Client | None:
        for client in self._clients.values():
            if client.notifier is notifier or client.writer is notifier:
                return client
        return None

    def _readable(self, *_: object) -> None:
        client = self._client_for(self.sender())
        if client is None:
            return
        try:
            data = client.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            self._drop(client)
            return
        client.inbox += data
        while b"\n" in client.inbox and not client.closing:
            line, _sep, rest = bytes(client.inbox).partition(b"\n")
            client.inbox = bytearray(rest)
            self._reply(client, self._answer(line.strip()))
        if len(client.inbox) > MAX_LINE and not client.closing:
            client.inbox.clear()
            too_long = f"bad request: longer than {MAX_LINE} bytes"
            self._reply(client, {"ok": False, "error": too_long})
            client.closing = True
            client.notifier.setEnabled(False)

    def _answer(self, line: bytes) -> Response:
        try:
            request = parse_request(line)
        except BadRequest as exc:
            return {"ok": False, "error": f"bad request: {exc}"}
        if self._handler is None:
            return {"ok": False, "error": "Standup Buddy is still starting"}
        try:
            return self._handler(request)
        except BadRequest as exc:
            return {"ok": False, "error": f"bad request: {exc}"}
        except Exception:  # a handler bug must not cost the caller its answer
            log.exception("answering %r failed", request.get("cmd"))
            return {"ok": False, "error": "the running app could not do that (see its log)"}

    def _reply(self, client: _Client, reply: Response) -> None:
        client.outbox += json.dumps(reply).encode() + b"\n"
        self._flush(client)

    def _writable(self, *_: object) -> None:
        client = self._client_for(self.sender())
        if client is not None:
            self._flush(client)

    def _flush(self, client: _Client) -> None:
        try:
            sent = client.sock.send(client.outbox)
            del client.outbox[:sent]
        except (BlockingIOError, InterruptedError):
            pass
        except OSError:
            self._drop(client)
            return
        if client.outbox and client.writer is None:
            # A reader slower than our reply: finish writing when it can take more.
            client.writer = QSocketNotifier(client.sock.fileno(), QSocketNotifier.Type.Write, self)
            client.writer.activated.connect(self._writable)
        elif not client.outbox:
            if client.writer is not None:
                client.writer.setEnabled(False)
                client.writer.deleteLater()
                client.writer = None
            if client.closing:
                self._drop(client)

    def _drop(self, client: _Client) -> None:
        for notifier in (client.notifier, client.writer):
            if notifier is not None:
                notifier.setEnabled(False)
                notifier.deleteLater()
        self._clients.pop(client.sock.fileno(), None)
        client.sock.close()

    # --- Windows: a named pipe only this user may open (not verified on Windows) ---

    def _listen_pipe(self) -> bool:
        from PySide6.QtCore import QLockFile

        lock = QLockFile(str(Path(os.environ.get("TEMP", ".")) / f"{self._name}.lock"))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            return False
        pipe = _PipeServer(self._name, self._answer, self)
        if not pipe.listen():
            lock.unlock()
            raise OSError(f"cannot create the named pipe {self._name}")
        self._pipe, self._pipe_lock = pipe, lock
        return True


class _PipeServer:
    """``QLocalServer`` with ``UserAccessOption`` (the pipe's ACL names only this user)."""

    def __init__(self, name: str, answer: Callable[[bytes], Response], parent: QObject) -> None:
        from PySide6.QtNetwork import QLocalServer

        self._name = name
        self._answer = answer
        self._server = QLocalServer(parent)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        return bool(self._server.listen(self._name))

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: Any) -> None:
        while sock.canReadLine():
            line = bytes(sock.readLine(MAX_LINE + 1).data()).strip()
            sock.write(json.dumps(self._answer(line)).encode() + b"\n")
        if sock.bytesAvailable() > MAX_LINE:
            sock.write(json.dumps({"ok": False, "error": "bad request: too long"}).encode() + b"\n")
            sock.disconnectFromServer()
