"""Notifications: plyer when it works, the tray balloon otherwise, never a crash or a hang."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from standup_buddy.platform.notify import Notifier, PlyerBackend, detect_backend


class RecordingBackend:
    name = "fake desktop"

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.sent: list[tuple[str, str]] = []
        self.threads: list[str] = []

    def send(self, title: str, message: str) -> None:
        self.threads.append(threading.current_thread().name)
        if self.error is not None:
            raise self.error
        self.sent.append((title, message))


class BlockingBackend:
    name = "stuck desktop"

    def __init__(self) -> None:
        self.release = threading.Event()
        self.calls = 0

    def send(self, title: str, message: str) -> None:
        self.calls += 1
        self.release.wait(10)


class TrayMessages:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def __call__(self, title: str, message: str) -> None:
        self.shown.append((title, message))


def test_desktop_notification_is_sent_off_the_gui_thread(qtbot: QtBot) -> None:
    backend, tray = RecordingBackend(), TrayMessages()
    notifier = Notifier(tray, backend)
    with qtbot.waitSignal(notifier.delivered) as blocker:
        assert notifier.notify("Time for a break", "Stand up and stretch") == "desktop"
    assert blocker.args == ["desktop", "Time for a break", "Stand up and stretch"]
    assert backend.sent == [("Time for a break", "Stand up and stretch")]
    assert backend.threads == ["notify"]
    assert tray.shown == []


def test_a_failing_backend_falls_back_to_the_tray_for_good(qtbot: QtBot) -> None:
    backend, tray = RecordingBackend(RuntimeError("no bus")), TrayMessages()
    notifier = Notifier(tray, backend)
    with qtbot.waitSignal(notifier.delivered) as blocker:
        notifier.notify("Time for a break", "Stand up")
    assert blocker.args[0] == "tray"
    assert tray.shown == [("Time for a break", "Stand up")]
    # The next message goes straight to the tray without trying plyer again.
    assert notifier.notify("Again", "Later") == "tray"
    assert len(backend.threads) == 1
    assert notifier.backend_name == "tray messages"


def test_a_hanging_backend_never_blocks_and_is_abandoned(qtbot: QtBot) -> None:
    backend, tray = BlockingBackend(), TrayMessages()
    notifier = Notifier(tray, backend)
    notifier.SEND_TIMEOUT_SECONDS = 0.0
    assert notifier.notify("First", "hangs in the worker") == "desktop"
    qtbot.waitUntil(lambda: backend.calls == 1)
    # The first send is still stuck: the second goes to the tray at once.
    assert notifier.notify("Second", "shown anyway") == "tray"
    assert tray.shown == [("Second", "shown anyway")]
    backend.release.set()
    assert notifier.wait_idle()


def test_without_backend_or_tray_nothing_crashes(qtbot: QtBot) -> None:
    notifier = Notifier(None, None, detect=False)
    with qtbot.waitSignal(notifier.delivered) as blocker:
        assert notifier.notify("Hello", "nobody listens") == "none"
    assert blocker.args[0] == "none"


def test_a_crashing_tray_fallback_is_contained(qtbot: QtBot) -> None:
    def broken(title: str, message: str) -> None:
        raise RuntimeError("tray went away")

    notifier = Notifier(broken, None, detect=False)
    assert notifier.notify("Hello", "still fine") == "none"


def test_detection_never_warns_and_explains_a_missing_service(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    # An empty PATH: no notify-send; this venv has no dbus-python either.
    monkeypatch.setenv("PATH", str(tmp_path))
    backend, reason = detect_backend()  # filterwarnings=error: a leaked warning fails here
    if backend is None:
        assert "notif" in reason
    else:
        assert isinstance(backend, PlyerBackend)
        assert backend.name.startswith("plyer")


def test_detected_plyer_backend_failing_falls_back(qtbot: QtBot) -> None:
    class Impl:
        def notify(self, **kwargs: object) -> None:
            raise FileNotFoundError("notify-send")

    tray = TrayMessages()
    notifier = Notifier(tray, PlyerBackend(Impl(), "plyer: NotifySendNotification"))
    with qtbot.waitSignal(notifier.delivered) as blocker:
        notifier.notify("Break", "Stretch")
    assert blocker.args[0] == "tray"
