"""Shared fixtures: every test runs headless against its own private home."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One locale for every test, whatever the machine's: English words, 24-hour
# times, weeks from Monday (set before Qt reads it). Tests of other languages
# choose theirs through ui.language or their own subprocess environment.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

# Property tests check behaviour, not speed: a busy 2-core CI machine must not
# turn a slow example into a failure.
settings.register_profile(
    "standup-buddy", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("standup-buddy")


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point STANDUP_BUDDY_HOME at a fresh folder so no test touches real files."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("STANDUP_BUDDY_HOME", str(home))
    # The socket and instance lock too: a short private folder (socket paths are
    # limited to ~100 bytes, so not under tmp_path).
    runtime = tempfile.mkdtemp(prefix="sb-run-")
    monkeypatch.setenv("XDG_RUNTIME_DIR", runtime)
    yield home
    shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture(autouse=True)
def collect_garbage_between_tests() -> Iterator[None]:
    """Run Python's cycle collector only between tests, once Qt has deleted what it will.

    Widgets and Qt Quick scenes that a test leaves to ``deleteLater`` can be
    half torn down when an automatic collection happens to start inside a later
    Qt call; collecting wrappers then crashed the interpreter once in a full run
    (inside a Progress view test, "Garbage-collecting"). The app itself never
    tears windows down mid-call like the suite does, one test after another.
    """
    import gc

    gc.disable()
    try:
        yield
    finally:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QCoreApplication.processEvents()
        gc.enable()
        gc.collect()


@pytest.fixture(autouse=True)
def restore_interface_language() -> Iterator[None]:
    """A test that switches the interface language leaves English and the system locale.

    ``install_language`` sets process-wide state (Qt's default locale, the
    translators, the words ``textfmt`` uses); without this, a test that
    starts the app in English (``en`` is US English: 12-hour clock, weeks
    from Sunday) changes what every later test sees.
    """
    yield
    from PySide6.QtCore import QCoreApplication, QLocale

    from standup_buddy import textfmt
    from standup_buddy.i18n.qt import uninstall_language

    app = QCoreApplication.instance()
    if app is not None:
        uninstall_language(app)
    else:
        textfmt.WORDS.reset()
        QLocale.setDefault(QLocale.system())
