"""Villagers' ratings of the cadres who serve them (群众评议, W11).

A household rates its liaison cadre — 满意 / 基本满意 / 不满意 with an optional remark — at a
visit, at a meeting or in the yearly round. A rating is personal data of the household: outside
the station it is shown only as figures (``ReviewCounts``), never as who said what; so the read
side of this module returns counts, not rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError, ValidationError
from app.validation import normalize_text
from models import Assignment, Cadre, Household, Review
from models.vocab import ReviewOccasion, ReviewRating

MAX_REMARK = 500


@dataclass(frozen=True)
class ReviewCounts:
    """A cadre's ratings in a period, as figures only."""

    satisfied: int = 0
    fair: int = 0
    unsatisfied: int = 0

    @property
    def total(self) -> int:
        return self.satisfied + self.fair + self.unsatisfied

    @property
    def rate(self) -> float | None:
        """Share of 满意 + 基本满意; None when nobody rated (never 0 for "no data")."""
        return (self.satisfied + self.fair) / self.total if self.total else None


def _rating(value: str) -> str:
    v = value.strip().lower()
    aliases = {"满意": "satisfied", "基本满意": "fair", "basic": "fair", "不满意": "unsatisfied"}
    v = aliases.get(v, v)
    if v not in {r.value for r in ReviewRating}:
        raise ValidationError("rating", "unknown_value", value=value)
    return v


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(normalize_text(text))
    except ValueError:
        raise ValidationError("review_date", "date_invalid", value=text) from None


def serves(session: Session, cadre_id: str, household_id: str, on: date) -> bool:
    """Whether ``cadre_id`` was the household's liaison cadre on ``on``."""
    q = select(Assignment.id).where(
        Assignment.deleted.is_(False), Assignment.household_id == household_id,
        Assignment.cadre_id == cadre_id, Assignment.start_date <= on,
        or_(Assignment.end_date.is_(None), Assignment.end_date > on))
    return session.execute(q.limit(1)).first() is not None


def add_review(ctx: AppContext, household_id: str, cadre_id: str, rating: str, *,
               on: date | str | None = None, remark: str = "",
               occasion: str = ReviewOccasion.VISIT.value, today: date | None = None) -> str:
    """Record one household's rating of the cadre who serves it; returns the review id."""
    today = today or date.today()
    code = _rating(rating)
    day = (_parse_date(on) if on.strip() else today) if isinstance(on, str) else on or today
    if day > today:
        raise ValidationError("review_date", "date_in_future", value=day.isoformat())
    if occasion not in {o.value for o in ReviewOccasion}:
        raise ValidationError("occasion", "unknown_value", value=occasion)
    text = normalize_text(remark)
    if len(text) > MAX_REMARK:
        raise ValidationError("remark", "text_too_long", limit=MAX_REMARK)
    with ctx.uow() as uow:
        hh = uow.get(Household, household_id, "household")
        cadre = uow.get(Cadre, cadre_id, "cadre")
        if hh.origin_code and hh.origin_code != uow.origin_code:
            raise MinqingError("review_not_our_household", owner=hh.origin_code)
        if not serves(uow.session, cadre.id, hh.id, day):
            raise MinqingError("review_not_served", cadre=cadre.name, household=hh.head_name,
                               date=day.isoformat())
        review = uow.add_record(Review(
            village_code=uow.origin_code, household_id=hh.id, cadre_id=cadre.id,
            review_date=day, rating=code, remark=text, occasion=occasion), "review")
        uow.commit()
        return review.id


def counts_by_cadre(session: Session, first: date, last: date) -> dict[str, ReviewCounts]:
    """Ratings per cadre between ``first`` and ``last`` (inclusive): every rating recorded
    counts (a household asked at a visit and again in the yearly round gave two)."""
    q = (select(Review.cadre_id, Review.rating, func.count())
         .where(Review.deleted.is_(False), Review.review_date >= first,
                Review.review_date <= last)
         .group_by(Review.cadre_id, Review.rating))
    tally: dict[str, list[int]] = {}
    index = {ReviewRating.SATISFIED.value: 0, ReviewRating.FAIR.value: 1,
             ReviewRating.UNSATISFIED.value: 2}
    for cid, rating, n in session.execute(q):
        if rating in index:
            tally.setdefault(cid, [0, 0, 0])[index[rating]] += n
    return {cid: ReviewCounts(*t) for cid, t in tally.items()}


def cadre_counts(ctx: AppContext, cadre_id: str, first: date, last: date) -> ReviewCounts:
    with ctx.read() as s:
        return counts_by_cadre(s, first, last).get(cadre_id, ReviewCounts())
