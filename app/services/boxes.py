"""Opinion boxes (社情民意收集箱, W12): one per villager group, each opening and its slips.

A slip found in a box becomes an ordinary matter card — anonymous when it names nobody (a matter
without a household) — or is recorded as "no action" with the reason, so every slip found is
accounted for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError, ValidationError
from app.services import matters as matter_service
from app.services.stats import Month
from app.validation import Problems, check_not_future
from models import BoxOpening, BoxSlip, Group, Matter, OpinionBox, Station

MAX_SLIPS = 999


def _find_group(s: Session, village: str, group: str) -> Group:
    from app.services.station import parse_group_number

    text = group.strip()
    grp = s.get(Group, text) if len(text) == 36 else None
    if grp is None:
        number = parse_group_number(text)
        if number is not None:
            grp = s.execute(select(Group).where(
                Group.village_code == village, Group.number == number,
                Group.deleted.is_(False))).scalar_one_or_none()
    if grp is None or grp.deleted or grp.village_code != village:
        raise ValidationError("group", "box_group_unknown", group=group)
    return grp


def add_box(ctx: AppContext, group: str, place: str, installed: date | None = None,
            today: date | None = None) -> str:
    """Register the box of a group (by number, "3组", or id). One active box per group."""
    today = today or date.today()
    installed = installed or today
    p = Problems()
    p.check(check_not_future, installed, "installed", today)
    if len(place.strip()) > 200:
        p.add("place", "text_too_long", limit=200)
    p.raise_if_any()
    with ctx.uow() as uow:
        s = uow.session
        village = s.execute(select(Station.code)).scalar_one()
        grp = _find_group(s, village, group)
        have = s.execute(select(OpinionBox.id).where(
            OpinionBox.group_id == grp.id, OpinionBox.deleted.is_(False),
            OpinionBox.active.is_(True))).first()
        if have is not None:
            raise ValidationError("group", "box_group_has_box", group=grp.name)
        box = uow.add_record(OpinionBox(village_code=village, group_id=grp.id,
                                        place=place.strip(), installed=installed, active=True),
                             "opinion_box")
        uow.commit()
        return box.id


def _find_box(s: Session, key: str) -> OpinionBox:
    key = key.strip().lower()
    box = s.get(OpinionBox, key) if len(key) == 36 else None
    if box is None and len(key) >= 6:
        found = list(s.execute(select(OpinionBox).where(
            OpinionBox.id.like(key + "%"), OpinionBox.deleted.is_(False))).scalars())
        box = found[0] if len(found) == 1 else None
    if box is None or box.deleted:
        raise MinqingError("box_unknown", box=key)
    return box


def open_box(ctx: AppContext, box: str, on: date | None, slips: int, opened_by: str = "",
             note: str = "", today: date | None = None) -> str:
    """Record an opening: the date and how many slips were in the box."""
    today = today or date.today()
    p = Problems()
    if on is None:
        p.add("open_date", "required")
    else:
        p.check(check_not_future, on, "open_date", today)
    if not 0 <= slips <= MAX_SLIPS:
        p.add("slips", "box_slips_invalid", value=slips, max=MAX_SLIPS)
    p.raise_if_any()
    assert on is not None
    with ctx.uow() as uow:
        b = _find_box(uow.session, box)
        if on < b.installed:
            raise ValidationError("open_date", "box_opened_before_installed",
                                  date=on.isoformat(), installed=b.installed.isoformat())
        op = uow.add_record(BoxOpening(village_code=b.village_code, box_id=b.id, open_date=on,
                                       opened_by=opened_by.strip()[:64], slips=slips,
                                       note=note.strip()), "box_opening")
        uow.commit()
        return op.id


def record_slip(ctx: AppContext, opening_id: str,
                matter: matter_service.MatterInput | None = None,
                no_action_reason: str = "") -> str:
    """One slip of an opening: a matter card (household optional: anonymous) or no action with
    a reason. No more slips than the opening found."""
    if matter is None and not no_action_reason.strip():
        raise ValidationError("no_action_reason", "required")
    clean = None
    with ctx.uow() as uow:
        op = uow.get(BoxOpening, opening_id, "box_opening")
        if matter is not None:
            if matter.received_date is None:
                matter.received_date = op.open_date
            clean = matter_service.validate(matter)
        done = uow.session.execute(select(func.count()).select_from(BoxSlip).where(
            BoxSlip.opening_id == op.id, BoxSlip.deleted.is_(False))).scalar_one()
        if done >= op.slips:
            raise ValidationError("slips", "box_slips_all_recorded", slips=op.slips)
        mid = matter_service.create_in(uow, clean, op.village_code) if clean else None
        slip = uow.add_record(BoxSlip(opening_id=op.id, matter_id=mid,
                                      no_action_reason="" if clean else no_action_reason.strip()),
                              "box_slip")
        uow.commit()
        return slip.id


@dataclass(frozen=True)
class BoxRow:
    id: str
    group_id: str
    group_number: int
    group_name: str
    place: str
    installed: date
    last_opened: date | None
    openings: int  # in the month asked for


@dataclass(frozen=True)
class OpeningRow:
    id: str
    box_id: str
    group_name: str
    open_date: date
    opened_by: str
    slips: int
    to_matters: int
    no_action: int


@dataclass(frozen=True)
class BoxesOverview:
    boxes: list[BoxRow]
    groups_without_box: list[str]
    openings: list[OpeningRow]


def boxes_overview(ctx: AppContext, month: Month) -> BoxesOverview:
    with ctx.read() as s:
        village = s.execute(select(Station.code)).scalar_one()
        last = dict(s.execute(select(BoxOpening.box_id, func.max(BoxOpening.open_date)).where(
            BoxOpening.deleted.is_(False)).group_by(BoxOpening.box_id)).all())
        in_month = dict(s.execute(select(BoxOpening.box_id, func.count()).where(
            BoxOpening.deleted.is_(False), BoxOpening.open_date >= month.first,
            BoxOpening.open_date <= month.last).group_by(BoxOpening.box_id)).all())
        boxes = [BoxRow(b.id, g.id, g.number, g.name, b.place, b.installed, last.get(b.id),
                        in_month.get(b.id, 0))
                 for b, g in s.execute(select(OpinionBox, Group).join(
                     Group, Group.id == OpinionBox.group_id).where(
                     OpinionBox.deleted.is_(False), OpinionBox.active.is_(True))
                     .order_by(Group.number))]
        boxed = {b.group_id for b in boxes}
        missing = [g.name for g in s.execute(select(Group).where(
            Group.deleted.is_(False), Group.village_code == village).order_by(Group.number)
        ).scalars() if g.id not in boxed]
        slips: dict[str, tuple[int, int]] = {}
        for oid, has_matter, n in s.execute(select(
                BoxSlip.opening_id, BoxSlip.matter_id.is_not(None), func.count()).where(
                BoxSlip.deleted.is_(False)).group_by(BoxSlip.opening_id,
                                                     BoxSlip.matter_id.is_not(None))):
            a, b2 = slips.get(oid, (0, 0))
            slips[oid] = (a + n, b2) if has_matter else (a, b2 + n)
        openings = [OpeningRow(o.id, o.box_id, g.name, o.open_date, o.opened_by, o.slips,
                               *slips.get(o.id, (0, 0)))
                    for o, g in s.execute(select(BoxOpening, Group).join(
                        OpinionBox, OpinionBox.id == BoxOpening.box_id).join(
                        Group, Group.id == OpinionBox.group_id).where(
                        BoxOpening.deleted.is_(False), BoxOpening.open_date >= month.first,
                        BoxOpening.open_date <= month.last).order_by(BoxOpening.open_date))]
        return BoxesOverview(boxes, missing, openings)


def slip_matters(ctx: AppContext, opening_id: str) -> list[str]:
    """Titles of the matters the opening's slips became."""
    with ctx.read() as s:
        return list(s.execute(select(Matter.title).join(BoxSlip, BoxSlip.matter_id == Matter.id)
                              .where(BoxSlip.opening_id == opening_id,
                                     BoxSlip.deleted.is_(False))).scalars())
