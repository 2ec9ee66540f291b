"""A hand-made township for the leader's desk tests: two villages, known overdue days across
the 2025 National Day holiday (1–8 October; Sunday 28 September a make-up working day), one
escalation waiting for the township, one answered, and a village with no batch in October."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.context import AppContext
from models import Cadre, Household, Matter, PlanItem, Reply, Review, SyncBatch, Visit

V1 = "430525101201"  # 石江村
V2 = "430525101202"  # 黄桥村
AS_OF = date(2025, 10, 10)
T0 = datetime(2024, 1, 2, 8)


@dataclass
class Desk:
    c1: str
    c2: str
    m1: str  # V1, deadline 30 Sep, in progress: 10 days / 2 working days overdue
    m2: str  # V1, deadline 9 Oct, escalated 1 Oct, no reply: 1 day overdue, waiting 9 days
    m3: str  # V2, resolved before its deadline
    m4: str  # V2, deadline 26 Sep, open: 14 days / 5 working days overdue
    m5: str  # V2, escalated and answered by the township, not yet due
    m6: str  # V1, not yet due


def build_desk(ctx: AppContext) -> Desk:
    with ctx.uow() as uow:
        s = uow.session

        def add(obj, entity: str, origin: str) -> str:  # type: ignore[no-untyped-def]
            obj.origin_code = origin
            uow.add_record(obj, entity)
            obj.created_at = T0
            return str(obj.id)

        c1 = add(Cadre(village_code=V1, name="张三", title="村主任"), "cadre", V1)
        c2 = add(Cadre(village_code=V2, name="李四", title="村文书"), "cadre", V2)
        hh = {}
        for code, names in ((V1, ("王一", "王二", "王三", "王四")), (V2, ("刘一", "刘二"))):
            for n in names:
                phone = "13812345678" if n == "王一" else ""
                hh[n] = add(Household(village_code=code, head_name=n, phone=phone),
                            "household", code)

        def visit(h: str, code: str, cadre: str, on: date) -> None:
            add(Visit(village_code=code, household_id=hh[h], cadre_id=cadre, visit_date=on,
                      mode="home"), "visit", code)

        visit("王一", V1, c1, date(2025, 10, 2))
        visit("王一", V1, c1, date(2025, 10, 3))  # same household twice: visited once
        visit("王二", V1, c1, date(2025, 9, 12))
        visit("刘一", V2, c2, date(2024, 10, 8))  # the same month last year
        visit("刘二", V2, c2, date(2025, 9, 3))

        def matter(code: str, cadre: str, title: str, received: date, deadline: date,
                   status: str, **kw: object) -> str:
            return add(Matter(village_code=code, category=kw.pop("category", "dispute"),
                              title=title, owner_cadre_id=cadre, received_date=received,
                              deadline=deadline, status=status, **kw), "matter", code)

        m1 = matter(V1, c1, "宅基地界址纠纷", date(2025, 9, 16), date(2025, 9, 30), "in_progress",
                    household_id=hh["王一"])
        m2 = matter(V1, c1, "饮水管道老化", date(2025, 9, 25), date(2025, 10, 9), "escalated",
                    category="hardship", escalated_date=date(2025, 10, 1),
                    escalation_note="请乡镇水利站协调")
        m3 = matter(V2, c2, "低保资格复核", date(2025, 9, 1), date(2025, 9, 15), "resolved",
                    category="hardship", resolved_date=date(2025, 9, 12), result="已复核",
                    satisfaction="satisfied")
        m4 = matter(V2, c2, "山林权属争议", date(2025, 9, 10), date(2025, 9, 26), "open")
        m5 = matter(V2, c2, "村道硬化", date(2025, 10, 2), date(2025, 10, 20), "escalated",
                    category="suggestion", escalated_date=date(2025, 10, 3))
        m6 = matter(V1, c1, "补贴代发", date(2025, 10, 9), date(2025, 10, 20), "open",
                    category="proxy_subsidy")
        add(Reply(matter_id=m5, reply_date=date(2025, 10, 5), text="已安排交通站踏勘"),
            "reply", ctx.station_code)
        for code, on, seq in ((V1, datetime(2025, 9, 4, 9), 1), (V1, datetime(2025, 10, 3, 9), 2),
                              (V2, datetime(2025, 9, 5, 9), 1)):
            s.add(SyncBatch(batch_id=f"00000000-0000-4000-8000-{code[-3:]}{seq:09d}",
                            direction="in", origin_code=code, destination_code=ctx.station_code,
                            seq=seq, created_at=on, status="applied", applied_at=on))
        uow.commit()
    return Desk(c1, c2, m1, m2, m3, m4, m5, m6)


def add_ratings_and_plans(ctx: AppContext, d: Desk) -> None:
    """V1 only: October ratings 1 of 3 pleased (September 1 of 1), October plan items 1 done of
    2 counted (a third dropped), so V1 stays last; V2 has neither (shown "—")."""
    with ctx.uow() as uow:
        s = uow.session
        hh = {h.head_name: h.id for h in s.query(Household).all()}

        def add(obj, entity: str) -> None:  # type: ignore[no-untyped-def]
            obj.origin_code = V1
            uow.add_record(obj, entity)

        for name, on, rating in (("王一", date(2025, 10, 2), "satisfied"),
                                 ("王二", date(2025, 10, 3), "unsatisfied"),
                                 ("王三", date(2025, 10, 4), "unsatisfied"),
                                 ("王一", date(2025, 9, 12), "fair")):
            add(Review(village_code=V1, household_id=hh[name], cadre_id=d.c1, review_date=on,
                       rating=rating), "review")
        for text, status in (("走访五保户", "done"), ("调解宅基地纠纷", "approved"),
                             ("修水渠", "dropped")):
            add(PlanItem(village_code=V1, cadre_id=d.c1, month="2025-10", text=text,
                         status=status), "plan_item")
        uow.commit()
