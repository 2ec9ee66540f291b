"""Cadres and liaison assignments (W3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError, NotFound, PermissionDenied
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


def cadre_actions(ctx: AppContext, row: CadreRow | ShownCadre) -> CadreActions:
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


# --- what the Cadres page shows (issue 10: masking and actions decided here) -------------
@dataclass(frozen=True)
class ShownCadre:
    """A cadre as the Cadres list shows it: the phone already masked (whatever the role: the
    full number is only read to edit it, ``cadre_to_edit``), and what this user may do with
    the record (``edit``/``assign``; ``refusal`` says why not when another station owns it)."""

    id: str
    village_code: str
    village_name: str
    name: str
    phone_shown: str
    title: str
    is_leader: bool
    active: bool
    households: int
    origin_code: str
    edit: bool
    assign: bool
    refusal: MinqingError | None = None


def cadre_list(ctx: AppContext, village_code: str | None = None,
               include_inactive: bool = False) -> list[ShownCadre]:
    """The Cadres page's rows, from one read: masked phones, the village name, the actions."""
    from app.services.station import village_names

    with ctx.read() as s:
        rows = list_cadres(s, village_code, include_inactive)
    names = village_names(ctx)
    writes = ctx.can_write
    out: list[ShownCadre] = []
    for r in rows:
        village = names.get(r.village_code, r.village_code)
        foreign = bool(r.origin_code) and r.origin_code != ctx.station_code
        refusal = MinqingError("cadre_not_owner", village=village) if foreign else None
        out.append(ShownCadre(
            r.id, r.village_code, village, r.name, mask_phone(r.phone), r.title, r.is_leader,
            r.active, r.households, r.origin_code, edit=writes and not foreign,
            assign=writes and not foreign, refusal=refusal))
    return out


def cadre_to_edit(ctx: AppContext, cadre_id: str) -> CadreRow:
    """The full record (the real phone number) for the edit form: only for a user who may
    change it — a read-only account or another station's cadre gets the refusal instead."""
    refusal = ctx.write_refusal()
    if refusal is not None:
        raise refusal
    with ctx.read() as s:
        c = s.get(Cadre, cadre_id)
        if c is None or c.deleted:
            raise NotFound("not_found", what="cadre", key=cadre_id)
        n = s.execute(select(func.count()).select_from(Assignment).where(
            Assignment.cadre_id == cadre_id, Assignment.end_date.is_(None),
            Assignment.deleted.is_(False))).scalar_one()
        row = CadreRow(c.id, c.village_code, c.name, c.phone, c.title, c.is_leader, c.active,
                       int(n), c.origin_code or "")
    actions = cadre_actions(ctx, row)
    if not actions.edit:
        raise actions.refusal or PermissionDenied("read_only_user", user=ctx.actor)
    return row
