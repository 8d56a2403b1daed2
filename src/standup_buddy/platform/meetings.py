"""Is the user in a call? Meetings are not breaks.

A video call can leave keyboard and mouse untouched for an hour; the person
is still sitting. The app asks this module, every 15-30 seconds, whether a
camera or microphone is in use, so such a stretch is not mistaken for a
natural break and a break prompt does not pop up mid-call.

Linux
    camera: some process holds ``/dev/video*`` open, found by reading the
    ``/proc/<pid>/fd`` links of the processes we may read (our own user's).
    Skipped at once when no ``/dev/video*`` exists; bounded in processes and
    descriptors.
    microphone: a PulseAudio/PipeWire *source output* (a recording stream)
    from a client, not corked, not on a ``.monitor`` source (those record the
    speakers), and not a level meter of a volume-control app. Read with
    ``pactl`` (PipeWire ships it too, via pipewire-pulse); ``pactl`` missing
    or no sound server means "unknown", never an error.
    inhibited: GNOME's ``InhibitedActions`` property has the idle flag (8),
    or KDE PowerDevil's ``HasInhibit()`` is true, or logind's
    ``BlockInhibited`` lists ``idle``. Video players set these too, so this
    only says "someone asked the session to stay awake".
Windows
    camera/microphone: the privacy consent store in the registry
    (``...\\CapabilityAccessManager\\ConsentStore\\{webcam,microphone}``, packaged
    apps as direct subkeys, desktop apps under ``NonPackaged``): an app whose
    ``LastUsedTimeStop`` is 0 after a non-zero ``LastUsedTimeStart`` is using
    the device now.
    inhibited: unknown. Display power requests (``powercfg /requests``) can
    only be listed with administrator rights.
macOS
    Not detected (every field is unknown).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

DEFAULT_COMMAND_TIMEOUT = 1.0
MAX_PROCESSES = 4096
MAX_DESCRIPTORS = 200_000

GSM_INHIBITOR_FLAG_IDLE = 8

# Volume-control apps open a peak-meter stream on every source while their
# window is shown; that is not somebody talking.
_LEVEL_METERS = frozenset(
    {
        "pavucontrol",
        "pavucontrol-qt",
        "pwvucontrol",
        "gnome-control-center",
        "org.pulseaudio.pavucontrol",
        "com.saivert.pwvucontrol",
    }
)

CONSENT_STORE = r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore"


@dataclass(frozen=True, slots=True)
class Finding:
    """One signal: True, False, or None (cannot tell here), and what was seen."""

    value: bool | None
    detail: str


@dataclass(frozen=True, slots=True)
class MeetingState:
    """What :meth:`MeetingDetector.check` saw; ``None`` means "cannot tell here"."""

    camera: bool | None
    microphone: bool | None
    inhibited: bool | None
    detail: str

    @property
    def in_meeting(self) -> bool:
        """A camera or microphone is in use: the user is in a call."""
        return self.camera is True or self.microphone is True

    @property
    def presence_likely(self) -> bool:
        """In a call, or an app keeps the session awake (a call or a film).

        Idle time during such a stretch is still sitting, not a break.
        """
        return self.in_meeting or self.inhibited is True


class CommandUnavailable(Exception):
    """The helper program is missing, failed or timed out; the message says which."""


CommandRunner = Callable[[Sequence[str], float], str]


def run_command(argv: Sequence[str], timeout: float) -> str:
    """Run a helper in the C locale and return its stdout, or raise ``CommandUnavailable``."""
    program = shutil.which(argv[0])
    if program is None:
        raise CommandUnavailable(f"{argv[0]} not found")
    env = dict(os.environ, LC_ALL="C", LANG="C")
    try:
        done = subprocess.run(
            [program, *argv[1:]],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise CommandUnavailable(f"{argv[0]} did not answer within {timeout:g} s") from exc
    except OSError as exc:
        raise CommandUnavailable(f"{argv[0]}: {exc}") from exc
    if done.returncode != 0:
        message = (done.stderr or done.stdout).strip().splitlines()
        raise CommandUnavailable(f"{argv[0]}: {message[0] if message else done.returncode}")
    return done.stdout


# ---------------------------------------------------------------- camera ---


def camera_devices(dev_root: Path) -> list[str]:
    """The ``video*`` device nodes under ``dev_root``."""
    try:
        return sorted(
            entry.name for entry in os.scandir(dev_root) if entry.name.startswith("video")
        )
    except OSError:
        return []


def _process_name(proc_dir: str) -> str:
    try:
        return Path(proc_dir, "comm").read_text(encoding="utf-8", errors="replace").strip() or "?"
    except OSError:
        return "?"


def scan_camera(
    proc_root: Path,
    *,
    device_prefix: str = "/dev/video",
    max_processes: int = MAX_PROCESSES,
    max_descriptors: int = MAX_DESCRIPTORS,
) -> Finding:
    """Look for a process holding a camera device open.

    Processes of other users cannot be read and are skipped, as are those
    that exit mid-scan. The scan stops at the first hit and after
    ``max_processes`` processes or ``max_descriptors`` descriptors.
    """
    try:
        entries = os.scandir(proc_root)
    except OSError as exc:
        return Finding(None, f"cannot read {proc_root}: {exc.strerror or exc}")
    processes = readable = descriptors = 0
    truncated = False
    with entries:
        for entry in entries:
            if not entry.name.isdigit():
                continue
            processes += 1
            if processes > max_processes or descriptors > max_descriptors:
                truncated = True
                break
            try:
                # Plain str paths: no Path object per descriptor in this loop.
                fds = os.scandir(os.path.join(entry.path, "fd"))  # noqa: PTH118
            except OSError:
                continue
            readable += 1
            with fds:
                for fd in fds:
                    descriptors += 1
                    try:
                        target = os.readlink(fd.path)  # noqa: PTH115
                    except OSError:
                        continue
                    if target.startswith(device_prefix):
                        name = _process_name(entry.path)
                        return Finding(True, f"{target} open by {name} (pid {entry.name})")
    if readable == 0:
        return Finding(None, f"no readable process under {proc_root}")
    if truncated:
        return Finding(None, f"scan stopped after {processes - 1} processes; no camera seen")
    return Finding(False, f"no process has a camera open ({readable} processes checked)")


# ------------------------------------------------------------ microphone ---


@dataclass(frozen=True, slots=True)
class SourceOutput:
    """One recording stream as ``pactl list source-outputs`` shows it."""

    index: int
    source: str
    client: str
    corked: bool
    properties: dict[str, str]

    @property
    def application(self) -> str:
        """The best name pactl gives for the recording program."""
        for key in ("application.name", "application.process.binary", "node.name"):
            if self.properties.get(key):
                return self.properties[key]
        return f"stream {self.index}"

    @property
    def is_level_meter(self) -> bool:
        """A volume-control window's peak meter rather than a real recording."""
        if self.properties.get("media.name", "").lower() == "peak detect":
            return True
        names = {
            self.properties.get("application.process.binary", "").lower(),
            self.properties.get("application.id", "").lower(),
        }
        return bool(names & _LEVEL_METERS)


_HEADER = re.compile(r"^Source Output #(\d+)\s*$")
_FIELD = re.compile(r"^\t([A-Za-z ]+):\s*(.*)$")
_PROPERTY = re.compile(r'^\t\t([\w.-]+) = "(.*)"\s*$')


def parse_source_outputs(text: str) -> list[SourceOutput]:
    """Parse ``LC_ALL=C pactl list source-outputs``."""
    outputs: list[SourceOutput] = []
    current: dict[str, str] | None = None
    props: dict[str, str] = {}
    index = -1

    def flush() -> None:
        if current is not None:
            outputs.append(
                SourceOutput(
                    index=index,
                    source=current.get("Source", ""),
                    client=current.get("Client", ""),
                    corked=current.get("Corked", "no").lower() == "yes",
                    properties=dict(props),
                )
            )

    for line in text.splitlines():
        header = _HEADER.match(line)
        if header:
            flush()
            index = int(header.group(1))
            current, props = {}, {}
            continue
        if current is None:
            continue
        prop = _PROPERTY.match(line)
        if prop:
            props[prop.group(1)] = prop.group(2)
            continue
        field = _FIELD.match(line)
        if field:
            current[field.group(1)] = field.group(2).strip()
    flush()
    return outputs


def parse_monitor_sources(text: str) -> set[str]:
    """Indices and names of ``.monitor`` sources in ``pactl list short sources``."""
    monitors: set[str] = set()
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1].endswith(".monitor"):
            monitors.update({parts[0], parts[1]})
    return monitors


def active_recordings(outputs: Iterable[SourceOutput], monitors: set[str]) -> list[SourceOutput]:
    """Streams that mean somebody is being recorded."""
    return [
        out
        for out in outputs
        if not out.corked
        and out.client not in {"", "n/a", "-"}
        and out.source not in monitors
        and not out.is_level_meter
    ]


def microphone_from_pactl(run: CommandRunner, timeout: float) -> Finding:
    """Ask the sound server, through ``pactl``, whether any app is recording."""
    try:
        outputs = parse_source_outputs(run(["pactl", "list", "source-outputs"], timeout))
    except CommandUnavailable as exc:
        return Finding(None, str(exc))
    if not outputs:
        return Finding(False, "no app is recording")
    try:
        monitors = parse_monitor_sources(run(["pactl", "list", "short", "sources"], timeout))
    except CommandUnavailable:
        monitors = set()
    recording = active_recordings(outputs, monitors)
    if not recording:
        return Finding(False, "no app is recording from a microphone")
    names = sorted({out.application for out in recording})
    return Finding(True, "recording: " + ", ".join(names))


# ------------------------------------------------------------ inhibitors ---


def linux_inhibition(
    *,
    session: QDBusConnection | None = None,
    system: QDBusConnection | None = None,
    timeout_ms: int = 250,
) -> Finding:
    """Whether some app asked the session not to go idle (GNOME, KDE, logind).

    The buses default to the process's session and system buses.
    """
    from standup_buddy.platform.idle.base import IdleSourceUnavailable
    from standup_buddy.platform.idle.dbus import (
        DBusCallError,
        call_dbus,
        get_property,
        session_bus,
        system_bus,
    )

    reasons: list[str] = []
    try:
        bus = session if session is not None else session_bus()
    except IdleSourceUnavailable as exc:
        reasons.append(str(exc))
    else:
        try:
            actions = get_property(
                bus,
                "org.gnome.SessionManager",
                "/org/gnome/SessionManager",
                "org.gnome.SessionManager",
                "InhibitedActions",
                timeout_ms=timeout_ms,
            )
            flagged = bool(int(actions) & GSM_INHIBITOR_FLAG_IDLE)
            return Finding(flagged, "GNOME idle inhibitor " + ("active" if flagged else "none"))
        except (DBusCallError, TypeError, ValueError) as exc:
            reasons.append(f"GNOME: {exc}")
        # KDE: the policy agent knows the screen-saver inhibitions that
        # HasInhibit below does not (see kde_inhibit).
        try:
            from standup_buddy.platform.kde_inhibit import kde_inhibited

            flagged = kde_inhibited(bus, timeout_ms)
            return Finding(flagged, "KDE inhibitor " + ("active" if flagged else "none"))
        except LookupError as exc:
            reasons.append(f"KDE: {exc}")
        try:
            reply = call_dbus(
                bus,
                "org.freedesktop.PowerManagement.Inhibit",
                "/org/freedesktop/PowerManagement/Inhibit",
                "org.freedesktop.PowerManagement.Inhibit",
                "HasInhibit",
                timeout_ms=timeout_ms,
            )
            flagged = bool(reply and reply[0] is True)
            state = "active" if flagged else "none"
            return Finding(flagged, f"PowerManagement inhibitor {state}")
        except DBusCallError as exc:
            reasons.append(f"PowerManagement: {exc}")
    try:
        blocked = get_property(
            system if system is not None else system_bus(),
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "BlockInhibited",
            timeout_ms=timeout_ms,
        )
        flagged = "idle" in str(blocked).split(":")
        return Finding(flagged, "logind idle inhibitor " + ("active" if flagged else "none"))
    except (IdleSourceUnavailable, DBusCallError) as exc:
        reasons.append(f"logind: {exc}")
    return Finding(None, "; ".join(reasons))


# --------------------------------------------------------------- Windows ---


class RegistryReader(Protocol):
    """The two registry reads the consent-store check needs (HKEY_CURRENT_USER)."""

    def subkeys(self, path: str) -> list[str]:
        """Names of the subkeys of ``path``; raise ``OSError`` if it does not exist."""
        ...

    def qword(self, path: str, name: str) -> int | None:
        """An integer value, or ``None`` when absent."""
        ...


class WinRegReader:
    """:class:`RegistryReader` over ``winreg`` (Windows only)."""

    def __init__(self) -> None:
        import winreg  # ImportError off Windows, caught by the caller

        self._winreg: Any = winreg

    def subkeys(self, path: str) -> list[str]:
        """Enumerate subkeys until ``EnumKey`` runs out."""
        names: list[str] = []
        with self._winreg.OpenKey(self._winreg.HKEY_CURRENT_USER, path) as key:
            count = self._winreg.QueryInfoKey(key)[0]
            for i in range(count):
                names.append(self._winreg.EnumKey(key, i))
        return names

    def qword(self, path: str, name: str) -> int | None:
        """Read one value; anything but an integer counts as absent."""
        try:
            with self._winreg.OpenKey(self._winreg.HKEY_CURRENT_USER, path) as key:
                value, _kind = self._winreg.QueryValueEx(key, name)
        except OSError:
            return None
        return value if isinstance(value, int) else None


def capability_in_use(reader: RegistryReader, capability: str) -> Finding:
    """Whether any app is using ``webcam`` or ``microphone`` right now."""
    base = f"{CONSENT_STORE}\\{capability}"
    users: list[str] = []
    seen_any = False
    for parent in (base, f"{base}\\NonPackaged"):
        try:
            names = reader.subkeys(parent)
        except OSError:
            continue
        seen_any = True
        for name in names:
            if parent == base and name == "NonPackaged":
                continue
            key = f"{parent}\\{name}"
            start = reader.qword(key, "LastUsedTimeStart")
            stop = reader.qword(key, "LastUsedTimeStop")
            if start and stop == 0:
                # Desktop apps are stored by path with "#" for "\".
                users.append(name.replace("#", "\\").rsplit("\\", 1)[-1])
    if not seen_any:
        return Finding(None, f"no consent store for {capability}")
    if users:
        return Finding(True, f"{capability} in use by " + ", ".join(sorted(users)))
    return Finding(False, f"{capability} not in use")


# -------------------------------------------------------------- detector ---


class MeetingDetector:
    """Cheap, bounded checks for camera, microphone and idle inhibitors.

    Every dependency can be injected, so tests run against a fake ``/proc``,
    a fake ``pactl`` and a fake registry.
    """

    def __init__(
        self,
        *,
        platform: str | None = None,
        proc_root: Path = Path("/proc"),
        dev_root: Path = Path("/dev"),
        run: CommandRunner = run_command,
        inhibition: Callable[[], Finding] | None = None,
        registry: RegistryReader | None = None,
        command_timeout: float = DEFAULT_COMMAND_TIMEOUT,
    ) -> None:
        self._platform = sys.platform if platform is None else platform
        self._proc_root = proc_root
        self._dev_root = dev_root
        self._run = run
        self._inhibition = inhibition
        self._registry = registry
        self._timeout = command_timeout
        self.last: MeetingState | None = None

    @property
    def in_meeting(self) -> bool:
        """Whether the last :meth:`check` saw a call (False before the first)."""
        return self.last is not None and self.last.in_meeting

    def check(self) -> MeetingState:
        """Look now; store and return the result."""
        if self._platform == "win32":
            state = self._check_windows()
        elif self._platform == "darwin":
            state = MeetingState(None, None, None, "meeting detection is not available on macOS")
        else:
            state = self._check_linux()
        self.last = state
        return state

    def _check_linux(self) -> MeetingState:
        devices = camera_devices(self._dev_root)
        if devices:
            camera = scan_camera(self._proc_root)
        else:
            camera = Finding(False, f"no camera device in {self._dev_root}")
        microphone = microphone_from_pactl(self._run, self._timeout)
        inhibition = (self._inhibition or linux_inhibition)()
        return _combine(camera, microphone, inhibition)

    def _check_windows(self) -> MeetingState:
        registry = self._registry
        if registry is None:
            try:
                registry = WinRegReader()
            except ImportError:
                return MeetingState(None, None, None, "winreg is not available")
        camera = capability_in_use(registry, "webcam")
        microphone = capability_in_use(registry, "microphone")
        inhibition = (
            self._inhibition()
            if self._inhibition is not None
            else Finding(None, "display power requests need administrator rights to list")
        )
        return _combine(camera, microphone, inhibition)


def _combine(camera: Finding, microphone: Finding, inhibition: Finding) -> MeetingState:
    detail = f"camera: {camera.detail}; microphone: {microphone.detail}; idle: {inhibition.detail}"
    return MeetingState(camera.value, microphone.value, inhibition.value, detail)
