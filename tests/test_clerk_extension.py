"""An extension is a date the clerk chose, not a count of working days: a deadline extended into
a year without a holiday table is not marked provisional (and is counted in the ledger)."""

from __future__ import annotations

from datetime import date

from app.context import AppContext
from app.services import calendar
from app.services import matters as ms
from app.services.cadres import CadreInput, add_cadre
from app.services.stats import Month, month_stats


def test_extension_into_an_unknown_year_is_not_provisional(village: AppContext) -> None:
    cadre = add_cadre(village, CadreInput(name="李红梅", phone="13800001111"))
    mid = ms.create_matter(village, ms.MatterInput(category="dispute", title="宅基地界址纠纷",
                                                   owner_cadre_id=cadre))
    table = calendar.table_for(village)
    unknown = next(y for y in range(date.today().year, 2100) if not table.known(y))
    assert not ms.get_matter(village, mid).provisional
    ms.extend_deadline(village, mid, date(unknown, 3, 1), "等待国土所测量")
    row = ms.get_matter(village, mid)
    assert row.deadline == date(unknown, 3, 1) and not row.provisional
    today = date.today()
    with village.read() as s:
        assert month_stats(s, Month(today.year, today.month))["matters"]["extended"] == 1
