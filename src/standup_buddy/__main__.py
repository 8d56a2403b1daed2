"""``python -m standup_buddy`` is the same as the ``standup-buddy`` command."""

import sys

from standup_buddy.cli import main

sys.exit(main())
