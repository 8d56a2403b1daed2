"""Qt widgets and windows: they display the core's state and forward the user's actions."""
