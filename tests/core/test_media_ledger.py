"""The media ledger resumes exactly what the break paused, never what the user paused."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from standup_buddy.core.media_ledger import MediaLedger, Playback, playback

NAMES = st.sampled_from(["a", "b", "c", "d"])
STATUS = st.sampled_from(list(Playback))
STATUSES = st.dictionaries(NAMES, STATUS)


def test_playing_is_paused_and_resumed_the_rest_untouched() -> None:
    ledger = MediaLedger()
    start = {"a": Playback.PLAYING, "b": Playback.PAUSED, "c": Playback.STOPPED}
    assert ledger.begin(start) == ["a"]
    after_pause = {**start, "a": Playback.PAUSED}
    ledger.observe(after_pause)
    assert ledger.ours == {"a"}
    assert ledger.finish(after_pause) == ["a"]
    assert not ledger.active


def test_player_played_again_during_the_break_is_the_users() -> None:
    ledger = MediaLedger()
    ledger.begin({"a": Playback.PLAYING})
    ledger.observe({"a": Playback.PAUSED})
    ledger.observe({"a": Playback.PLAYING})  # the user pressed play
    assert ledger.finish({"a": Playback.PAUSED}) == []  # ...and paused it again


def test_player_that_left_and_came_back_is_not_resumed() -> None:
    ledger = MediaLedger()
    ledger.begin({"a": Playback.PLAYING})
    ledger.observe({"a": Playback.PAUSED})
    ledger.observe({})
    assert ledger.finish({"a": Playback.PAUSED}) == []


def test_player_seen_paused_only_at_the_end_counts_as_ours() -> None:
    # A player slow to report its pause is still ours when it reads Paused at the end.
    ledger = MediaLedger()
    ledger.begin({"a": Playback.PLAYING})
    ledger.observe({"a": Playback.PLAYING})
    assert ledger.finish({"a": Playback.PAUSED}) == ["a"]


def test_unknown_status_counts_as_stopped() -> None:
    assert playback("Buffering") is Playback.STOPPED
    assert playback(None) is Playback.STOPPED
    assert playback("Playing") is Playback.PLAYING


@given(start=STATUSES, seen=st.lists(STATUSES, max_size=6), end=STATUSES)
def test_never_resumes_a_player_it_did_not_pause(
    start: dict[str, Playback], seen: list[dict[str, Playback]], end: dict[str, Playback]
) -> None:
    ledger = MediaLedger()
    paused = set(ledger.begin(start))
    assert paused == {n for n, s in start.items() if s is Playback.PLAYING}
    for statuses in seen:
        ledger.observe(statuses)
    resumed = ledger.finish(end)
    assert set(resumed) <= paused
    # Only players that read Paused at the end are asked to play.
    assert all(end.get(n) is Playback.PAUSED for n in resumed)
    # A player seen playing, stopped or gone after it was seen paused is the user's.
    for name in resumed:
        history = [s.get(name, Playback.GONE) for s in seen]
        if Playback.PAUSED in history:
            first = history.index(Playback.PAUSED)
            assert all(s is Playback.PAUSED for s in history[first:])
        else:
            assert all(s is Playback.PLAYING for s in history)
    assert not ledger.active


def test_each_change_seen_from_a_players_signal_counts() -> None:
    ledger = MediaLedger()
    ledger.begin({"a": Playback.PLAYING, "b": Playback.PLAYING})
    ledger.seen("a", Playback.PAUSED)
    ledger.seen("b", Playback.PLAYING)  # our Pause not carried out yet: still asked
    ledger.seen("b", Playback.PAUSED)
    assert ledger.ours == {"a", "b"}
    ledger.seen("a", Playback.PLAYING)  # played and paused again in quick succession:
    ledger.seen("a", Playback.PAUSED)  # a poll would have seen only "Paused"
    assert ledger.finish({"a": Playback.PAUSED, "b": Playback.PAUSED}) == ["b"]


@given(st.lists(st.tuples(NAMES, STATUS)))
def test_signals_never_make_ours_a_player_that_was_not_playing(
    changes: list[tuple[str, Playback]],
) -> None:
    ledger = MediaLedger()
    ledger.begin({"a": Playback.PLAYING, "b": Playback.PAUSED})
    for name, status in changes:
        ledger.seen(name, status)
    assert ledger.ours <= {"a"}
