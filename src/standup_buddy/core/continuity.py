"""One sitting streak across computers: the rules, from the other devices' heartbeats.

Every running copy publishes a small heartbeat (at most once a minute): its
streak, the last input it saw, and whether a prompt is on its screen.  From
the heartbeats of the *other* devices this module answers three questions:

* **Carry over.**  When the user sits down here within the natural-break
  threshold of their last input at another computer, the walk between the two
  was no break: the streak goes on from what the other computer had at that
  last input, plus the walk.
* **A break counts everywhere.**  A completed or skipped break recorded by
  another computer after this streak began starts the streak again here.
* **One prompt.**  A due break is shown by one computer only: the one in
  use (input within :data:`SAME_INPUT_SECONDS`); when both are in use (the
  user works at both), the smaller device id.  A computer whose peer
  already shows a prompt waits.

Pure: no clock, no disk.  See ``docs/sync.md``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from standup_buddy.core.model import BreakRecord, Outcome

# A heartbeat older than this says nothing about the present: heartbeats come
# once a minute, and a sync engine adds its own delay.
FRESH_SECONDS = 180.0
# Two last inputs closer than this cannot be told apart: a heartbeat is up to
# a minute old when written, and the sync engine may add as much again.
SAME_INPUT_SECONDS = 120.0


@dataclass(frozen=True, slots=True)
class PeerBeat:
    """The latest heartbeat of another device."""

    device: str
    at: float
    streak_seconds: float
    last_input: float
    present: bool
    prompt_open: bool = False


def streak_at_last_input(beat: PeerBeat) -> float:
    """The peer's streak at the user's last input there.

    The peer counts idle time below the threshold as sitting, so its streak
    at ``at`` includes the time since the last input; take that back out.
    """
    return max(0.0, beat.streak_seconds - max(0.0, beat.at - beat.last_input))


def carried_streak(
    now: float,
    local_streak: float,
    peers: Iterable[PeerBeat],
    natural_break_seconds: float,
) -> float:
    """The streak this computer should show at ``now`` when the user just sat down here.

    The latest last-input of any peer within the threshold decides: its streak
    then, plus the time since (the walk over).  Never less than the local
    streak, so sitting here is never undone.
    """
    best = local_streak
    candidates = [
        p for p in peers if p.present and 0.0 <= now - p.last_input < natural_break_seconds
    ]
    if candidates:
        latest = max(candidates, key=lambda p: (p.last_input, p.device))
        best = max(best, streak_at_last_input(latest) + (now - latest.last_input))
    return best


def break_resets_streak(record: BreakRecord, now: float, local_streak: float) -> bool:
    """True when a break another computer recorded ends the streak running here.

    Completed and skipped breaks reset a streak (as they do on the computer
    that took them); one that ended before this streak began changes nothing.
    """
    if record.outcome not in (Outcome.COMPLETED, Outcome.SKIPPED):
        return False
    ended = record.ended if record.ended is not None else record.anchor
    return now - local_streak <= ended <= now + FRESH_SECONDS


def owns_prompt(
    device: str,
    now: float,
    last_input: float,
    peers: Iterable[PeerBeat],
) -> bool:
    """Whether this device may show the due break now.

    Only fresh heartbeats count: a computer that has said nothing for
    :data:`FRESH_SECONDS` is not there to show a prompt.  A computer is *in
    use* when it saw input within :data:`SAME_INPUT_SECONDS` of speaking (for
    a peer, of its heartbeat; for this one, of now), which is what a heartbeat
    up to two minutes old can still tell.  A peer in use beats this computer
    not in use; two in use, or two not in use with inputs that close, go to
    the smaller device id; otherwise the later input wins.
    """
    me_active = now - last_input <= SAME_INPUT_SECONDS
    for peer in peers:
        if peer.device == device or now - peer.at > FRESH_SECONDS:
            continue
        if peer.prompt_open:
            return False
        if not peer.present:
            continue
        peer_active = peer.at - peer.last_input <= SAME_INPUT_SECONDS
        if peer_active != me_active:
            if peer_active:
                return False
            continue
        if peer_active or abs(peer.last_input - last_input) <= SAME_INPUT_SECONDS:
            if peer.device < device:
                return False
        elif peer.last_input > last_input:
            return False
    return True
