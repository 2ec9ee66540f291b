"""The existing service tests — households, visits and matters, the unit of work's audit
chain under concurrent writers — run again here on both dialects: this module's ``village``
fixture opens the station on a SQLite file *and* on a fresh PostgreSQL database, and the
imported tests (unchanged, still run on SQLite in their own modules) pick it up."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.context import AppContext
from app.services.station import init_station
from app.store import open_store
from tests.conftest import VILLAGE_CODE
from tests.test_concurrency import test_concurrent_writers_keep_the_audit_chain_whole
from tests.test_households import (
    register,
    test_add_household_stores_normalised_values_and_audits,
    test_every_wrong_field_is_reported_at_once_and_nothing_is_written,
    test_members_are_kept_with_the_household,
    test_removed_household_is_kept_flagged_not_deleted,
    test_search_by_last_digits_of_id,
    test_search_by_name_pinyin_and_last_digits,
    test_update_bumps_version_and_audits_only_changes,
)
from tests.test_matters import (
    setup,
    test_a_wrong_matter_keeps_the_whole_visit_out,
    test_escalation_and_township_answer,
    test_matter_lifecycle,
    test_overdue_matters_come_first,
    test_visit_with_two_matters_is_saved_in_one_go,
)

__all__ = [
    "register", "setup",
    "test_a_wrong_matter_keeps_the_whole_visit_out",
    "test_add_household_stores_normalised_values_and_audits",
    "test_concurrent_writers_keep_the_audit_chain_whole",
    "test_escalation_and_township_answer",
    "test_every_wrong_field_is_reported_at_once_and_nothing_is_written",
    "test_matter_lifecycle", "test_members_are_kept_with_the_household",
    "test_overdue_matters_come_first", "test_removed_household_is_kept_flagged_not_deleted",
    "test_search_by_last_digits_of_id", "test_search_by_name_pinyin_and_last_digits",
    "test_update_bumps_version_and_audits_only_changes",
    "test_visit_with_two_matters_is_saved_in_one_go",
]


@pytest.fixture
def village(any_db: str) -> Iterator[AppContext]:
    store = open_store(any_db)
    init_station(store, kind="village", code=VILLAGE_CODE, name="石江村")
    ctx = AppContext(store, actor="clerk")
    yield ctx
    store.close()
