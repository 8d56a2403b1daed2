"""The Stretches window: the rotation editor (``editor``), its stretch form and its pieces.

Nothing is imported here: the break card reads ``words`` for its labels, and
that must not load the whole editor with it.
"""
