"""What the window shows about households, read in one session the service opens: the detail
pane, the quick search, the register's filter choices.

The window never opens a session itself (issue 10): reads take the ``AppContext`` like writes
and return frozen dataclasses, with ID and phone numbers already masked — the one place that
decides what a screen may show. The single audited reveal stays ``users.reveal_id``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.context import AppContext
from app.services import households as hh
from app.services import matters as matter_service
from app.services import visits as visit_service
from app.services.cadres import CadreRow, liaison_history, list_cadres
from app.services.cards import CardIssued, card_history
from app.services.station import GroupRow, VillageRow, list_groups, list_villages
from app.validation import mask_id, mask_phone


@dataclass(frozen=True)
class ShownHousehold:
    """A household as a list or pane shows it: numbers masked."""

    id: str
    village_code: str
    group_name: str
    head_name: str
    id_shown: str
    phone_shown: str
    members_count: int
    address: str
    tags: list[str]
    liaison_id: str | None
    liaison_name: str


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
    """The household picker's suggestions (an index range on the precomputed search keys)."""
    with ctx.read() as s:
        return [shown(r) for r in hh.search(s, text, limit=limit)]


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
