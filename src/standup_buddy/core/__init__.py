"""The pure core: tracking, scheduling, rotation and statistics.

Nothing in this package imports Qt or plyer or reads a clock; time always
comes in as an argument (a test enforces this).
"""
