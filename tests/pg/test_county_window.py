"""The done-when's screens on a real PostgreSQL county (issue 14): two townships of demo
villages forwarded to a county server; the window at 1024×600 shows the county desk (townships
ranked, villages of one, overdue per township, the county's notices), villages compared and
supervision across the county, in both languages; the county's month equals the sum of the
townships' own. ``MINQING_COUNTY_SHOTS=DIR`` keeps the PNGs."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from app.services.county import county_month_stats
from app.services.stats import Month, month_stats
from app.services.supervision import COUNTY_PREFIX
from tests.county_chain import TOWNSHIPS, build_chain
from tests.qt_window import qt_settings  # noqa: F401  (autouse)
from ui.main_window import MainWindow


def test_county_server_screens_and_figures(qtbot, pg_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import set_language

    chain = build_chain(tmp_path, pg_url, households=30, months=6)
    try:
        assert chain.county.store.is_server
        month = Month.parse(f"{date.today():%Y-%m}")
        with chain.county.read() as s:
            fig = county_month_stats(s, month)
        own = []
        for t in chain.townships.values():
            with t.read() as s:
                own.append(month_stats(s, month))
        for key in ("households", "visits", "households_visited", "households_visited_ytd"):
            assert fig[key] == sum(o[key] for o in own), key
        for key in ("received", "resolved", "overdue", "escalated"):
            assert fig["matters"][key] == sum(o["matters"][key] for o in own), key
        window = MainWindow(chain.county)
        window.resize(1024, 600)
        window.show()
        window.show_page("county")
        desk = window.county
        assert {t.code for t in desk.towns.rows} == set(TOWNSHIPS)
        assert desk.issue_notices(next(iter(TOWNSHIPS))), desk.message.text()  # its own
        assert desk.notices.rows and desk.notices.rows[0].notice_no.startswith(COUNTY_PREFIX)
        shots = Path(os.environ.get("MINQING_COUNTY_SHOTS", tmp_path / "shots"))
        shots.mkdir(parents=True, exist_ok=True)
        for lang in ("zh_CN", "en"):
            set_language(lang)
            for key in ("county", "compare", "supervision"):
                window.show_page(key)
                qtbot.wait(50)
                assert window.grab().save(str(shots / f"server-{key}-{lang}.png"))
        assert len(window.compare.model.rows) == sum(len(v) for _t, v in TOWNSHIPS.values())
        assert window.supervision.model.rows  # overdue matters across the county
        assert {m.village_code[:9] for m in window.supervision.model.rows} <= set(TOWNSHIPS)
        set_language("zh_CN")
        window.close()
        qtbot.wait(200)  # background reads end before the server's database is dropped
        window.deleteLater()
        qtbot.wait(50)
    finally:
        chain.close()
