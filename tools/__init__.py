"""Developer tools that are not part of the product: screenshots and a synthetic history.

Run from a source checkout (``python -m tools.screenshots OUTDIR``); nothing
under ``src/`` imports this package, and the wheel does not ship it.
"""
