"""A soft two-note chime, made at run time, played only when ``ui.sound`` is on.

QtMultimedia is imported on first use, and anything going wrong (no audio
device, no multimedia backend, a read-only temp folder) silences the chime
instead of disturbing the break.
"""

from __future__ import annotations

import io
import logging
import math
import struct
import tempfile
import wave
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SAMPLE_RATE = 22_050


def chime_wav_bytes(volume: float = 0.3) -> bytes:
    """A 1.2 s chime (two bell-like notes, a fourth apart) as 16-bit mono WAV data."""
    notes = ((659.25, 0.0), (880.0, 0.18))  # E5 then A5
    length = int(SAMPLE_RATE * 1.2)
    samples = []
    for i in range(length):
        t = i / SAMPLE_RATE
        value = 0.0
        for freq, start in notes:
            if t < start:
                continue
            u = t - start
            attack = min(1.0, u / 0.012)  # a short attack avoids a click
            decay = math.exp(-u * 3.2)
            # A quiet octave partial gives a bell colour without harshness.
            tone = math.sin(2 * math.pi * freq * u) + 0.18 * math.sin(4 * math.pi * freq * u)
            value += 0.5 * attack * decay * tone
        samples.append(max(-1.0, min(1.0, value * volume)))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(b"".join(struct.pack("<h", round(s * 32767)) for s in samples))
    return buffer.getvalue()


class Chime:
    """Plays the chime; ``available`` is False once anything about audio failed."""

    def __init__(self) -> None:
        self._effect: Any = None
        self._path: Path | None = None
        self.available = True

    def play(self) -> bool:
        """Start the chime; returns whether it was started."""
        if not self.available:
            return False
        try:
            effect = self._effect or self._load()
            effect.play()
        except Exception as exc:  # audio is a nicety: never let it break a break
            log.info("chime disabled: %s", exc)
            self.available = False
            return False
        return True

    def close(self) -> None:
        """Release the sound and delete the temporary file."""
        self._effect = None
        if self._path is not None:
            self._path.unlink(missing_ok=True)
            self._path = None

    def _load(self) -> Any:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        with tempfile.NamedTemporaryFile(
            prefix="standup-buddy-chime-", suffix=".wav", delete=False
        ) as handle:
            handle.write(chime_wav_bytes())
        self._path = Path(handle.name)
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(self._path)))
        effect.setVolume(0.6)
        self._effect = effect
        return effect
