"""What the Progress window shows, worked out from ``DayStats`` without Qt.

The window draws exactly the statistics module's figures; this module only
arranges them (which bar stacks on which, where the goal line runs, what the
sentences say), so the arranging can be tested without a display.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from standup_buddy.core.model import (
    ActivityKind,
    BreakRecord,
    GoalMetric,
    Interval,
    Outcome,
    local_date,
    local_datetime,
)
from standup_buddy.core.stats import DayStats, split_at_local_midnight
from standup_buddy.textfmt import (
    QT_TRANSLATE_NOOP,
    WORDS,
    duration_words,
    movement_words,
    plural,
    whole_minutes,
)

#: Metric → (label for sentences, short unit for axes and rings).
#: English here; ``metric_name``/``metric_unit`` give them in the interface language.
METRIC_NAMES: dict[GoalMetric, tuple[str, str]] = {
    GoalMetric.MOVEMENT_MINUTES: (
        QT_TRANSLATE_NOOP("Figures", "movement minutes"),
        QT_TRANSLATE_NOOP("Figures", "min"),
    ),
    GoalMetric.BREAKS: (
        QT_TRANSLATE_NOOP("Figures", "breaks"),
        QT_TRANSLATE_NOOP("Figures", "breaks"),
    ),
    GoalMetric.ACTIVE_HOURS: (
        QT_TRANSLATE_NOOP("Figures", "active hours"),
        QT_TRANSLATE_NOOP("Figures", "h"),
    ),
}

#: What a sensible first target is when the user switches metric in the editor.
SUGGESTED_TARGETS: dict[GoalMetric, int] = {
    GoalMetric.MOVEMENT_MINUTES: 30,
    GoalMetric.BREAKS: 8,
    GoalMetric.ACTIVE_HOURS: 5,
}

_ONE_DAY = dt.timedelta(days=1)


#: Date formats (Qt's, so each language orders day, month and year its own way).
LONG_DATE = QT_TRANSLATE_NOOP("DateFormats", "dddd d MMMM yyyy")
WEEKDAY_DAY_MONTH = QT_TRANSLATE_NOOP("DateFormats", "dddd d MMMM")
DAY_MONTH_YEAR = QT_TRANSLATE_NOOP("DateFormats", "d MMMM yyyy")
DAY_MONTH = QT_TRANSLATE_NOOP("DateFormats", "d MMMM")
SHORT_WEEKDAY_DAY = QT_TRANSLATE_NOOP("DateFormats", "ddd d")
SHORT_WEEKDAY_DAY_MONTH = QT_TRANSLATE_NOOP("DateFormats", "ddd d MMM")
SHORT_DAY_MONTH = QT_TRANSLATE_NOOP("DateFormats", "d MMM")
MONTH_YEAR = QT_TRANSLATE_NOOP("DateFormats", "MMMM yyyy")
#: The first day of a range inside one month ("16" in "16 – 22 March").
DAY_ONLY = QT_TRANSLATE_NOOP("DateFormats", "d")
WEEKDAY = "dddd"
SHORT_WEEKDAY = "ddd"


def date_text(day: dt.date, qt_format: str) -> str:
    """``day`` in one of the formats above, in the interface language and its names."""
    return WORDS.date(day, WORDS.translate("DateFormats", qt_format))


def capitalized(text: str) -> str:
    """``text`` with its first letter upper case (where the script has case)."""
    return text[:1].upper() + text[1:]


class Figures:
    """The translation context of this module's phrases (Qt-free, through ``WORDS``).

    ``Figures.tr("...")`` is the shape ``pyside6-lupdate`` reads as context
    ``Figures``, so the phrases are marked where they are written.
    """

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        # A count makes a plural message: the language's form for it, ``%n`` filled.
        if n < 0:
            return WORDS.translate("Figures", text)
        return plural(WORDS.translate_counted("Figures", text, n), n)


def tr(text: str) -> str:
    """A phrase already marked elsewhere (a table value), in the interface language."""
    return WORDS.translate("Figures", text)


def metric_name(metric: GoalMetric) -> str:
    """``movement minutes``: the goal metric for sentences."""
    return tr(METRIC_NAMES[metric][0])


def metric_unit(metric: GoalMetric) -> str:
    """``min``: the goal metric's short unit."""
    return tr(METRIC_NAMES[metric][1])


def number(value: float) -> str:
    """``30``, ``7``: a count as is, minutes cut to the whole minute (the one rule)."""
    return WORDS.number(whole_minutes(value))


def goal_phrase(day: DayStats) -> str:
    """``32 of 30 movement minutes``: the day's value against its own goal."""
    if day.goal_metric is GoalMetric.MOVEMENT_MINUTES:
        return movement_words(day.goal_value, day.goal_target)
    return Figures.tr("{value} of {target} {metric}").format(
        value=number(day.goal_value), target=WORDS.number(day.goal_target),
        metric=metric_name(day.goal_metric))


def break_acknowledgement(day: DayStats | None) -> str:
    """``Nice work — 14 of 30 movement minutes today``: the end of a break, against the goal.

    ``None`` when there is no history to count from (the database could not be opened).
    """
    if day is None:
        return Figures.tr("Nice work — break complete.")
    return Figures.tr("Nice work — {goal} today").format(goal=goal_phrase(day))


def counts(day: DayStats, work_days: frozenset[int], today: dt.date) -> bool:
    """Whether ``day`` counts against the goal: a work day, begun, and not before the
    first record (the app was not there to track it)."""
    return day.date <= today and day.date.weekday() in work_days and not day.before_history


def metric_value(day: DayStats, metric: GoalMetric) -> float:
    """The day's figure in ``metric`` (which may differ from the goal in force that day)."""
    if metric is GoalMetric.MOVEMENT_MINUTES:
        return day.movement_minutes
    if metric is GoalMetric.BREAKS:
        return day.breaks_completed + day.natural_breaks
    return day.active_hours


def stack(day: DayStats, metric: GoalMetric) -> tuple[float, float]:
    """The bar of ``day`` split by source: (from stretch breaks, from natural breaks).

    Active hours are not split (an hour can hold both kinds), so they are all
    in the first part.
    """
    if metric is GoalMetric.MOVEMENT_MINUTES:
        # The second part is what is left of the day's figure, so the bar's top
        # is exactly the figure compared with the goal (each part is cut on its own).
        rest = round(day.movement_minutes - day.movement_from_breaks, 1)
        return day.movement_from_breaks, max(0.0, rest)
    if metric is GoalMetric.BREAKS:
        return float(day.breaks_completed), float(day.natural_breaks)
    return float(day.active_hours), 0.0


def week_of(day: dt.date, first_weekday: int = 0) -> list[dt.date]:
    """The seven days of the week holding ``day``, starting on ``first_weekday``.

    ``first_weekday`` counts like ``date.weekday()`` (0 Monday ... 6 Sunday):
    the locale's first day (Monday in most of Europe, Sunday in the US and
    Japan, Saturday in much of the Arab world).
    """
    start = day - dt.timedelta(days=(day.weekday() - first_weekday) % 7)
    return [start + dt.timedelta(days=i) for i in range(7)]


def month_days(year: int, month: int) -> list[dt.date]:
    """Every date of a calendar month."""
    count = calendar.monthrange(year, month)[1]
    return [dt.date(year, month, d) for d in range(1, count + 1)]


def has_activity(day: DayStats) -> bool:
    """Whether anything at all was recorded on the day."""
    return bool(
        day.sitting_minutes
        or day.standing_minutes
        or day.paused_minutes
        or day.breaks_completed
        or day.breaks_skipped
        or day.breaks_snoozed
        or day.breaks_missed
        or day.natural_breaks
    )


def goal_runs(days: Sequence[DayStats], metric: GoalMetric) -> list[list[tuple[float, float]]]:
    """The goal line as step polylines in slot coordinates (day ``i`` spans x = i..i+1).

    The line follows the goal in force on each day, so a change mid-week shows
    as a step on the day it took effect.  Days whose goal counts another unit
    than the chart's leave a gap: their target cannot be drawn on this axis.
    """
    runs: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    for index, day in enumerate(days):
        if day.goal_metric is not metric:
            if current:
                runs.append(current)
            current = []
            continue
        target = float(day.goal_target)
        # Start a run, or rise/fall at the day boundary where the target changed.
        if not current or current[-1][1] != target:
            current.append((float(index), target))
        current.append((float(index + 1), target))
    if current:
        runs.append(current)
    return runs


def nice_ceiling(value: float, minimum: float) -> tuple[float, float]:
    """An axis maximum at or above ``value`` (and ``minimum``) and a tick step for it."""
    top = max(value, minimum)
    for step in (1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 300, 600, 1200):
        if top / step <= 6:
            ceiling = step * -(-top // step)
            return float(ceiling if ceiling > 0 else step), float(step)
    return float(top), float(top / 5)


def week_sentence(days: Sequence[DayStats], work_days: frozenset[int], today: dt.date) -> str:
    """One plain sentence under the week chart.

    For example ``Goal met 3 of 5 work days; longest sit 1 h 40 min on
    Tuesday.``  Only work days up to today count; in the running week the
    sentence says "so far".
    """
    counted = [d for d in days if counts(d, work_days, today)]
    if not any(has_activity(d) for d in days if d.date <= today):
        if days and days[0].date > today:
            return Figures.tr("This week has not started yet.")
        return Figures.tr("Nothing was recorded this week.")
    met = sum(1 for d in counted if d.goal_met)
    running = bool(days) and days[-1].date > today
    days_in = len(counted)
    # The count of work days picks the plural form ("of 1 work day", "of 5 work days").
    head = (
        Figures.tr("Goal met {met} of %n work day(s) so far", "", days_in) if running
        else Figures.tr("Goal met {met} of %n work day(s)", "", days_in)
    ).format(met=WORDS.number(met))
    if not counted:
        head = Figures.tr("No work days this week")
    longest = max(days, key=lambda d: d.longest_sitting_minutes)
    if longest.longest_sitting_minutes <= 0:
        return Figures.tr("{head}; no sitting recorded.").format(head=head)
    return Figures.tr("{head}; longest sit {duration} on {weekday}.").format(
        head=head, duration=duration_words(longest.longest_sitting_minutes),
        weekday=date_text(longest.date, WEEKDAY))


def day_details(day: DayStats, checkin: tuple[int, str] | None = None) -> str:
    """Every figure of one day, as lines of text (tooltips and screen readers)."""
    n = WORDS.number
    verdict = Figures.tr("met") if day.goal_met else Figures.tr("not met")
    lines = [
        date_text(day.date, LONG_DATE),
        Figures.tr("Goal: {goal} ({verdict})").format(goal=goal_phrase(day), verdict=verdict),
        Figures.tr(
            "Movement: {total} min ({breaks} from stretch breaks, {natural} from natural breaks)"
        ).format(total=number(day.movement_minutes), breaks=number(day.movement_from_breaks),
                natural=number(day.movement_from_natural)),
        breaks_line(day),
        Figures.tr("Active hours: {hours}").format(hours=n(day.active_hours)),
        Figures.tr("Sitting: {total}; longest sit {longest}").format(
            total=duration_words(day.sitting_minutes),
            longest=duration_words(day.longest_sitting_minutes)),
    ]
    if day.standing_minutes or day.paused_minutes:
        lines.append(Figures.tr("Standing: {standing}; paused {paused}").format(
            standing=duration_words(day.standing_minutes),
            paused=duration_words(day.paused_minutes)))
    if checkin is not None:
        score, note = checkin
        line = Figures.tr("Check-in: {score}/10").format(score=n(score))
        lines.append(f"{line} ({note})" if note else line)
    return "\n".join(lines)


def breaks_line(day: DayStats) -> str:
    """``Breaks: 4 completed, 1 snoozed, 0 skipped, 0 missed; 2 natural``."""
    n = WORDS.number
    return Figures.tr(
        "Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, "
        "{missed} missed; {natural} natural"
    ).format(completed=n(day.breaks_completed), snoozed=n(day.breaks_snoozed),
             skipped=n(day.breaks_skipped), missed=n(day.breaks_missed),
             natural=n(day.natural_breaks))


@dataclass(frozen=True, slots=True)
class Streaks:
    """Runs of goal-met work days: the one ending today and the best in a range."""

    current: int
    best: int


def best_streak(days: Sequence[DayStats], work_days: frozenset[int], today: dt.date) -> int:
    """The longest run of goal-met work days in ``days`` (oldest first).

    Non-work days neither extend nor break a run; a work day that is not over
    yet (today) only extends it.
    """
    best = run = 0
    for day in days:
        if not counts(day, work_days, today):
            continue
        if day.goal_met:
            run += 1
            best = max(best, run)
        elif day.date != today:
            run = 0
    return best


def current_streak(
    newest_first: Iterable[DayStats], work_days: frozenset[int], today: dt.date
) -> tuple[int, bool]:
    """Goal-met work days counted back from today: (count, whether a miss ended it).

    Today not met (yet) does not break the streak.  When the days given run
    out before a missed work day, the second item is False so the caller can
    fetch older days and carry on.
    """
    count = 0
    for day in newest_first:
        if day.before_history:
            # Nothing older was recorded: the streak cannot go further back.
            return count, True
        if not counts(day, work_days, today):
            continue
        if day.goal_met:
            count += 1
        elif day.date != today:
            return count, True
    return count, False


# --- the day's timeline ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """One stretch of the day's timeline, in minutes after local midnight (wall clock)."""

    kind: ActivityKind
    start_minute: float
    end_minute: float

    @property
    def minutes(self) -> float:
        """How long the segment lasted on the wall clock."""
        return self.end_minute - self.start_minute


@dataclass(frozen=True, slots=True)
class BreakMark:
    """A prompted break that did not turn into movement (skipped, snoozed, missed)."""

    outcome: Outcome
    minute: float


KIND_NAMES: dict[ActivityKind, str] = {
    ActivityKind.SITTING: QT_TRANSLATE_NOOP("Figures", "Sitting"),
    ActivityKind.NATURAL_BREAK: QT_TRANSLATE_NOOP("Figures", "Natural break"),
    ActivityKind.BREAK: QT_TRANSLATE_NOOP("Figures", "Stretch break"),
    ActivityKind.STANDING: QT_TRANSLATE_NOOP("Figures", "Standing"),
    ActivityKind.PAUSED: QT_TRANSLATE_NOOP("Figures", "Paused"),
}


def kind_name(kind: ActivityKind) -> str:
    """``Sitting``, ``Natural break``: a timeline segment's kind in the interface language."""
    return tr(KIND_NAMES[kind])


def _minute_of_day(instant: float, utc_offset: int, day: dt.date) -> float:
    local = local_datetime(instant, utc_offset)
    return (local - dt.datetime.combine(day, dt.time())).total_seconds() / 60.0


def day_segments(intervals: Iterable[Interval], day: dt.date) -> list[Segment]:
    """The parts of ``intervals`` that fall on local ``day``, oldest first."""
    segments: list[Segment] = []
    for interval in intervals:
        for piece in split_at_local_midnight(interval):
            if local_date(piece.start, piece.utc_offset) != day or piece.seconds <= 0:
                continue
            start = _minute_of_day(piece.start, piece.utc_offset, day)
            end = start + piece.seconds / 60.0
            segments.append(Segment(piece.kind, start, min(end, 24 * 60.0)))
    segments.sort(key=lambda s: s.start_minute)
    return segments


def day_break_marks(breaks: Iterable[BreakRecord], day: dt.date) -> list[BreakMark]:
    """Prompted breaks of ``day`` that were not completed, at the time they were shown."""
    return [
        BreakMark(b.outcome, _minute_of_day(b.anchor, b.utc_offset, day))
        for b in breaks
        if b.outcome is not Outcome.COMPLETED and local_date(b.anchor, b.utc_offset) == day
    ]


def clock(minute: float) -> str:
    """``09:05`` for a minute of the day."""
    total = round(minute)
    hours, rest = divmod(total, 60)
    return WORDS.time(hours, rest)


def segment_text(segment: Segment) -> str:
    """``Sitting 09:05-09:52 (47 min)``."""
    return (
        f"{kind_name(segment.kind)} {clock(segment.start_minute)}–{clock(segment.end_minute)} "
        f"({duration_words(segment.minutes)})"
    )


def timeline_span(
    segments: Sequence[Segment], start: dt.time, end: dt.time, now_minute: float | None
) -> tuple[float, float]:
    """The stretch of the day the strip shows: working hours widened to hold the data."""
    low = start.hour * 60 + start.minute
    high = end.hour * 60 + end.minute
    if high <= low:
        low, high = 0, 24 * 60
    if segments:
        low = min(low, int(segments[0].start_minute))
        high = max(high, int(max(s.end_minute for s in segments)) + 1)
    if now_minute is not None:
        high = max(high, int(now_minute) + 1)
    low = max(0, low // 60 * 60)
    high = min(24 * 60, -(-high // 60) * 60)
    return float(low), float(high)
