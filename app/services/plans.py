"""Work plans checked off (预安销号, W11): propose, assign, approve, check off, confirm, carry.

"自下而上预、自上而下安、上下结合销": a cadre's items for a month are proposed (预, ``proposed``)
or assigned by the level above (安, ``assigned``, approved at once); an administrator approves
the proposed ones; after the month starts each item is checked off as done or not done with a
note (销); the superior confirms the check-off. An unfinished item can be carried into the next
month; an item can be dropped with a reason (it then leaves the closure rate).

Rules the practice relies on, each refused with a sentence and nothing written:
- items are checked off once, and only for a month that has begun;
- approving, assigning and confirming are the superior's (an administrator's);
- nobody confirms a check-off they made themselves, or an item of their own, when the station
  has accounts (on a station with no accounts yet there is only the built-in administrator);
- a station keeps the plans of its own cadres: the township sees its villages' plans read-only.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError, PermissionDenied, ValidationError
from app.services.stats import Month
from app.uow import UnitOfWork
from app.validation import normalize_text
from models import Cadre, PlanItem, User
from models.base import utcnow
from models.vocab import PlanCategory, PlanOrigin, PlanStatus

MAX_TEXT = 500
ADMIN_ROLES = frozenset({"administrator", "township_administrator"})
OPEN_STATUSES = frozenset({PlanStatus.PLANNED.value, PlanStatus.APPROVED.value})
CLOSED_STATUSES = frozenset({PlanStatus.DONE.value, PlanStatus.NOT_DONE.value})


@dataclass(frozen=True)
class Quarter:
    year: int
    q: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        m = re.fullmatch(r"(\d{4})-?[Qq]([1-4])", text.strip())
        if not m:
            raise ValidationError("quarter", "quarter_invalid", value=text)
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def of(cls, month: Month) -> Quarter:
        return cls(month.year, (month.month - 1) // 3 + 1)

    @property
    def months(self) -> list[Month]:
        return [Month(self.year, 3 * (self.q - 1) + i) for i in (1, 2, 3)]

    @property
    def first(self) -> date:
        return self.months[0].first

    @property
    def last(self) -> date:
        return self.months[-1].last

    def __str__(self) -> str:
        return f"{self.year:04d}-Q{self.q}"


def next_month(month: Month) -> Month:
    return Month(month.year + month.month // 12, month.month % 12 + 1)


@dataclass(frozen=True)
class PlanItemRow:
    """One plan item as every screen, sheet and ``plan list --json`` shows it."""

    id: str
    cadre_id: str
    cadre_name: str
    village_code: str
    month: str
    text: str
    category: str
    origin: str
    status: str
    note: str
    evidence: str
    approved_by: str
    approved_at: datetime | None
    closed_by: str
    closed_at: datetime | None
    confirmed_by: str
    confirmed_at: datetime | None
    carried_from: str
    created_at: datetime
    updated_at: datetime

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        for k, v in out.items():
            if isinstance(v, datetime):
                out[k] = v.isoformat(timespec="seconds")
        return out


def _row(p: PlanItem, cadre_name: str) -> PlanItemRow:
    return PlanItemRow(p.id, p.cadre_id, cadre_name, p.village_code, p.month, p.text,
                       p.category, p.origin, p.status, p.note, p.evidence, p.approved_by,
                       p.approved_at, p.closed_by, p.closed_at, p.confirmed_by, p.confirmed_at,
                       p.carried_from, p.created_at, p.updated_at)


def _require_admin(ctx: AppContext, what: str) -> None:
    if ctx.role not in ADMIN_ROLES:
        raise PermissionDenied("plan_admin_only", user=ctx.actor, what=what)


def _clean_text(text: str) -> str:
    value = normalize_text(text)
    if not value:
        raise ValidationError("plan_text", "required")
    if len(value) > MAX_TEXT:
        raise ValidationError("plan_text", "text_too_long", limit=MAX_TEXT)
    return value


def _own_cadre(uow: UnitOfWork, cadre_id: str) -> Cadre:
    cadre = uow.get(Cadre, cadre_id, "cadre")
    if cadre.origin_code and cadre.origin_code != uow.origin_code:
        raise MinqingError("plan_not_our_cadre", name=cadre.name, owner=cadre.origin_code)
    if not cadre.active:
        raise MinqingError("plan_cadre_inactive", name=cadre.name)
    return cadre


def add_items(ctx: AppContext, cadre_id: str, month: Month | str, texts: list[str], *,
              category: str = PlanCategory.OTHER.value, assigned: bool = False) -> list[str]:
    """Add several items to one cadre's plan for ``month`` in one transaction (the Plans page's
    quick entry: one line per item). ``assigned`` items come from the level above (安) and are
    approved at once, so only an administrator gives them."""
    m = Month.parse(month) if isinstance(month, str) else month
    clean = [_clean_text(t) for t in texts if t.strip()]
    if not clean:
        raise ValidationError("plan_text", "required")
    if category not in {c.value for c in PlanCategory}:
        raise ValidationError("category", "unknown_value", value=category)
    if assigned:
        _require_admin(ctx, "assign")
    now = utcnow()
    ids: list[str] = []
    with ctx.uow() as uow:
        cadre = _own_cadre(uow, cadre_id)
        for text in clean:
            item = PlanItem(
                village_code=uow.origin_code, cadre_id=cadre.id, month=str(m), text=text,
                category=category,
                origin=PlanOrigin.ASSIGNED.value if assigned else PlanOrigin.PROPOSED.value,
                status=PlanStatus.APPROVED.value if assigned else PlanStatus.PLANNED.value,
                note="", evidence="", approved_by=ctx.actor if assigned else "",
                approved_at=now if assigned else None, closed_by="", confirmed_by="",
                carried_from="")
            ids.append(uow.add_record(item, "plan_item").id)
        uow.commit()
    return ids


def add_item(ctx: AppContext, cadre_id: str, month: Month | str, text: str, *,
             category: str = PlanCategory.OTHER.value, assigned: bool = False) -> str:
    return add_items(ctx, cadre_id, month, [text], category=category, assigned=assigned)[0]


def _item(uow: UnitOfWork, item_id: str) -> PlanItem:
    return uow.get(PlanItem, item_id, "plan_item")


def approve(ctx: AppContext, item_ids: list[str]) -> int:
    """Approve proposed items (安). Returns how many changed; already approved ones are left."""
    _require_admin(ctx, "approve")
    n = 0
    with ctx.uow() as uow:
        for iid in item_ids:
            item = _item(uow, iid)
            if item.status != PlanStatus.PLANNED.value:
                continue
            uow.update_record(item, "plan_item", status=PlanStatus.APPROVED.value,
                              approved_by=ctx.actor, approved_at=utcnow())
            n += 1
        uow.commit()
    return n


def close_item(ctx: AppContext, item_id: str, done: bool, note: str = "", evidence: str = "",
               today: date | None = None) -> None:
    """Check an item off (销) as done or not done, with a short note (the reason, if not done)."""
    close_items(ctx, [item_id], done, note, evidence, today)


def close_items(ctx: AppContext, item_ids: list[str], done: bool, note: str = "",
                evidence: str = "", today: date | None = None) -> None:
    """Check several items off in one transaction: all of them, or none if one is refused."""
    today = today or date.today()
    with ctx.uow() as uow:
        for item_id in item_ids:
            item = _item(uow, item_id)
            if item.status in CLOSED_STATUSES:
                raise MinqingError("plan_already_closed", month=item.month,
                                   by=item.closed_by or "-")
            if item.status == PlanStatus.DROPPED.value:
                raise MinqingError("plan_dropped", month=item.month)
            if item.month > f"{today.year:04d}-{today.month:02d}":
                raise MinqingError("plan_month_not_begun", month=item.month)
            uow.update_record(
                item, "plan_item",
                status=PlanStatus.DONE.value if done else PlanStatus.NOT_DONE.value,
                note=normalize_text(note), evidence=normalize_text(evidence),
                closed_by=ctx.actor, closed_at=utcnow())
        uow.commit()


def _has_accounts(session: Session) -> bool:
    return session.execute(select(User.name).limit(1)).first() is not None


def confirm(ctx: AppContext, item_id: str) -> None:
    """The superior confirms a check-off (上下结合销)."""
    confirm_items(ctx, [item_id])


def confirm_items(ctx: AppContext, item_ids: list[str]) -> None:
    """Confirm several check-offs in one transaction (all, or none if one is refused)."""
    _require_admin(ctx, "confirm")
    with ctx.uow() as uow:
        accounts = _has_accounts(uow.session)
        user = uow.session.get(User, ctx.actor) if accounts else None
        for item_id in item_ids:
            item = _item(uow, item_id)
            if item.status not in CLOSED_STATUSES:
                raise MinqingError("plan_confirm_not_closed", month=item.month)
            if item.confirmed_by:
                raise MinqingError("plan_already_confirmed", by=item.confirmed_by)
            if accounts:
                cadre = uow.session.get(Cadre, item.cadre_id)
                own = user is not None and cadre is not None and bool(user.full_name) \
                    and user.full_name == cadre.name
                if item.closed_by == ctx.actor or own:
                    raise MinqingError("plan_confirm_own", user=ctx.actor)
            uow.update_record(item, "plan_item", confirmed_by=ctx.actor, confirmed_at=utcnow())
        uow.commit()


def drop_items(ctx: AppContext, item_ids: list[str], reason: str) -> None:
    """Withdraw open items with their reason, in one transaction."""
    why = normalize_text(reason)
    if not why:
        raise ValidationError("note", "plan_reason_required")
    with ctx.uow() as uow:
        for item_id in item_ids:
            item = _item(uow, item_id)
            if item.status not in OPEN_STATUSES:
                raise MinqingError("plan_already_closed", month=item.month,
                                   by=item.closed_by or "-")
            uow.update_record(item, "plan_item", status=PlanStatus.DROPPED.value, note=why,
                              closed_by=ctx.actor, closed_at=utcnow())
        uow.commit()


def drop_item(ctx: AppContext, item_id: str, reason: str) -> None:
    """Withdraw an open item with its reason (it then leaves the closure rate)."""
    drop_items(ctx, [item_id], reason)


def carry_over(ctx: AppContext, item_id: str, today: date | None = None) -> str:
    """Carry an unfinished item into the following month; returns the new item's id. An item
    still open is first checked off as not done ("carried into next month"): carrying it is
    saying it was not finished this month."""
    today = today or date.today()
    with ctx.uow() as uow:
        item = _item(uow, item_id)
        if item.status in (PlanStatus.DONE.value, PlanStatus.DROPPED.value):
            raise MinqingError("plan_carry_finished")
        already = uow.session.execute(select(PlanItem.id).where(
            PlanItem.carried_from == item.id, PlanItem.deleted.is_(False))).first()
        if already is not None:
            raise MinqingError("plan_already_carried", month=item.month)
        cadre = _own_cadre(uow, item.cadre_id)
        if item.status in OPEN_STATUSES:
            if item.month > f"{today.year:04d}-{today.month:02d}":
                raise MinqingError("plan_month_not_begun", month=item.month)
            uow.update_record(item, "plan_item", status=PlanStatus.NOT_DONE.value,
                              note=item.note or "转入下月 / carried into next month",
                              closed_by=ctx.actor, closed_at=utcnow())
        nxt = next_month(Month.parse(item.month))
        new = uow.add_record(PlanItem(
            village_code=uow.origin_code, cadre_id=cadre.id, month=str(nxt), text=item.text,
            category=item.category, origin=item.origin,
            status=PlanStatus.APPROVED.value if item.approved_by else PlanStatus.PLANNED.value,
            note="", evidence="", approved_by=item.approved_by,
            approved_at=utcnow() if item.approved_by else None, closed_by="", confirmed_by="",
            carried_from=item.id), "plan_item")
        uow.commit()
        return new.id


def items_in(session: Session, months: list[str], cadre_id: str | None = None
             ) -> list[PlanItemRow]:
    q = (select(PlanItem, Cadre.name).join(Cadre, Cadre.id == PlanItem.cadre_id)
         .where(PlanItem.deleted.is_(False), PlanItem.month.in_(months)))
    if cadre_id:
        q = q.where(PlanItem.cadre_id == cadre_id)
    q = q.order_by(PlanItem.month, Cadre.village_code, Cadre.is_leader.desc(), Cadre.name,
                   PlanItem.created_at, PlanItem.id)
    return [_row(p, name) for p, name in session.execute(q)]


def list_items(ctx: AppContext, month: Month | str, cadre_id: str | None = None
               ) -> list[PlanItemRow]:
    """The month's items, by village, cadre (leaders first) and entry order."""
    m = Month.parse(month) if isinstance(month, str) else month
    with ctx.read() as s:
        return items_in(s, [str(m)], cadre_id)


def get_item(ctx: AppContext, item_id: str) -> PlanItemRow:
    with ctx.read() as s:
        row = s.execute(select(PlanItem, Cadre.name).join(Cadre, Cadre.id == PlanItem.cadre_id)
                        .where(PlanItem.id == item_id, PlanItem.deleted.is_(False))).first()
    if row is None:
        from app.errors import NotFound

        raise NotFound("not_found", what="plan_item", key=item_id)
    return _row(row[0], row[1])


@dataclass(frozen=True)
class CadreChoice:
    """A cadre the Plans page can plan for (the station's own, active)."""

    id: str
    name: str
    title: str
    village_code: str
    own: bool


def plan_cadres(ctx: AppContext) -> list[CadreChoice]:
    code = ctx.station_code
    with ctx.read() as s:
        rows = s.execute(select(Cadre).where(Cadre.deleted.is_(False), Cadre.active.is_(True))
                         .order_by(Cadre.village_code, Cadre.is_leader.desc(), Cadre.name)
                         ).scalars().all()
        return [CadreChoice(c.id, c.name, c.title, c.village_code,
                            not c.origin_code or c.origin_code == code) for c in rows]
