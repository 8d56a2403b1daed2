"""argparse's own words (its usage errors) in the user's language, on the error path only.

argparse builds every message through its module-level gettext function
``_`` (``_('the following arguments are required: %s') % names``), the hook
the Python documentation names for translating its output ("How to translate
the argparse output", in the argparse HOWTO). The CLI does not feed it a
gettext catalog: the words are in the app's Qt catalog, context
``CliUsage``. ``standup-buddy`` parses its arguments once in English, without
Qt; only when that finds a mistake does it load the words and parse the same
arguments again inside :func:`argparse_speaks`, which lends argparse a ``_``
that looks each template up *before* argparse fills it in. On leaving, the
module's own ``_`` is back: no other run, and no other parser, is touched.

Qt-free itself: the words come through ``textfmt.WORDS``. A template argparse
uses that is not marked below (a newer Python's own wording) stays English.
argparse's plural messages (``ngettext``) are never reached by this CLI's
arguments (no option takes a fixed count above one) and stay as they are.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from standup_buddy.textfmt import QT_TRANSLATE_NOOP, WORDS

CONTEXT = "CliUsage"

# argparse's messages a mistake on this CLI's command line can produce, as
# Python 3.11 words them (a later Python that rewords one shows it in
# English). ``%s``, ``%r`` and
# ``%(name)s`` are argparse's placeholders: keep each one.
TEMPLATES = (
    QT_TRANSLATE_NOOP("CliUsage", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("CliUsage", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("CliUsage", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("CliUsage", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("CliUsage", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("CliUsage", "expected one argument"),
    QT_TRANSLATE_NOOP("CliUsage", "expected at most one argument"),
    QT_TRANSLATE_NOOP("CliUsage", "expected at least one argument"),
    QT_TRANSLATE_NOOP("CliUsage", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("CliUsage", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("CliUsage", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("CliUsage", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("CliUsage", "unexpected option string: %s"),
)

_KNOWN = frozenset(TEMPLATES)


def usage_words(template: str) -> str:
    """One of argparse's templates in the interface language (anything else unchanged)."""
    return WORDS.translate(CONTEXT, template) if template in _KNOWN else template


@contextmanager
def argparse_speaks(words: Callable[[str], str] = usage_words) -> Iterator[None]:
    """While inside: argparse's messages are made from translated templates."""
    names = vars(argparse)
    own = names["_"]
    names["_"] = words
    try:
        yield
    finally:
        names["_"] = own
