"""The documentation's screenshots, drawn headless with the app's own theme.

``python -m tools.screenshots docs/screenshots`` writes every picture; each
module (``cards``, ``progress``, ``stretches``) also runs on its own.
"""
