"""Cadres and liaison assignments (W3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError
from app.validation import Problems, check_phone, check_required, mask_phone, normalize_text
from models import Assignment, Cadre, Household

if TYPE_CHECKING:
    from app.services.station import GroupRow


@dataclass
class CadreInput:
    name: str
    phone: str = ""
    title: str = ""
    is_leader: bool = False
    village_code: str = ""


@dataclass(frozen=True)
class CadreRow:
    id: str
    village_code: str
    name: str
    phone: str
    title: str
    is_leader: bool
    active: bool
    households: int
    origin_code: str = ""  # the station that recorded the cadre (a village, on a township)

    @property
    def phone_shown(self) -> str:
        """The phone as a list shows it (masked: decided here, not in the window); ``phone``
        stays whole for the cadre's own edit form."""
        return mask_phone(self.phone)


def _validate(data: CadreInput) -> CadreInput:
    problems = Problems()
    name = problems.check(check_required, normalize_text(data.name), "name")
    phone = problems.check(check_phone, data.phone, "phone")
    problems.raise_if_any()
    return CadreInput(name=name, phone=phone, title=data.title.strip(),
                      is_leader=data.is_leader, village_code=data.village_code)


def add_cadre(ctx: AppContext, data: CadreInput) -> str:
    clean = _validate(data)
    with ctx.uow() as uow:
        cadre = uow.add_record(Cadre(
            village_code=clean.village_code or ctx.station_code, name=clean.name,
            phone=clean.phone, title=clean.title, is_leader=clean.is_leader, active=True),
            "cadre")
        uow.commit()
        return cadre.id


def update_cadre(ctx: AppContext, cadre_id: str, data: CadreInput, active: bool = True) -> None:
    clean = _validate(data)
    with ctx.uow() as uow:
        cadre = uow.get(Cadre, cadre_id, "cadre")
        uow.update_record(cadre, "cadre", name=clean.name, phone=clean.phone, title=clean.title,
                          is_leader=clean.is_leader, active=active)
        uow.commit()


def list_cadres(session: Session, village_code: str | None = None,
                include_inactive: bool = False) -> list[CadreRow]:
    counts = (
        select(Assignment.cadre_id, func.count().label("n"))
        .where(Assignment.end_date.is_(None), Assignment.deleted.is_(False))
        .group_by(Assignment.cadre_id).subquery()
    )
    q = (select(Cadre, func.coalesce(counts.c.n, 0))
         .outerjoin(counts, counts.c.cadre_id == Cadre.id)
         .where(Cadre.deleted.is_(False)))
    if village_code:
        q = q.where(Cadre.village_code == village_code)
    if not include_inactive:
        q = q.where(Cadre.active.is_(True))
    rows = session.execute(q.order_by(Cadre.is_leader.desc(), Cadre.name))
    return [CadreRow(c.id, c.village_code, c.name, c.phone, c.title, c.is_leader, c.active, n,
                     c.origin_code or "")
            for c, n in rows]


def assign(ctx: AppContext, cadre_id: str, household_ids: list[str],
           start: date | None = None) -> int:
    """Make ``cadre_id`` the liaison of these households, ending any previous assignment.
    Returns how many households changed liaison (already-assigned ones are left alone)."""
    start = start or date.today()
    changed = 0
    with ctx.uow() as uow:
        uow.get(Cadre, cadre_id, "cadre")
        current = {
            a.household_id: a for a in uow.session.execute(
                select(Assignment).where(Assignment.household_id.in_(household_ids),
                                         Assignment.end_date.is_(None),
                                         Assignment.deleted.is_(False))).scalars()
        }
        for hid in household_ids:
            uow.get(Household, hid, "household")
            old = current.get(hid)
            if old is not None:
                if old.cadre_id == cadre_id:
                    continue
                uow.update_record(old, "assignment", end_date=start)
            uow.add_record(Assignment(household_id=hid, cadre_id=cadre_id, start_date=start),
                           "assignment")
            changed += 1
        uow.commit()
    return changed


def liaison_history(session: Session, household_id: str) -> list[tuple[str, date, date | None]]:
    q = (select(Cadre.name, Assignment.start_date, Assignment.end_date)
         .join(Cadre, Cadre.id == Assignment.cadre_id)
         .where(Assignment.household_id == household_id, Assignment.deleted.is_(False))
         .order_by(Assignment.start_date.desc()))
    return [(n, s, e) for n, s, e in session.execute(q)]


def active_cadres(ctx: AppContext, village_code: str | None = None) -> list[CadreRow]:
    """The station's active cadres as plain rows: what a form's cadre list needs, without the
    caller holding a session."""
    with ctx.read() as s:
        return list_cadres(s, village_code)


@dataclass(frozen=True)
class CadreActions:
    """What this station may do with one cadre's record, decided here (not in the window):
    the station that recorded a cadre edits it and assigns households to it; a township holds
    its villages' cadres read-only (``UnitOfWork`` refuses the change anyway). ``refusal``
    says why, for a tooltip and a status line."""

    edit: bool
    assign: bool
    refusal: MinqingError | None = None


def cadre_actions(ctx: AppContext, row: CadreRow) -> CadreActions:
    if row.origin_code and row.origin_code != ctx.station_code:
        from app.services.station import village_names

        village = village_names(ctx).get(row.village_code, row.village_code)
        return CadreActions(False, False, MinqingError("cadre_not_owner", village=village))
    return CadreActions(True, True)


def cadres_for(ctx: AppContext, village_code: str | None = None,
               include_inactive: bool = False) -> list[CadreRow]:
    """``list_cadres`` without a session in the caller's hands (the window's read path)."""
    with ctx.read() as s:
        return list_cadres(s, village_code, include_inactive)


def groups_to_assign(ctx: AppContext) -> list[GroupRow]:
    """The villager groups a cadre can be given at once (the Cadres page's "whole group")."""
    from app.services.station import list_groups

    with ctx.read() as s:
        return list_groups(s)


def group_household_ids(ctx: AppContext, group_id: str) -> list[str]:
    """Every household of one group, for assigning the whole group to a cadre."""
    from app.services import households as hh

    with ctx.read() as s:
        return hh.search_ids(s, hh.HouseholdFilter(group_id=group_id), limit=100_000)
