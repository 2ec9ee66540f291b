"""Recording contact-card issues (W4). The PDF itself is drawn elsewhere; this keeps the
register of which card, naming which cadre, went to which household and when."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.context import AppContext
from models import Assignment, Cadre, ContactCard, Household


@dataclass(frozen=True)
class CardIssued:
    card_id: str
    household_id: str
    card_no: str
    issue_date: date
    cadre_name: str
    cadre_phone: str


def _next_seq(session: Session, village_code: str) -> int:
    prefix = f"{village_code}-"
    last = session.execute(
        select(func.max(ContactCard.card_no)).where(
            ContactCard.card_no >= prefix, ContactCard.card_no < prefix + "\uffff")
    ).scalar_one_or_none()
    return int(last.rsplit("-", 1)[1]) + 1 if last else 1


def issue_cards(ctx: AppContext, household_ids: list[str], on: date | None = None
                ) -> list[CardIssued]:
    """One new card per household, naming its current liaison cadre; numbers run per village."""
    on = on or date.today()
    issued: list[CardIssued] = []
    with ctx.uow() as uow:
        liaison = dict(uow.session.execute(
            select(Assignment.household_id, Assignment.cadre_id).where(
                Assignment.household_id.in_(household_ids), Assignment.end_date.is_(None),
                Assignment.deleted.is_(False))).all())
        seqs: dict[str, int] = {}
        for hid in household_ids:
            hh = uow.get(Household, hid, "household")
            cadre = uow.session.get(Cadre, liaison[hid]) if hid in liaison else None
            if hh.village_code not in seqs:
                seqs[hh.village_code] = _next_seq(uow.session, hh.village_code)
            seq = seqs[hh.village_code]
            seqs[hh.village_code] = seq + 1
            card = uow.add_record(ContactCard(
                household_id=hid, card_no=f"{hh.village_code}-{seq:05d}", issue_date=on,
                cadre_id=cadre.id if cadre else None, cadre_name=cadre.name if cadre else "",
                cadre_phone=cadre.phone if cadre else ""), "contact_card")
            issued.append(CardIssued(card.id, hid, card.card_no, on, card.cadre_name,
                                     card.cadre_phone))
        uow.commit()
    return issued


def card_history(session: Session, household_id: str) -> list[CardIssued]:
    q = (select(ContactCard).where(ContactCard.household_id == household_id,
                                   ContactCard.deleted.is_(False))
         .order_by(ContactCard.issue_date.desc(), ContactCard.card_no.desc()))
    return [CardIssued(c.id, c.household_id, c.card_no, c.issue_date, c.cadre_name,
                       c.cadre_phone) for c in session.execute(q).scalars()]


def needing_reissue(session: Session) -> list[str]:
    """Households whose latest card names a cadre who is no longer their liaison. The latest
    card is the one with the highest number (numbers only grow), so a card reissued the same
    day as the old one replaces it."""
    latest = (select(ContactCard.household_id, func.max(ContactCard.card_no).label("no"))
              .where(ContactCard.deleted.is_(False)).group_by(ContactCard.household_id)
              .subquery())
    q = (select(ContactCard.household_id)
         .join(latest, (latest.c.household_id == ContactCard.household_id)
               & (latest.c.no == ContactCard.card_no))
         .join(Assignment, (Assignment.household_id == ContactCard.household_id)
               & Assignment.end_date.is_(None) & Assignment.deleted.is_(False))
         .where(ContactCard.cadre_id.is_distinct_from(Assignment.cadre_id)))
    return sorted(set(session.execute(q).scalars()))


# --- reads for the window (it opens no session itself, issue 10) ----------------------------

def print_selection(ctx: AppContext, *, group: str | None = None,
                    household_ids: Sequence[str] | None = None,
                    reissue_only: bool = False) -> tuple[list[str], int]:
    """The households a print run would cover, in register order, and how many households
    need a card reissued (their liaison cadre changed since their latest card)."""
    from app.paper.cards_pdf import select_households

    with ctx.read() as s:
        ids = select_households(s, group=group, household_ids=household_ids,
                                reissue_only=reissue_only)
        return ids, len(needing_reissue(s))
