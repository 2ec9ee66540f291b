"""The station's duties calendar (W12): which required activities a month saw done.

The rules (``duty_rule``: how many, how often) are the station's own, set by its administrator
because counties differ; the defaults are the 攸县 ones. Each duty of a month is **met**,
**not met** (its due date passed without it), or **not yet due** (still possible: the month or
year is running). Everything is counted from records — events, box openings, batches, visits —
so nothing can be ticked off by hand.

``monthly_report`` is met by a batch to the township written between the 11th of the month and
the 10th of the next (the month's report goes up as the month closes; every day belongs to
exactly one month's window); on a township, by a batch from that village applied here with its
creation time in the same window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import PermissionDenied, ValidationError
from app.i18n import tr
from app.services.events import count_events, joint_office_days
from app.services.station import get_station, list_villages
from app.services.stats import Month, village_figures
from app.uow import UnitOfWork
from models import BoxOpening, DutyRule, Group, OpinionBox, SyncBatch
from models.base import utcnow
from models.event import DEFAULT_DUTIES, EventKind
from models.vocab import StationKind

KEYS = tuple(DEFAULT_DUTIES)
REPORT_FROM_DAY = 11
REPORT_DUE_DAY = 10
MET, NOT_MET, NOT_YET_DUE = "met", "not_met", "not_yet_due"


@dataclass(frozen=True)
class Rule:
    key: str
    frequency: str
    required: int
    active: bool


@dataclass(frozen=True)
class Duty:
    key: str
    label: str
    required: int
    done: int
    state: str  # met / not_met / not_yet_due
    due: date
    detail: str = ""

    @property
    def met(self) -> bool | None:
        """True, False, or None while not yet due."""
        return {MET: True, NOT_MET: False}.get(self.state)

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "required": self.required,
                "done": self.done, "met": self.met, "state": self.state,
                "due": self.due.isoformat(), "detail": self.detail}


@dataclass(frozen=True)
class VillageDuties:
    code: str
    name: str
    duties: list[Duty]


@dataclass(frozen=True)
class DutiesReport:
    station_code: str
    station_name: str
    station_kind: str
    month: Month
    duties: list[Duty]
    villages: list[VillageDuties]

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "station": {"code": self.station_code, "name": self.station_name,
                        "kind": self.station_kind},
            "month": str(self.month), "duties": [d.as_json() for d in self.duties]}
        if self.station_kind == StationKind.TOWNSHIP:
            out["villages"] = [{"code": v.code, "name": v.name,
                                "duties": [d.as_json() for d in v.duties]}
                               for v in self.villages]
        return out


def rules(s: Session) -> list[Rule]:
    """The station's rules in the fixed order; a key missing from the table takes its default."""
    have = {r.key: r for r in s.execute(select(DutyRule)).scalars()}
    out = []
    for key, (freq, req) in DEFAULT_DUTIES.items():
        r = have.get(key)
        out.append(Rule(key, r.frequency, r.required, r.active) if r else
                   Rule(key, freq, req, True))
    return out


def list_rules(ctx: AppContext) -> list[Rule]:
    with ctx.read() as s:
        return rules(s)


def set_rule(ctx: AppContext, key: str, required: int, active: bool = True) -> None:
    """Change a rule (administrators only): the county's own numbers."""
    if ctx.role not in ("administrator", "township_administrator"):
        raise PermissionDenied("duty_rules_admin_only")
    if key not in DEFAULT_DUTIES:
        raise ValidationError("duty", "unknown_value", value=key)
    if not 1 <= required <= 99:
        raise ValidationError("required_count", "duty_required_invalid", value=required)
    uow: UnitOfWork
    with ctx.uow() as uow:
        s = uow.session
        r = s.get(DutyRule, key)
        before = (r.required, r.active) if r else (DEFAULT_DUTIES[key][1], True)
        if r is None:
            r = DutyRule(key=key, frequency=DEFAULT_DUTIES[key][0], required=required,
                         active=active)
            s.add(r)
        r.required, r.active = required, active
        r.updated_at, r.updated_by = utcnow(), ctx.actor
        s.flush()
        uow.audit("update", "duty_rule", key, {"required": [before[0], required],
                                               "active": [before[1], active]})
        uow.commit()


def _state(done: int, required: int, due: date, as_of: date) -> str:
    if done >= required:
        return MET
    return NOT_MET if as_of >= due else NOT_YET_DUE


def report_month(on: date) -> Month:
    """The month whose report a batch written on ``on`` is."""
    if on.day >= REPORT_FROM_DAY:
        return Month(on.year, on.month)
    prev = on.replace(day=1) - timedelta(days=1)
    return Month(prev.year, prev.month)


def _report_window(month: Month) -> tuple[datetime, datetime, date]:
    nxt = month.last + timedelta(days=1)
    start = datetime.combine(month.first.replace(day=REPORT_FROM_DAY), time())
    due = nxt.replace(day=REPORT_DUE_DAY)
    return start, datetime.combine(due + timedelta(days=1), time()), due


def _reports_sent(s: Session, month: Month, village: str, township: bool) -> int:
    start, end, _ = _report_window(month)
    q = select(func.count()).select_from(SyncBatch).where(
        SyncBatch.created_at >= start, SyncBatch.created_at < end)
    if township:  # the village's batches applied here
        q = q.where(SyncBatch.direction == "in", SyncBatch.origin_code == village)
    else:
        q = q.where(SyncBatch.direction == "out", SyncBatch.origin_code == village)
    return int(s.execute(q).scalar_one())


def _village_duties(s: Session, month: Month, village: str, township: bool, as_of: date,
                    lang: str, the_rules: list[Rule]) -> list[Duty]:
    first, last = month.first, month.last
    yfirst, ylast = date(month.year, 1, 1), date(month.year, 12, 31)
    upto = min(last, as_of)
    vcode = village if township else None
    out: list[Duty] = []
    for rule in the_rules:
        if not rule.active:
            continue
        key, req, detail = rule.key, rule.required, ""
        due = last
        if key == "joint_office_days":
            done = joint_office_days(s, first, upto, vcode)
        elif key == "analysis_meeting":
            done = count_events(s, EventKind.ANALYSIS.value, first, upto, vcode)
        elif key == "monthly_report":
            done = _reports_sent(s, month, village, township)
            due = _report_window(month)[2]
        elif key == "representatives_meeting":
            done = count_events(s, EventKind.REPRESENTATIVES.value, yfirst, upto, vcode)
            due = ylast
        elif key == "yearly_visits":
            fig = village_figures(s, month, vcode, as_of)
            req, done, due = int(fig["households"]), int(fig["households_visited_ytd"]), ylast
        else:  # opinion_boxes
            groups = s.execute(select(Group.id).where(
                Group.deleted.is_(False), Group.village_code == village)).scalars().all()
            boxed = set(s.execute(select(OpinionBox.group_id).where(
                OpinionBox.deleted.is_(False), OpinionBox.active.is_(True),
                OpinionBox.village_code == village, OpinionBox.installed <= last)).scalars())
            without = sum(1 for g in groups if g not in boxed)
            done = int(s.execute(select(func.count()).select_from(BoxOpening).where(
                BoxOpening.deleted.is_(False), BoxOpening.village_code == village,
                BoxOpening.open_date >= first, BoxOpening.open_date <= upto)).scalar_one())
            if without:
                detail = tr("duty_groups_without_box", lang, n=without)
                # every group needs its box: the openings alone do not meet the duty
                out.append(Duty(key, tr(f"duty_{key}", lang), req, done,
                                NOT_MET if as_of >= due else NOT_YET_DUE, due, detail))
                continue
        out.append(Duty(key, tr(f"duty_{key}", lang), req, done,
                        _state(done, req, due, as_of), due, detail))
    return out


def _summary(lang: str, villages: list[VillageDuties], the_rules: list[Rule],
             month: Month) -> list[Duty]:
    """A township's line per duty: how many of its villages met it."""
    out = []
    for rule in the_rules:
        if not rule.active:
            continue
        mine = [d for v in villages for d in v.duties if d.key == rule.key]
        if not mine:
            continue
        done = sum(1 for d in mine if d.state == MET)
        state = MET if done == len(mine) else (
            NOT_MET if any(d.state == NOT_MET for d in mine) else NOT_YET_DUE)
        out.append(Duty(rule.key, tr(f"duty_{rule.key}", lang), len(mine), done, state,
                        mine[0].due, tr("duty_villages_met", lang, done=done, n=len(mine))))
    return out


def month_duties(ctx: AppContext, month: Month, as_of: date | None = None) -> DutiesReport:
    """Each duty of ``month`` as of today (or ``as_of``); per village on a township."""
    as_of = as_of or date.today()
    with ctx.read() as s:
        st = get_station(s)
        assert st is not None
        the_rules = rules(s)
        if st.kind == StationKind.TOWNSHIP:
            villages = [VillageDuties(v.code, v.name, _village_duties(
                s, month, v.code, True, as_of, ctx.lang, the_rules)) for v in list_villages(s)]
            return DutiesReport(st.code, st.name, st.kind, month,
                                _summary(ctx.lang, villages, the_rules, month), villages)
        return DutiesReport(st.code, st.name, st.kind, month,
                            _village_duties(s, month, st.code, False, as_of, ctx.lang,
                                            the_rules), [])
