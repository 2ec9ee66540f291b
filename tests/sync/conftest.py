"""Fixtures for the sync tests; helpers live in ``synchelp`` (importable by the test modules)."""

from tests.sync.synchelp import world  # noqa: F401
