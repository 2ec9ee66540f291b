"""Fixtures for the sync tests; helpers live in ``synchelp`` (importable by the test modules)."""

from synchelp import world  # noqa: F401
