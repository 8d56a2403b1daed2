"""App services: the one owner of each resource the windows show.

A widget is handed the service it shows (rotation, history, autostart) and
never opens a file, the database or a desktop interface itself. Each service
is the single writer of its files and reports trouble through the
``MessageCenter``, so a full disk or a broken file becomes a message, never an
exception inside a Qt slot. ``ui/`` imports services, never ``storage``,
``stretches`` or ``platform`` (``tests/test_architecture.py``).
"""
