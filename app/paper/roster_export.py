"""The household register back out to Excel, with the header words the roster import reads,
so an exported sheet (with ``full=True``) can be corrected in Excel and imported again."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import select

from app.context import AppContext
from app.paper.book import Column, LedgerBook
from app.paper.files import Progress, check_folder, report
from app.paper.safe_cells import Masker, write_csv
from app.services.households import decode_tags
from app.services.station import get_station, list_villages
from models import Assignment, Cadre, Group, Household
from models.vocab import StationKind

COLUMNS = [Column("村民小组", 9), Column("户主姓名", 10), Column("身份证号码", 21),
           Column("联系电话", 14), Column("家庭人口", 8, "int"), Column("家庭住址", 30, "wrap"),
           Column("户类型", 16), Column("联系干部", 10), Column("备注", 20, "wrap")]


def export_roster(ctx: AppContext, out: str | os.PathLike[str], *, full: bool = False,
                  on_progress: Progress | None = None) -> int:
    """Write every active household; returns how many. ID and phone masked unless ``full``.
    A ``.csv`` target gets a CSV (UTF-8 with BOM, formula-guarded) instead of a workbook."""
    check_folder(out)
    mask = Masker(full)
    book = LedgerBook()
    n = 0
    with ctx.read() as s:
        st = get_station(s)
        assert st is not None
        township = st.kind == StationKind.TOWNSHIP
        villages = {v.code: v.name for v in list_villages(s)}
        liaison = (select(Assignment.household_id, Cadre.name.label("cadre"))
                   .join(Cadre, Cadre.id == Assignment.cadre_id)
                   .where(Assignment.end_date.is_(None), Assignment.deleted.is_(False))
                   .subquery())
        q = (select(Household, Group.name, liaison.c.cadre)
             .outerjoin(Group, Group.id == Household.group_id)
             .outerjoin(liaison, liaison.c.household_id == Household.id)
             .where(Household.deleted.is_(False))
             .order_by(Household.village_code, Group.number, Household.py_full, Household.id))
        cols = ([Column("村（社区）", 12)] if township else []) + COLUMNS

        def rows() -> Iterator[list[Any]]:
            for i, (h, g, c) in enumerate(s.execute(q), start=1):
                if i % 1000 == 0:
                    report(on_progress, i, 0)
                yield [*([villages.get(h.village_code, h.village_code)] if township else []),
                       g or "", h.head_name, mask.id(h.id_number), mask.phone(h.phone),
                       h.members_count, h.address, "、".join(decode_tags(h.tags)), c or "",
                       h.note]

        if str(out).lower().endswith(".csv"):
            return write_csv(out, [c.header for c in cols], rows())
        n = book.stream("农户名册", cols, f"{st.name}农户花名册",
                        f"导出日期 {date.today().isoformat()}", rows())
    book.save(out)
    return n
