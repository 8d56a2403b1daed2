"""Talking to the running app over a per-user local socket.

One JSON object per line each way.  The server (inside the tray app) answers
``status``, ``break``, ``pause``, ``resume`` and ``activate`` (a second start
hands over by asking the first to show its Progress window).  The socket only
admits the same user (``QLocalServer.UserAccessOption``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

Request = dict[str, Any]
Response = dict[str, Any]
Handler = Callable[[Request], Response]

CONNECT_TIMEOUT_MS = 300
REPLY_TIMEOUT_MS = 2000
_MAX_LINE = 64 * 1024


def send_request(
    name: str, request: Request, timeout_ms: int = REPLY_TIMEOUT_MS
) -> Response | None:
    """Send one request to the running app; None when no app is listening."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return None
    socket.write(json.dumps(request).encode() + b"\n")
    socket.flush()
    buffer = b""
    while b"\n" not in buffer:
        if not socket.waitForReadyRead(timeout_ms):
            socket.abort()
            return {"ok": False, "error": "the running app did not answer in time"}
        buffer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    try:
        reply = json.loads(buffer.split(b"\n", 1)[0])
    except ValueError:
        return {"ok": False, "error": "the running app sent an unreadable answer"}
    return reply if isinstance(reply, dict) else {"ok": False, "error": "unexpected answer"}


class IpcServer(QObject):
    """Listens on the per-user socket and answers requests with ``handler``."""

    def __init__(self, name: str, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed instance is replaced."""
        if self._server.listen(self._name):
            return True
        # Only called after send_request found nobody answering, so the file is stale.
        QLocalServer.removeServer(self._name)
        return self._server.listen(self._name)

    def close(self) -> None:
        """Stop listening, drop open connections and remove the socket file."""
        self._server.close()
        for socket in self._server.findChildren(QLocalSocket):
            socket.readyRead.disconnect(self._read)
            socket.abort()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # Bound-method and C++ slots only: a Python lambda called while Qt
            # tears a socket down can outlive the objects it refers to.
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)

    def _read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if not socket.canReadLine():
            if socket.bytesAvailable() > _MAX_LINE:
                socket.abort()
            return
        line = bytes(socket.readLine(_MAX_LINE).data()).strip()
        try:
            request = json.loads(line)
            if not isinstance(request, dict):
                raise ValueError("not an object")
            reply = self._handler(request)
        except ValueError as exc:
            reply = {"ok": False, "error": f"bad request: {exc}"}
        socket.write(json.dumps(reply).encode() + b"\n")
        socket.flush()
