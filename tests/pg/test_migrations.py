"""The same migrations on both dialects, and the store's open/too-new/refusal paths."""

from __future__ import annotations

from sqlalchemy import inspect, text

from app.store import head_revision, open_store


def test_fresh_database_reaches_head(any_empty_db: str) -> None:
    store = open_store(any_empty_db)
    try:
        with store.engine.connect() as conn:
            rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            tables = set(inspect(conn).get_table_names())
    finally:
        store.close()
    assert rev == head_revision()
    assert {"household", "visit", "matter", "audit_event", "station"} <= tables
    # Reopening a database at head changes nothing.
    open_store(any_empty_db).close()
