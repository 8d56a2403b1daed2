"""A file problem's reason and frame in the user's language, said at the edge.

The readers in ``settings/``, ``stretches/`` and ``core/`` are Qt-free: they
make each reason a :class:`~standup_buddy.core.problem.Reason` (English, with
its template and arguments). The app and the CLI's human output show it
through here, after they have put the translating ``textfmt.WORDS`` in place;
logs, keys and ``--json`` output keep the English. Qt-free itself: the words
come through ``WORDS``. The templates reach the catalog through the generated
``reason_strings.py`` (``tools/i18n.py update``).
"""

from __future__ import annotations

from standup_buddy.core.problem import Problem, render_reason
from standup_buddy.textfmt import QT_TRANSLATE_NOOP, WORDS

#: The translation context of every reason template.
CONTEXT = "FileProblems"

_WITH_FIELD = QT_TRANSLATE_NOOP("FileProblems", "{file}: field '{field}': {reason}")
_WHOLE_FILE = QT_TRANSLATE_NOOP("FileProblems", "{file}: {reason}")


def reason_words(reason: str) -> str:
    """``reason`` in the interface language (a plain ``str`` is shown as it is)."""
    return render_reason(reason, lambda text: WORDS.translate(CONTEXT, text), WORDS.number)


def problem_words(problem: Problem) -> str:
    """The whole problem, as ``str(problem)`` says it, in the interface language."""
    reason = reason_words(problem.reason)
    if problem.field:
        return WORDS.translate(CONTEXT, _WITH_FIELD).format(
            file=problem.origin, field=problem.field, reason=reason
        )
    return WORDS.translate(CONTEXT, _WHOLE_FILE).format(file=problem.origin, reason=reason)
