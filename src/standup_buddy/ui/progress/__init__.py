"""The Progress window (``window.ProgressWindow``).

Nothing is imported here on purpose: the window module loads Qt Quick and
Qt Graphs, and the app should pay for them only when the window opens.
"""
