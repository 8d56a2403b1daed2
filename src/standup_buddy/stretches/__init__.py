"""Loading and saving stretch data: the catalog, user stretch files and the rotation file.

These are the adapters around the pure ``core.stretch`` and ``core.rotation``
modules: they touch the file system, the core only checks data.

Import the module you need (``stretches.catalog``, ``stretches.rotation_store``
…): this package imports nothing itself, so asking for one small piece (the
content language, the micro-pause cues) does not read in the whole catalogue.
"""
