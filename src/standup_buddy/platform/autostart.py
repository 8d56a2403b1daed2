"""Start at login: an XDG autostart entry, a Windows Run key, or a macOS LaunchAgent.

``Autostart`` reads and writes the real state, so the settings dialog's
"Start at login" box always shows what will actually happen at the next
login. Base folders are injectable so tests never touch the user's own.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import sys
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Protocol

from standup_buddy import APP_ID, APP_NAME
from standup_buddy.atomic_file import atomic_write

DESKTOP_FILE_NAME = f"{APP_ID}.desktop"
PLIST_LABEL = APP_ID
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = APP_NAME
#: A line the uninstaller looks for to find entries this app wrote.
MARKER = "X-StandupBuddy-Autostart=true"

_BUILTIN_DESKTOP = f"""[Desktop Entry]
Type=Application
Name={APP_NAME}
Comment=Reminds you to get up and stretch after sitting for a while
Icon={APP_ID}
Exec=standup-buddy
Terminal=false
NoDisplay=true
X-GNOME-Autostart-enabled=true
{MARKER}
"""


class AutostartError(OSError):
    """Start at login could not be changed; the message says why."""


class Autostart(Protocol):
    """Whether the app starts at login, and switching it on or off."""

    def is_enabled(self) -> bool:
        """True when the app will start at the next login."""
        ...

    def enable(self) -> None:
        """Start the app at login (raises AutostartError)."""
        ...

    def disable(self) -> None:
        """Stop starting the app at login (raises AutostartError)."""
        ...


def launch_command(
    argv0: str | None = None, executable: str | None = None, frozen: bool | None = None
) -> list[str]:
    """The command that starts this very installation of the app.

    A frozen bundle starts itself; an installed script starts by its full
    path; anything else (a checkout, ``python -m``) runs the module with the
    same interpreter.
    """
    argv0 = sys.argv[0] if argv0 is None else argv0
    executable = sys.executable if executable is None else executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if frozen:
        return [executable]
    script = Path(argv0)
    if script.name in ("standup-buddy", "standup-buddy.exe") and script.exists():
        return [str(script.resolve())]
    found = shutil.which("standup-buddy")
    if found and Path(found).parent == Path(executable).parent:
        return [found]
    return [executable, "-m", "standup_buddy"]


def _desktop_exec(command: list[str]) -> str:
    # The desktop entry spec quotes arguments with double quotes and escapes
    # backslash, quote, backtick and dollar inside them.
    def quote(arg: str) -> str:
        arg = arg.replace("%", "%%")  # field codes start with %; a literal one is doubled
        if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            return arg
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{escaped}"'

    return " ".join(quote(a) for a in command)


def _template() -> str:
    try:
        text = (
            resources.files("standup_buddy")
            .joinpath("assets/autostart.desktop")
            .read_text(encoding="utf-8")
        )
    except (FileNotFoundError, OSError):
        return _BUILTIN_DESKTOP
    return text if "[Desktop Entry]" in text else _BUILTIN_DESKTOP


def desktop_entry(command: list[str]) -> str:
    """The autostart ``.desktop`` text with ``Exec`` set to ``command``."""
    lines = []
    for line in _template().splitlines():
        if line.startswith("TryExec="):
            continue
        lines.append("Exec=" + _desktop_exec(command) if line.startswith("Exec=") else line)
    if MARKER not in lines:
        lines.append(MARKER)
    return "\n".join(lines) + "\n"


class XdgAutostart:
    """Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/<app id>.desktop``."""

    def __init__(self, config_home: Path | None = None, command: list[str] | None = None) -> None:
        if config_home is None:
            env = os.environ.get("XDG_CONFIG_HOME", "").strip()
            config_home = Path(env) if env else Path.home() / ".config"
        self.path = config_home / "autostart" / DESKTOP_FILE_NAME
        self._command = command

    def is_enabled(self) -> bool:
        """The entry exists and is not switched off by ``Hidden`` or the GNOME key."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            return False
        for raw in text.splitlines():
            key, _, value = raw.partition("=")
            if key.strip() == "Hidden" and value.strip().lower() == "true":
                return False
            if key.strip() == "X-GNOME-Autostart-enabled" and value.strip().lower() == "false":
                return False
        return True

    def enable(self) -> None:
        """Write the entry (atomically)."""
        command = self._command or launch_command()
        try:
            atomic_write(self.path, desktop_entry(command).encode("utf-8"))
        except OSError as exc:
            raise AutostartError(f"cannot write {self.path}: {exc.strerror or exc}") from exc

    def disable(self) -> None:
        """Remove the entry."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(f"cannot remove {self.path}: {exc.strerror or exc}") from exc

    def command(self) -> list[str] | None:
        """The command in the entry's ``Exec`` line, or None when there is no entry."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            return None
        for line in text.splitlines():
            if line.startswith("Exec="):
                return [arg.replace("%%", "%") for arg in shlex.split(line[5:])]
        return None


class MacAutostart:
    """macOS: a LaunchAgent plist in ``~/Library/LaunchAgents``."""

    def __init__(self, agents_dir: Path | None = None, command: list[str] | None = None) -> None:
        agents_dir = agents_dir or Path.home() / "Library" / "LaunchAgents"
        self.path = agents_dir / f"{PLIST_LABEL}.plist"
        self._command = command

    def is_enabled(self) -> bool:
        """The agent exists, parses and is not disabled."""
        try:
            with self.path.open("rb") as fh:
                data = plistlib.load(fh)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(data, dict) and not data.get("Disabled", False)

    def enable(self) -> None:
        """Write the agent (atomically); launchd reads it at the next login."""
        plist = {
            "Label": PLIST_LABEL,
            "ProgramArguments": self._command or launch_command(),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        try:
            atomic_write(self.path, plistlib.dumps(plist))
        except OSError as exc:
            raise AutostartError(f"cannot write {self.path}: {exc.strerror or exc}") from exc

    def disable(self) -> None:
        """Remove the agent."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(f"cannot remove {self.path}: {exc.strerror or exc}") from exc


class RegistryLike(Protocol):
    """The three registry operations the Windows adapter needs (winreg or a fake)."""

    def get(self, key: str, name: str) -> str | None:
        """A string value, or None when absent."""
        ...

    def set(self, key: str, name: str, value: str) -> None:
        """Write a string value."""
        ...

    def delete(self, key: str, name: str) -> None:
        """Remove a value (absent is fine)."""
        ...


class _WinReg:
    """HKEY_CURRENT_USER through winreg (imported only on Windows)."""

    def get(self, key: str, name: str) -> str | None:
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                value, _kind = winreg.QueryValueEx(handle, name)
        except OSError:
            return None
        return str(value)

    def set(self, key: str, name: str, value: str) -> None:
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as h:
                winreg.DeleteValue(h, name)
        except FileNotFoundError:
            pass


class WindowsAutostart:
    """Windows: the ``Standup Buddy`` value under HKCU ``...\\CurrentVersion\\Run``."""

    def __init__(self, registry: RegistryLike | None = None, command: list[str] | None = None):
        self._registry = registry or _WinReg()
        self._command = command

    def is_enabled(self) -> bool:
        """The Run value exists and is not empty."""
        return bool(self._registry.get(RUN_KEY, RUN_VALUE))

    def enable(self) -> None:
        """Write the Run value."""
        import subprocess

        line = subprocess.list2cmdline(self._command or launch_command())
        try:
            self._registry.set(RUN_KEY, RUN_VALUE, line)
        except OSError as exc:
            raise AutostartError(f"cannot write the registry Run key: {exc}") from exc

    def disable(self) -> None:
        """Remove the Run value."""
        try:
            self._registry.delete(RUN_KEY, RUN_VALUE)
        except OSError as exc:
            raise AutostartError(f"cannot change the registry Run key: {exc}") from exc


def autostart_for(
    platform: str | None = None, environ: Mapping[str, str] | None = None, home: Path | None = None
) -> Autostart:
    """The adapter for this operating system (``platform`` as in ``sys.platform``)."""
    plat = sys.platform if platform is None else platform
    env = os.environ if environ is None else environ
    if plat == "win32":
        return WindowsAutostart()
    if plat == "darwin":
        return MacAutostart((home or Path.home()) / "Library" / "LaunchAgents")
    config_home = env.get("XDG_CONFIG_HOME", "").strip()
    base = Path(config_home) if config_home else (home or Path.home()) / ".config"
    return XdgAutostart(base)
