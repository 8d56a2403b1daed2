"""Storage: the SQLite history database."""
