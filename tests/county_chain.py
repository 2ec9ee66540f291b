"""A county with two townships of demo villages, built through the services the CLI and the
window call (faster than ``tests/test_county_cli.py``'s command line): villages fill demo data,
export to their township; each township exports to the county, which imports (issue 14).
Used by the county guard, county notice and county screen tests, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from app.context import AppContext
from app.services.demo import fill_demo
from app.services.exchange import enroll, export_batch, import_files, write_card
from app.services.matters import MatterInput, create_matter
from app.services.station import init_station
from app.store import Store, open_store
from sync.county import export_to_county, import_county_batch

COUNTY = "430525"
TOWNSHIPS = {"430525101": ("石江镇", ["石江村", "高沙村"]), "430525102": ("黄桥镇", ["黄桥村"])}


@dataclass
class Chain:
    county: AppContext
    townships: dict[str, AppContext]
    villages: dict[str, AppContext]
    folder: Path
    stores: list[Store] = field(default_factory=list)

    def close(self) -> None:
        for s in self.stores:
            s.close()


def pair(a: AppContext, b: AppContext, folder: Path) -> None:
    for x, y in ((a, b), (b, a)):
        card = write_card(x, folder / f"{x.station_code}.card")
        enroll(y, card)


def build_chain(tmp: Path, county_db: str | Path | None = None, households: int = 12,
                months: int = 4, today: date | None = None,
                before_export: Callable[[Chain], None] | None = None) -> Chain:
    """The whole chain, the county's store at ``county_db`` (a SQLite path or a server URL)."""
    stores: list[Store] = []

    def station(db: str | Path, kind: str, code: str, name: str, actor: str) -> AppContext:
        store = open_store(db)
        stores.append(store)
        init_station(store, kind=kind, code=code, name=name)
        return AppContext(store, actor=actor)

    stick = tmp / "stick"
    stick.mkdir(exist_ok=True)
    county = station(county_db or tmp / "county.sqlite3", "county", COUNTY, "洞口县",
                     "county-clerk")
    chain = Chain(county, {}, {}, stick, stores)
    for i, (tcode, (tname, villages)) in enumerate(TOWNSHIPS.items()):
        town = station(tmp / f"t{tcode}.sqlite3", "township", tcode, tname, "township-clerk")
        chain.townships[tcode] = town
        pair(county, town, tmp)
        for j, vname in enumerate(villages):
            vcode = f"{tcode}{201 + j:03d}"
            v = station(tmp / f"v{vcode}.sqlite3", "village", vcode, vname, "clerk")
            chain.villages[vcode] = v
            fill_demo(v, households=households + 3 * j + 2 * i, months=months, seed=5 + i + j,
                      today=today)
            # one matter surely overdue in every village, whatever today's demo data holds
            create_matter(v, MatterInput(category="dispute", title="宅基地边界纠纷",
                                         received_date=(today or date.today())
                                         - timedelta(days=60)))
            pair(town, v, tmp)
    if before_export is not None:
        before_export(chain)
    for tcode, town in chain.townships.items():
        for vcode, v in chain.villages.items():
            if vcode.startswith(tcode):
                res = export_batch(v, stick)
                assert all(r.status == "applied" for r in import_files(town, [res.path]))
        up = export_to_county(town, stick)
        got = import_county_batch(county, up.path)
        assert got.status == "applied", got.reason
    return chain
