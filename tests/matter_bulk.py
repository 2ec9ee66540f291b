"""Many matters quickly, for the windowed-list tests: the demo's matters copied in SQL with new
ids and shifted dates (the bench's own helper), so a test has a few thousand matters in well
under a second instead of filling a township for minutes."""

from __future__ import annotations

from app.context import AppContext


def multiply_matters(ctx: AppContext, copies: int) -> int:
    """Add ``copies`` copies of every matter on file; returns the matters on file after."""
    from bench.ui_list import multiply_matters as in_file

    return in_file(ctx.store.path, copies)
