"""The same storage error, reported on every save, is logged once with a count."""

from __future__ import annotations

import logging

import pytest

from standup_buddy.messages import MessageCenter, Severity


def test_a_repeated_error_is_logged_once_then_counted(caplog: pytest.LogCaptureFixture) -> None:
    center = MessageCenter()
    shown = []
    center.subscribe(shown.append)
    caplog.set_level(logging.INFO, logger="standup_buddy")
    text = "could not save history: database or disk is full."
    for _ in range(18):
        center.report(Severity.ERROR, "History not saved", text, key="db-write")
    center.report(Severity.WARNING, "Other", "something else")
    center.flush_repeats()
    lines = [r.getMessage() for r in caplog.records]
    assert lines == [
        f"History not saved: {text}",
        f"History not saved: {text} (repeated 10 times)",
        "Other: something else",
        f"History not saved: {text} (repeated 17 times)",
    ]
    assert [m.title for m in shown] == ["History not saved", "Other"]


def test_a_different_text_under_the_same_key_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    center = MessageCenter()
    caplog.set_level(logging.INFO, logger="standup_buddy")
    center.report(Severity.ERROR, "History not saved", "disk full", key="db-write")
    center.report(Severity.ERROR, "History not saved", "read-only folder", key="db-write")
    center.flush_repeats()
    assert [r.getMessage() for r in caplog.records] == [
        "History not saved: disk full", "History not saved: read-only folder"]
