"""The journal merge: any delivery of the same records gives the same history."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from standup_buddy.core.journal import (
    Record,
    RecordType,
    merge_records,
    merged_history,
    overlay,
    parse_journal,
)
from standup_buddy.core.model import ActivityKind, Interval

DEVICES = ("0a", "1b", "2c", "3d")
KINDS = list(ActivityKind)


@st.composite
def device_journal(draw: st.DrawFn, device: str) -> list[Record]:
    """One device's journal: consecutive sequence numbers, mixed record types."""
    n = draw(st.integers(0, 12))
    out: list[Record] = []
    t = draw(st.floats(1.7e9, 1.8e9, allow_nan=False))
    for seq in range(n):
        t += draw(st.floats(1, 4000, allow_nan=False))
        off = draw(st.sampled_from([0, 3600, -18000, 19800]))
        what = draw(st.sampled_from(["interval", "break", "goal", "checkin", "device"]))
        if what == "interval":
            length = draw(st.floats(1, 3000, allow_nan=False))
            data: dict[str, object] = {
                "kind": draw(st.sampled_from(KINDS)).value,
                "start": t,
                "end": t + length,
            }
            rtype = RecordType.INTERVAL
        elif what == "break":
            data = {
                "due": t,
                "outcome": draw(st.sampled_from(["completed", "skipped", "snoozed", "missed"])),
                "prompted": t + 5,
                "started": t + 10,
                "ended": t + 70,
                "snoozes": draw(st.integers(0, 3)),
                "stretch_ids": ["posture-reset"],
            }
            rtype = RecordType.BREAK
        elif what == "goal":
            data = {
                "metric": "breaks",
                "target": draw(st.integers(1, 20)),
                "effective": draw(st.sampled_from(["2026-01-01", "2026-01-02"])),
            }
            rtype = RecordType.GOAL
        elif what == "checkin":
            data = {"day": "2026-01-02", "score": draw(st.integers(0, 10)), "note": ""}
            rtype = RecordType.CHECKIN
        else:
            data = {"name": draw(st.sampled_from(["desk", "laptop"]))}
            rtype = RecordType.DEVICE
        out.append(Record(device, seq, rtype, t, off, data))
    return out


@st.composite
def journals(draw: st.DrawFn) -> list[list[Record]]:
    count = draw(st.integers(1, len(DEVICES)))
    return [draw(device_journal(d)) for d in DEVICES[:count]]


@st.composite
def delivery(draw: st.DrawFn, all_records: list[Record]) -> list[list[Record]]:
    """The same records as a sync engine may hand them over: split into files
    (journal and conflict copies), duplicated, reordered, every record somewhere."""
    files: list[list[Record]] = [[] for _ in range(draw(st.integers(1, 4)))]
    for record in all_records:
        copies = draw(st.integers(1, 3))
        for _ in range(copies):
            files[draw(st.integers(0, len(files) - 1))].append(record)
    for f in files:
        order = draw(st.permutations(range(len(f))))
        f[:] = [f[i] for i in order]
    draw(st.randoms()).shuffle(files)
    return files


def _text(records: list[Record]) -> str:
    return "".join(r.to_line() for r in records)


@given(journals(), st.data())
def test_any_interleaving_duplication_or_reordering_gives_the_same_history(
    devs: list[list[Record]], data: st.DataObject
) -> None:
    everything = [r for j in devs for r in j]
    reference = merge_records(*devs)
    files = data.draw(delivery(everything))
    parsed = [parse_journal(_text(f)).records for f in files]
    merged = merge_records(*parsed)
    assert merged == reference
    assert merged_history(merged) == merged_history(reference)
    # Each record once, in identity order.
    assert len(merged) == len({r.key for r in everything})


@given(journals(), st.data())
def test_truncation_loses_only_the_missing_tail_until_the_rest_arrives(
    devs: list[list[Record]], data: st.DataObject
) -> None:
    """A half-copied file gives the complete lines only; once whole, everything."""
    reference = merge_records(*devs)
    texts = [_text(j) for j in devs]
    cut = [t[: data.draw(st.integers(0, len(t)))] for t in texts]
    partial = merge_records(*(parse_journal(t).records for t in cut))
    assert {r.to_line() for r in partial} <= {r.to_line() for r in reference}
    for text, short in zip(texts, cut, strict=True):
        whole_lines = short.count("\n")
        assert parse_journal(short).records == parse_journal(text).records[:whole_lines]
    # The rest arrives (the sync engine finishes the copy): the same as never cut.
    assert merge_records(partial, *(parse_journal(t).records for t in texts)) == reference


@given(journals(), journals())
def test_merging_is_idempotent_and_order_free(a: list[list[Record]], b: list[list[Record]]) -> None:
    first = merge_records(*a)
    assert merge_records(first) == first
    assert merge_records(first, first) == first
    second = merge_records(*b)
    assert merge_records(first, second) == merge_records(second, first)
    assert merge_records(merge_records(first, second), second) == merge_records(first, second)


@given(journals())
def test_a_partial_last_line_is_ignored_until_complete(devs: list[list[Record]]) -> None:
    records = [r for j in devs for r in j]
    if not records:
        return
    text = _text(records)
    last = records[-1].to_line()
    for n in range(1, len(last)):
        head = text[: len(text) - len(last) + n]
        parsed = parse_journal(head)
        assert parsed.records == tuple(records[:-1])
        assert parsed.partial_tail
        assert parsed.damaged == 0
    assert parse_journal(text).records == tuple(records)


def test_damaged_lines_are_counted_and_skipped_not_fatal() -> None:
    good = Record("0a", 0, RecordType.DEVICE, 1.8e9, 0, {"name": "desk"})
    text = "not json\n" + good.to_line() + '{"v": 99}\n' + '{"v":1,"type":"new-kind"}\n'
    parsed = parse_journal(text)
    assert parsed.records == (good,)
    assert parsed.damaged == 3


def test_last_writer_wins_per_goal_date_whatever_the_device_order() -> None:
    early = Record(
        "ff",
        4,
        RecordType.GOAL,
        100.0,
        0,
        {"metric": "breaks", "target": 5, "effective": "2026-01-02"},
    )
    late = Record(
        "00",
        9,
        RecordType.GOAL,
        200.0,
        0,
        {"metric": "breaks", "target": 8, "effective": "2026-01-02"},
    )
    for order in ([early, late], [late, early]):
        history = merged_history(merge_records(order))
        assert [g.target for g in history.goals] == [8]


def test_forget_leaves_a_device_out_everywhere() -> None:
    old = Record(
        "aa", 0, RecordType.INTERVAL, 10.0, 0, {"kind": "sitting", "start": 0.0, "end": 10.0}
    )
    forget = Record("bb", 0, RecordType.FORGET, 20.0, 0, {"device": "aa", "upto_seq": 0})
    history = merged_history(merge_records([old, forget]))
    assert history.intervals == ()
    assert [d.device for d in history.devices] == ["bb"]


interval_lists = st.lists(
    st.builds(
        lambda k, s, n: Interval(k, s, s + n, 0),
        st.sampled_from(KINDS),
        st.floats(0, 10_000, allow_nan=False),
        st.floats(1, 5_000, allow_nan=False),
    ),
    max_size=12,
)


@given(interval_lists, st.randoms())
def test_overlay_is_one_timeline_in_any_order(items: list[Interval], rnd: object) -> None:
    shuffled = list(items)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    line = overlay(items, 600.0)
    assert overlay(shuffled, 600.0) == line
    for a, b in itertools.pairwise(line):
        assert a.end <= b.start
    covered = sum(i.seconds for i in line)
    assert covered <= sum(i.seconds for i in items) + 1e-6


def test_a_switch_between_computers_is_sitting_not_a_natural_break() -> None:
    # Desk: sitting until 1000, then (after the threshold) a natural break from 1000.
    # Laptop: away all morning, sitting from 1120 (a two-minute walk).
    desk = [
        Interval(ActivityKind.SITTING, 0, 1000, 0),
        Interval(ActivityKind.NATURAL_BREAK, 1000, 4000, 0),
    ]
    laptop = [
        Interval(ActivityKind.NATURAL_BREAK, -5000, 1120, 0),
        Interval(ActivityKind.SITTING, 1120, 4000, 0),
    ]
    assert overlay(desk + laptop, 300.0) == [
        Interval(ActivityKind.NATURAL_BREAK, -5000, 0, 0),
        Interval(ActivityKind.SITTING, 0, 4000, 0),
    ]
