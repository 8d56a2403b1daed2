"""Meeting detection: camera via a fake /proc, microphone via fake pactl, registry, D-Bus."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from desktop_env import FakeService
from PySide6.QtDBus import QDBusConnection

from standup_buddy.platform.meetings import (
    CONSENT_STORE,
    CommandUnavailable,
    Finding,
    MeetingDetector,
    MeetingState,
    capability_in_use,
    linux_inhibition,
    microphone_from_pactl,
    parse_source_outputs,
    run_command,
    scan_camera,
)

# ------------------------------------------------------------ fake /proc ---


class FakeProc:
    """A /proc-shaped tree of pid folders whose fd entries are symlinks."""

    def __init__(self, root: Path) -> None:
        self.root = root / "proc"
        self.root.mkdir()
        (self.root / "self").mkdir()  # non-numeric entries are ignored

    def process(self, pid: int, name: str, targets: Sequence[str]) -> Path:
        folder = self.root / str(pid)
        fd_dir = folder / "fd"
        fd_dir.mkdir(parents=True)
        (folder / "comm").write_text(name + "\n")
        for number, target in enumerate(targets):
            (fd_dir / str(number)).symlink_to(target)
        return folder


@pytest.fixture
def proc(tmp_path: Path) -> FakeProc:
    return FakeProc(tmp_path)


@pytest.fixture
def dev_with_camera(tmp_path: Path) -> Path:
    dev = tmp_path / "dev"
    dev.mkdir()
    (dev / "video0").touch()
    (dev / "null").touch()
    return dev


EVERYDAY_FDS = [
    "/dev/null",
    "socket:[4242]",
    "pipe:[17]",
    "/home/me/notes.txt",
    "anon_inode:[eventfd]",
]


def test_camera_open_by_a_process_is_found_and_named(proc: FakeProc) -> None:
    proc.process(100, "bash", EVERYDAY_FDS)
    proc.process(2345, "zoom", [*EVERYDAY_FDS, "/dev/video0"])
    found = scan_camera(proc.root)
    assert found.value is True
    assert "zoom" in found.detail and "2345" in found.detail and "/dev/video0" in found.detail


def test_no_camera_open(proc: FakeProc) -> None:
    proc.process(100, "bash", EVERYDAY_FDS)
    proc.process(101, "editor", ["/dev/null", "/dev/snd/controlC0"])
    found = scan_camera(proc.root)
    assert found.value is False
    assert "2 processes" in found.detail


def test_unreadable_and_vanishing_processes_are_skipped(proc: FakeProc) -> None:
    (proc.root / "200").mkdir()  # exited between listing and reading: no fd folder
    (proc.root / "201").mkdir()
    (proc.root / "201" / "fd").write_text("not a folder")
    locked = proc.process(202, "root-daemon", ["/dev/video1"])
    proc.process(300, "browser", ["/dev/video2"])
    if os.geteuid() != 0:
        # Another user's process: its fd folder cannot be listed.
        (locked / "fd").chmod(0)
    try:
        found = scan_camera(proc.root)
    finally:
        (locked / "fd").chmod(stat.S_IRWXU)
    assert found.value is True


def test_nothing_readable_means_unknown(proc: FakeProc) -> None:
    (proc.root / "200").mkdir()
    assert scan_camera(proc.root).value is None
    assert scan_camera(proc.root.parent / "missing").value is None


def test_scan_is_bounded(proc: FakeProc) -> None:
    for pid in range(10, 20):
        proc.process(pid, "idle", ["/dev/null"])
    found = scan_camera(proc.root, max_processes=3)
    assert found.value is None
    assert "stopped" in found.detail


def test_machine_without_camera_skips_the_scan(tmp_path: Path) -> None:
    dev = tmp_path / "dev"
    dev.mkdir()
    detector = MeetingDetector(
        platform="linux",
        proc_root=tmp_path / "no-proc-needed",
        dev_root=dev,
        run=_no_pactl,
        inhibition=lambda: Finding(None, "test"),
    )
    state = detector.check()
    assert state.camera is False
    assert "no camera device" in state.detail


# -------------------------------------------------------------- pactl ---


def _no_pactl(argv: Sequence[str], timeout: float) -> str:
    raise CommandUnavailable(f"{argv[0]} not found")


SOURCE_OUTPUTS = """\
Source Output #41
\tDriver: protocol-native.c
\tOwner Module: 10
\tClient: 77
\tSource: 55
\tSample Specification: float32le 1ch 48000Hz
\tCorked: no
\tMute: no
\tProperties:
\t\tmedia.name = "WebRTC VoiceEngine"
\t\tapplication.name = "Firefox"
\t\tapplication.process.binary = "firefox"
Source Output #42
\tDriver: protocol-native.c
\tClient: 78
\tSource: 56
\tCorked: no
\tProperties:
\t\tmedia.name = "Peak detect"
\t\tapplication.name = "Volume Control"
\t\tapplication.process.binary = "pavucontrol"
Source Output #43
\tClient: 79
\tSource: 57
\tCorked: no
\tProperties:
\t\tapplication.name = "Music visualiser"
Source Output #44
\tClient: 80
\tSource: 55
\tCorked: yes
\tProperties:
\t\tapplication.name = "Paused recorder"
Source Output #45
\tClient: n/a
\tSource: 55
\tCorked: no
\tProperties:
\t\tmedia.name = "Loopback"
"""

SHORT_SOURCES = """\
55\talsa_input.usb-mic.analog-stereo\tPipeWire\ts16le 2ch 48000Hz\tRUNNING
56\talsa_input.pci-0000.analog-stereo\tPipeWire\ts32le 2ch 48000Hz\tSUSPENDED
57\talsa_output.pci-0000.analog-stereo.monitor\tPipeWire\ts32le 2ch 48000Hz\tRUNNING
"""


def _pactl_with(outputs: str) -> Callable[[Sequence[str], float], str]:
    def run(argv: Sequence[str], timeout: float) -> str:
        assert argv[0] == "pactl"
        assert timeout <= 1.0
        if list(argv[1:]) == ["list", "source-outputs"]:
            return outputs
        if list(argv[1:]) == ["list", "short", "sources"]:
            return SHORT_SOURCES
        raise AssertionError(argv)

    return run


def test_call_recording_from_a_microphone_is_seen() -> None:
    found = microphone_from_pactl(_pactl_with(SOURCE_OUTPUTS), 1.0)
    assert found.value is True
    assert found.detail == "recording: Firefox"


def test_meters_monitors_paused_and_module_streams_are_not_a_call() -> None:
    without_call = SOURCE_OUTPUTS.split("Source Output #42", 1)[1]
    found = microphone_from_pactl(_pactl_with("Source Output #42" + without_call), 1.0)
    assert found.value is False


def test_no_recording_streams() -> None:
    found = microphone_from_pactl(_pactl_with(""), 1.0)
    assert found == Finding(False, "no app is recording")


def test_parse_keeps_fields_and_properties() -> None:
    outputs = parse_source_outputs(SOURCE_OUTPUTS)
    assert [o.index for o in outputs] == [41, 42, 43, 44, 45]
    first = outputs[0]
    assert (first.client, first.source, first.corked) == ("77", "55", False)
    assert first.application == "Firefox"
    assert outputs[1].is_level_meter
    assert outputs[3].corked


def test_pactl_missing_means_unknown_not_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, proc: FakeProc, dev_with_camera: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    proc.process(100, "bash", EVERYDAY_FDS)
    detector = MeetingDetector(
        platform="linux",
        proc_root=proc.root,
        dev_root=dev_with_camera,
        inhibition=lambda: Finding(None, "no bus in test"),
    )
    state = detector.check()
    assert state.microphone is None
    assert "pactl not found" in state.detail
    assert state.camera is False
    assert not state.in_meeting
    assert not detector.in_meeting


def _fake_program(folder: Path, name: str, body: str) -> None:
    folder.mkdir(exist_ok=True)
    script = folder / name
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(0o755)


def test_real_pactl_program_is_run_in_the_c_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "bin"
    listing = tmp_path / "outputs.txt"
    listing.write_text(SOURCE_OUTPUTS)
    sources = tmp_path / "sources.txt"
    sources.write_text(SHORT_SOURCES)
    _fake_program(
        bin_dir,
        "pactl",
        f'[ "$LC_ALL" = C ] || exit 3\n'
        f'if [ "$2" = short ]; then cat "{sources}"; else cat "{listing}"; fi\n',
    )
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ.get('PATH', '')}")
    found = microphone_from_pactl(run_command, 1.0)
    assert found.value is True


def test_pactl_without_a_sound_server_means_unknown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "bin"
    _fake_program(bin_dir, "pactl", 'echo "Connection failure: Connection refused" >&2\nexit 1\n')
    monkeypatch.setenv("PATH", str(bin_dir))
    found = microphone_from_pactl(run_command, 1.0)
    assert found.value is None
    assert "Connection failure" in found.detail


def test_hanging_pactl_is_cut_short(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    _fake_program(bin_dir, "pactl", "exec sleep 30\n")
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ.get('PATH', '')}")
    found = microphone_from_pactl(run_command, 0.2)
    assert found.value is None
    assert "did not answer" in found.detail


# --------------------------------------------------------------- Windows ---


class FakeRegistry:
    """HKCU as a dict of key path -> values; subkeys derived from the paths."""

    def __init__(self, keys: dict[str, dict[str, int]]) -> None:
        self.keys = keys

    def subkeys(self, path: str) -> list[str]:
        prefix = path + "\\"
        if path not in self.keys and not any(k.startswith(prefix) for k in self.keys):
            raise FileNotFoundError(path)
        return sorted({k[len(prefix) :].split("\\")[0] for k in self.keys if k.startswith(prefix)})

    def qword(self, path: str, name: str) -> int | None:
        return self.keys.get(path, {}).get(name)


WEBCAM = CONSENT_STORE + "\\webcam"
MICROPHONE = CONSENT_STORE + "\\microphone"


def test_windows_desktop_app_using_the_webcam() -> None:
    registry = FakeRegistry(
        {
            WEBCAM: {},
            WEBCAM + "\\NonPackaged": {},
            WEBCAM + "\\NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe": {
                "LastUsedTimeStart": 133_000_000_000_000_000,
                "LastUsedTimeStop": 0,
            },
            WEBCAM + "\\Microsoft.WindowsCamera_8wekyb3d8bbwe": {
                "LastUsedTimeStart": 132_000_000_000_000_000,
                "LastUsedTimeStop": 132_000_000_100_000_000,
            },
            MICROPHONE: {},
            MICROPHONE + "\\MicrosoftTeams_8wekyb3d8bbwe": {
                "LastUsedTimeStart": 133_000_000_000_000_000,
                "LastUsedTimeStop": 133_000_000_500_000_000,
            },
            MICROPHONE + "\\NeverUsedApp": {},
        }
    )
    detector = MeetingDetector(platform="win32", registry=registry)
    state = detector.check()
    assert state.camera is True
    assert "Zoom.exe" in state.detail
    assert state.microphone is False
    assert state.inhibited is None
    assert state.in_meeting


def test_windows_packaged_app_using_the_microphone() -> None:
    registry = FakeRegistry(
        {
            MICROPHONE + "\\MicrosoftTeams_8wekyb3d8bbwe": {
                "LastUsedTimeStart": 5,
                "LastUsedTimeStop": 0,
            }
        }
    )
    found = capability_in_use(registry, "microphone")
    assert found.value is True
    assert capability_in_use(registry, "webcam").value is None


def test_windows_without_winreg_is_unknown() -> None:
    if os.name == "nt":
        pytest.skip("winreg exists here")
    state = MeetingDetector(platform="win32").check()
    assert (state.camera, state.microphone, state.inhibited) == (None, None, None)


def test_macos_is_unknown() -> None:
    state = MeetingDetector(platform="darwin").check()
    assert state == MeetingState(None, None, None, state.detail)
    assert not state.in_meeting and not state.presence_likely


def test_inhibitor_alone_is_presence_but_not_a_meeting() -> None:
    state = MeetingState(camera=False, microphone=None, inhibited=True, detail="")
    assert not state.in_meeting
    assert state.presence_likely


# ------------------------------------------------------------ inhibitors ---

StartService = Callable[..., FakeService]


@pytest.mark.parametrize(
    ("actions", "expected"), [(8, True), (8 | 4, True), (4, False), (0, False)]
)
def test_gnome_idle_inhibitor(
    private_bus: QDBusConnection, fake_service: StartService, actions: int, expected: bool
) -> None:
    fake_service("--gnome-inhibited", str(actions))
    found = linux_inhibition(session=private_bus, system=private_bus)
    assert found.value is expected
    assert "GNOME" in found.detail


def test_kde_power_management_inhibitor(
    private_bus: QDBusConnection, fake_service: StartService
) -> None:
    fake_service("--pm-inhibit", "true")
    assert linux_inhibition(session=private_bus, system=private_bus).value is True


@pytest.mark.parametrize(
    ("held", "expected"), [(4, True), (1, True), (4 | 1, True), (2, False), (0, False)]
)
def test_kde_policy_agent_sees_screen_saver_inhibitions(
    private_bus: QDBusConnection, fake_service: StartService, held: int, expected: bool
) -> None:
    # A browser's org.freedesktop.ScreenSaver.Inhibit reaches PowerDevil as
    # "change screen settings" (4), which HasInhibit would not report; the
    # PowerManagement answer here says "no" to prove the policy agent is asked.
    fake_service("--kde-held", str(held), "--pm-inhibit", "false")
    found = linux_inhibition(session=private_bus, system=private_bus)
    assert found.value is expected
    assert found.detail.startswith("KDE inhibitor")


def test_logind_idle_block(private_bus: QDBusConnection, fake_service: StartService) -> None:
    fake_service("--logind-block", "handle-lid-switch:idle:sleep")
    found = linux_inhibition(session=private_bus, system=private_bus)
    assert found.value is True
    assert "logind" in found.detail


def test_no_inhibitor_service_is_unknown(private_bus: QDBusConnection) -> None:
    found = linux_inhibition(session=private_bus, system=private_bus)
    assert found.value is None
    assert "GNOME" in found.detail and "logind" in found.detail
