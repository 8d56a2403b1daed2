"""The log file stays small: older lines move to ``.1``..``.3`` and the oldest go."""

from __future__ import annotations

import logging
from pathlib import Path

from standup_buddy.messages import _RotatingLog


def _logger(path: Path, max_bytes: int) -> tuple[logging.Logger, _RotatingLog]:
    handler = _RotatingLog(path, max_bytes=max_bytes, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger(f"rotation-test-{path.parent.name}")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(handler)
    return log, handler


def test_the_log_rolls_over_and_keeps_three_older_files(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    log, handler = _logger(path, max_bytes=100)
    try:
        for index in range(40):
            log.info("line %02d %s", index, "x" * 20)  # 29 bytes with the newline
    finally:
        handler.close()
        log.removeHandler(handler)
    files = sorted(p.name for p in tmp_path.glob("app.log*"))
    assert files == ["app.log", "app.log.1", "app.log.2", "app.log.3"]
    for name in files:
        assert (tmp_path / name).stat().st_size <= 100
    # Newest last in the current file, the one before it at the end of .1.
    assert path.read_text().splitlines()[-1].startswith("line 39")
    newest_backup = (tmp_path / "app.log.1").read_text().splitlines()
    current = path.read_text().splitlines()
    assert int(newest_backup[-1].split()[1]) == int(current[0].split()[1]) - 1


def test_an_existing_log_is_appended_to(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    path.write_text("earlier\n")
    log, handler = _logger(path, max_bytes=1000)
    try:
        log.info("later")
    finally:
        handler.close()
        log.removeHandler(handler)
    assert path.read_text() == "earlier\nlater\n"
