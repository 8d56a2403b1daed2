"""Choosing an idle source: order per session, probing, fallback, no crashes."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standup_buddy.platform.idle import (
    FakeIdleSource,
    IdleSource,
    IdleSourceUnavailable,
    NoIdleSource,
    candidate_names,
    choose_idle_source,
    select_idle_source,
)
from standup_buddy.platform.idle.macos import MacIdleSource
from standup_buddy.platform.idle.select import IdleFactory
from standup_buddy.platform.idle.windows import WindowsIdleSource, idle_milliseconds


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({}, "win32", ["windows"]),
        ({}, "darwin", ["macos"]),
        (
            {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"},
            "linux",
            ["gnome-mutter", "freedesktop-screensaver", "wayland"],
        ),
        (
            {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE", "DISPLAY": ":0"},
            "linux",
            ["wayland", "freedesktop-screensaver", "gnome-mutter"],
        ),
        (
            {"WAYLAND_DISPLAY": "wayland-0"},
            "linux",
            ["wayland", "freedesktop-screensaver", "gnome-mutter"],
        ),
        (
            {"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"},
            "linux",
            ["x11", "gnome-mutter", "freedesktop-screensaver"],
        ),
        ({}, "linux", ["x11", "gnome-mutter", "freedesktop-screensaver"]),
        ({"DISPLAY": ":0"}, "freebsd14", ["x11", "gnome-mutter", "freedesktop-screensaver"]),
    ],
)
def test_candidate_order(environ: dict[str, str], platform: str, expected: list[str]) -> None:
    assert candidate_names(environ, platform) == expected


def test_wayland_never_tries_libxss_even_with_xwayland_display() -> None:
    env = {"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "sway"}
    assert "x11" not in candidate_names(env, "linux")


class _Recorder:
    """Factories that record which candidates were opened."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.sources: dict[str, FakeIdleSource] = {}

    def working(self, name: str, value: float) -> IdleFactory:
        def factory(_env: Mapping[str, str]) -> IdleSource:
            self.opened.append(name)
            source = FakeIdleSource(value, name=name)
            self.sources[name] = source
            return source

        return factory

    def failing(self, name: str, error: Exception) -> IdleFactory:
        def factory(_env: Mapping[str, str]) -> IdleSource:
            self.opened.append(name)
            raise error

        return factory


X11_ENV = {"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}


def test_first_working_candidate_wins_and_later_ones_are_not_opened() -> None:
    rec = _Recorder()
    selection = select_idle_source(
        X11_ENV,
        "linux",
        factories={
            "x11": rec.failing("x11", IdleSourceUnavailable("no libXss")),
            "gnome-mutter": rec.working("gnome-mutter", 12.5),
            "freedesktop-screensaver": rec.working("freedesktop-screensaver", 1.0),
        },
    )
    assert selection.source.name == "gnome-mutter"
    assert selection.reading == 12.5
    assert rec.opened == ["x11", "gnome-mutter"]
    assert [(r.name, r.reason) for r in selection.rejected] == [("x11", "no libXss")]
    assert selection.candidates[-1] == "none"


def test_everything_failing_falls_back_to_none_with_every_reason() -> None:
    rec2 = _Recorder()

    def no_reading(_env: Mapping[str, str]) -> IdleSource:
        source = FakeIdleSource(None, name="freedesktop-screensaver")
        rec2.sources["freedesktop-screensaver"] = source
        return source

    selection = select_idle_source(
        X11_ENV,
        "linux",
        factories={
            "x11": rec2.failing("x11", OSError("libXss.so.1: cannot open shared object file")),
            "gnome-mutter": rec2.failing("gnome-mutter", ImportError("No module named QtDBus")),
            "freedesktop-screensaver": no_reading,
        },
    )
    assert isinstance(selection.source, NoIdleSource)
    assert selection.source.name == "none"
    assert selection.reading == 0.0
    reasons = {r.name: r.reason for r in selection.rejected}
    assert list(reasons) == ["x11", "gnome-mutter", "freedesktop-screensaver"]
    assert "libXss" in reasons["x11"]
    assert "QtDBus" in reasons["gnome-mutter"]
    assert reasons["freedesktop-screensaver"]
    assert rec2.sources["freedesktop-screensaver"].closed


def test_candidate_whose_first_reading_raises_is_rejected_and_closed() -> None:
    class Broken(FakeIdleSource):
        def idle_seconds(self) -> float | None:
            raise OSError("display went away")

    broken = Broken(name="x11")
    source = choose_idle_source(
        X11_ENV,
        "linux",
        factories={"x11": lambda _env: broken},
    )
    assert source.name == "none"
    assert broken.closed


def test_missing_factory_is_reported_not_fatal() -> None:
    selection = select_idle_source(X11_ENV, "linux", factories={})
    assert selection.source.name == "none"
    assert {r.name for r in selection.rejected} == {
        "x11",
        "gnome-mutter",
        "freedesktop-screensaver",
    }


def test_real_factories_without_display_or_bus_never_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    # No display, and D-Bus unreachable: every real adapter must refuse politely.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    selection = select_idle_source({}, "linux")
    assert selection.source.name == "none"
    reasons = {r.name: r.reason for r in selection.rejected}
    assert "DISPLAY" in reasons["x11"]
    assert reasons["gnome-mutter"]
    assert reasons["freedesktop-screensaver"]


def test_missing_libxss_is_a_reason_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    from standup_buddy.platform.idle import x11

    def no_library(sonames: object, short_name: str) -> object:
        raise OSError(f"lib{short_name} not found")

    monkeypatch.setattr(x11, "load_library", no_library)
    selection = select_idle_source({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, "linux")
    reasons = {r.name: r.reason for r in selection.rejected}
    assert "libXss not found" in reasons["x11"]


def test_windows_and_macos_adapters_refuse_on_other_systems() -> None:
    for platform in ("win32", "darwin"):
        selection = select_idle_source({}, platform)
        assert selection.source.name == "none"
        assert len(selection.rejected) == 1
        assert selection.rejected[0].reason


# ---------------------------------------------------------------- Windows ---


def test_windows_idle_arithmetic_simple() -> None:
    source = WindowsIdleSource(last_input_tick=lambda: 10_000, tick_count64=lambda: 12_500)
    assert source.idle_seconds() == 2.5


def test_windows_idle_survives_the_49_day_tick_wrap() -> None:
    # Last input just before the 32-bit tick counter wrapped, now just after.
    before_wrap = 2**32 - 300
    now = 2**32 + 700
    source = WindowsIdleSource(last_input_tick=lambda: before_wrap, tick_count64=lambda: now)
    assert source.idle_seconds() == 1.0


@settings(max_examples=200)
@given(
    last_input=st.integers(min_value=0, max_value=2**40),
    elapsed=st.integers(min_value=0, max_value=2**32 - 1),
)
def test_windows_idle_is_elapsed_ticks_for_any_moment(last_input: int, elapsed: int) -> None:
    assert idle_milliseconds(last_input + elapsed, last_input & 0xFFFFFFFF) == elapsed


def test_windows_failed_call_gives_no_reading() -> None:
    source = WindowsIdleSource(last_input_tick=lambda: None, tick_count64=lambda: 5)
    assert source.idle_seconds() is None
    assert "GetLastInputInfo" in source.last_error


# ------------------------------------------------------------------ macOS ---


def test_macos_passes_the_combined_session_and_any_input_type() -> None:
    calls: list[tuple[int, int]] = []

    def seconds_since(state: int, event_type: int) -> float:
        calls.append((state, event_type))
        return 42.25

    source = MacIdleSource(seconds_since)
    assert source.idle_seconds() == 42.25
    assert calls == [(0, 0xFFFFFFFF)]


def test_macos_nonsense_reading_is_no_reading() -> None:
    assert MacIdleSource(lambda _s, _t: math.nan).idle_seconds() is None
    assert MacIdleSource(lambda _s, _t: -1.0).idle_seconds() is None


def test_no_idle_source_counts_everyone_present() -> None:
    source = NoIdleSource()
    assert source.idle_seconds() == 0.0
    source.close()
    assert isinstance(source, IdleSource)
