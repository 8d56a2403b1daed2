"""Entry script of the frozen app: the same as ``python -m standup_buddy``.

PyInstaller needs a script file rather than a console-script entry point.
``STANDUP_BUDDY_BUNDLE_SELFCHECK=1`` runs ``bundle_selfcheck`` instead, so a
test can prove that the Qt modules the app loads lazily made it into the
bundle without adding a hidden command to the app itself.
"""

import os
import sys

if __name__ == "__main__":
    if os.environ.get("STANDUP_BUDDY_BUNDLE_SELFCHECK") == "1":
        from bundle_selfcheck import run

        sys.exit(run())

    from standup_buddy.cli import main

    sys.exit(main())
