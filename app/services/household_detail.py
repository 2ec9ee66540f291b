"""What the window shows about households, read in one session the service opens: the detail
pane, the quick search, the register's filter choices.

The window never opens a session itself (issue 10): reads take the ``AppContext`` like writes
and return frozen dataclasses, with ID and phone numbers already masked — the one place that
decides what a screen may show. The single audited reveal stays ``users.reveal_id``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select, union
from sqlalchemy.orm import Session

from app.context import AppContext
from app.services import households as hh
from app.services import matters as matter_service
from app.services import visits as visit_service
from app.services.cadres import CadreRow, liaison_history, list_cadres
from app.services.cards import CardIssued, card_history
from app.services.station import GroupRow, VillageRow, list_groups, list_villages
from app.validation import mask_id, mask_phone, normalize_text
from models import Household

HIGH = "\uffff"  # above every character a name or key holds (as in households.search)


# A household as a list or pane shows it, numbers masked: the register's own row type, so the
# quick search, the detail pane and the register share one shape and one masking rule.
ShownHousehold = hh.RegisterRow


def shown(row: hh.HouseholdRow) -> ShownHousehold:
    return ShownHousehold(row.id, row.village_code, row.group_name, row.head_name,
                          mask_id(row.id_number), mask_phone(row.phone), row.members_count,
                          row.address, row.tags, row.liaison_id, row.liaison_name)


@dataclass(frozen=True)
class HouseholdDetail:
    household: ShownHousehold
    liaisons: list[tuple[str, date, date | None]]
    cards: list[CardIssued]
    visits: list[visit_service.VisitRow]
    matters: list[matter_service.MatterRow]


def household_detail(ctx: AppContext, household_id: str, limit: int = 50
                     ) -> HouseholdDetail | None:
    """Everything the detail pane shows about one household, from one read."""
    with ctx.read() as s:
        row = hh.get_household(s, household_id)
        if row is None:
            return None
        return HouseholdDetail(
            shown(row), liaison_history(s, household_id), card_history(s, household_id),
            visit_service.list_visits(s, household_id=household_id, limit=limit),
            matter_service.list_matters(s, household_id=household_id, limit=limit))


def quick_search(ctx: AppContext, text: str, limit: int = 8) -> list[ShownHousehold]:
    """The household picker's suggestions (an index range on the precomputed search keys).
    On a county's PostgreSQL server the ranges are compared under ``COLLATE "C"`` against
    the migration ``0007_pgsearch`` indexes (see ``_server_search``)."""
    with ctx.read() as s:
        if s.get_bind().dialect.name == "postgresql":
            return [shown(r) for r in _server_search(s, text, limit)]
        return [shown(r) for r in hh.search(s, text, limit=limit)]


def _prefix_ids(column: Any, key: str, limit: int) -> Select[Any]:
    """Ids of live households whose ``column`` starts with ``key``: one range on the column's
    ``COLLATE "C"`` index, stopped after ``limit`` rows."""
    c = column.collate("C")
    return (select(Household.id).where(Household.deleted.is_(False), c >= key,
                                       c < key + HIGH)
            .limit(limit))


def _server_search(s: Session, text: str, limit: int) -> list[hh.HouseholdRow]:
    """PostgreSQL: the same matches as ``households.search``, its either-or conditions as a
    UNION of two limited index ranges — an ``OR`` of two ranges becomes a bitmap scan that
    reads every match of a one-letter prefix (thousands at 250,000 households) before the
    limit; measured in ``bench pg_county``."""
    q = normalize_text(text).replace(" ", "")
    if not q:
        return []
    # Which key a typed text is, exactly as households.search decides it.
    if q.isdigit() or (q[:-1].isdigit() and q[-1] in "xX"):
        kind, key = "digits", q.upper()[::-1]
    elif q.isascii():
        kind, key = "pinyin", q.lower()
    else:
        kind, key = "name", q
    cols = {"digits": (Household.id_rev, Household.phone_rev),
            "pinyin": (Household.py_initials, Household.py_full),
            "name": (Household.head_name,)}[kind]
    parts = [_prefix_ids(c, key, limit) for c in cols]
    ids = [str(i) for i in s.execute(union(*parts) if len(parts) > 1 else parts[0]).scalars()]
    return sorted(hh.rows_for(s, ids[:limit] if len(ids) > limit else ids),
                  key=lambda r: (r.head_name, r.id))


@dataclass(frozen=True)
class RegisterChoices:
    groups: list[GroupRow]
    cadres: list[CadreRow]


def register_choices(ctx: AppContext) -> RegisterChoices:
    """The register's filter combos: groups and cadres as they stand now."""
    with ctx.read() as s:
        return RegisterChoices(list_groups(s), list_cadres(s))


def groups(ctx: AppContext) -> list[GroupRow]:
    with ctx.read() as s:
        return list_groups(s)


def villages(ctx: AppContext) -> list[VillageRow]:
    with ctx.read() as s:
        return list_villages(s)
