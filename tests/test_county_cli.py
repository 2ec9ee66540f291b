"""The issue's done-when through the command line only: a county set up with ``init --kind
county`` receives batches from two townships built from demo villages, and ``stats --json``
equals the sum of the townships' own figures (issue 14); the county's supervision notice goes
down to the township and on to the village."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.cli import main

COUNTY = "430525"
TOWNSHIPS = {"430525101": ("石江镇", ["石江村", "高沙村"]), "430525102": ("黄桥镇", ["黄桥村"])}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 0, (argv, err)
    return out


def pair(capsys: pytest.CaptureFixture[str], tmp: Path, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        card = tmp / f"{Path(x).stem}.card"
        ok(capsys, "station", "card", "--db", x, "--out", str(card))
        ok(capsys, "station", "enroll", "--db", y, str(card))


def test_county_end_to_end_by_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  any_db: str) -> None:
    """The county on a SQLite file and on a real PostgreSQL server (``any_db``), as the
    README's "County server" runs it; townships and villages on their files."""
    county = any_db
    out = ok(capsys, "init", "--db", county, "--kind", "county", "--code", COUNTY,
             "--name", "洞口县")
    assert "county" in out
    stick = tmp_path / "usb"
    stick.mkdir()
    up = tmp_path / "to_county"
    up.mkdir()
    towns = {}
    for i, (tcode, (tname, villages)) in enumerate(TOWNSHIPS.items()):
        tdb = str(tmp_path / f"t{tcode}.sqlite3")
        ok(capsys, "init", "--db", tdb, "--kind", "township", "--code", tcode, "--name", tname)
        pair(capsys, tmp_path, county, tdb)  # enroll the county first: forwarding starts then
        for j, vname in enumerate(villages):
            vdb = str(tmp_path / f"v{tcode}{j}.sqlite3")
            ok(capsys, "init", "--db", vdb, "--kind", "village",
               "--code", f"{tcode}{201 + j:03d}", "--name", vname)
            ok(capsys, "demo", "--db", vdb, "--households", str(40 + 10 * j + 5 * i),
               "--months", "6", "--seed", str(3 + i + j))
            pair(capsys, tmp_path, tdb, vdb)
            ok(capsys, "batch", "export", "--db", vdb, "--to", str(stick))
            files = sorted(stick.glob(f"MQ_{tcode}{201 + j:03d}_*.mqb"))
            ok(capsys, "batch", "import", "--db", tdb, *map(str, files))
        res = json.loads(ok(capsys, "county", "export", "--db", tdb, "--to", str(up), "--json"))
        assert len(res["forwarded"]) == len(villages)
        towns[tcode] = (tdb, res["file"])
    # a township's batch cannot be imported by another township's laptop
    code, _, err = run(capsys, "county", "import", "--db", towns["430525102"][0],
                       towns["430525101"][1])
    assert code == 1
    results = json.loads(ok(capsys, "county", "import", "--db", county, "--json",
                            *(f for _, f in towns.values())))
    assert [r["status"] for r in results] == ["applied", "applied"]
    month = f"{date.today():%Y-%m}"
    fig = json.loads(ok(capsys, "stats", "--db", county, "--month", month, "--json"))
    own = [json.loads(ok(capsys, "stats", "--db", tdb, "--month", month, "--json"))
           for tdb, _ in towns.values()]
    assert fig["station"]["kind"] == "county"
    for key in ("households", "visits", "households_visited", "households_visited_ytd",
                "cards_issued"):
        assert fig[key] == sum(o[key] for o in own), key
    for key in ("received", "resolved", "overdue", "escalated"):
        assert fig["matters"][key] == sum(o["matters"][key] for o in own), key
    assert [t["households"] for t in fig["townships"]] == [o["households"] for o in own]
    desk = json.loads(ok(capsys, "county", "desk", "--db", county, "--month", month, "--json"))
    assert {t["code"] for t in desk["townships"]} == set(TOWNSHIPS)
    assert sorted(t["rank"] for t in desk["townships"]) == [1, 2]
    # receipts and holidays back down
    reply = json.loads(ok(capsys, "county", "reply", "--db", county, "--for", "430525101",
                          "--to", str(stick)))
    assert reply["counts"] == {"_receipt": 1}
    back = json.loads(ok(capsys, "county", "accept", "--db", towns["430525101"][0],
                         reply["file"]))
    assert back["status"] == "applied" and len(back["confirmed"]) == 1
    # a county supervision notice on the township's overdue matters, down to the village
    code, out, err = run(capsys, "county", "notice", "--db", county, "--township", "430525101",
                         "--json")
    assert code == 0, err
    issued = json.loads(out)
    reply = json.loads(ok(capsys, "county", "reply", "--db", county, "--for", "430525101",
                          "--to", str(stick)))
    assert reply["counts"]["supervision_notice"] == len(issued)
    back = json.loads(ok(capsys, "county", "accept", "--db", towns["430525101"][0],
                         reply["file"]))
    assert len(back["notices"]) == len(issued)
    vcode = issued[0]["village"]
    down = tmp_path / "down"
    down.mkdir()
    ok(capsys, "batch", "export", "--db", towns["430525101"][0], "--for", vcode, "--to",
       str(down))
    vdb = str(tmp_path / f"v430525101{int(vcode[-3:]) - 201}.sqlite3")
    ok(capsys, "batch", "import", "--db", vdb, *map(str, down.glob("*.mqb")))
    from app.context import AppContext
    from app.services.supervision import list_notices
    from app.store import open_store

    store = open_store(vdb)
    try:
        assert [n.notice_no for n in list_notices(AppContext(store))] == [issued[0]["notice_no"]]
    finally:
        store.close()
    assert run(capsys, "check", "--db", county)[0] == 0


def test_plain_batch_export_points_to_the_county_commands(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    county = str(tmp_path / "c.sqlite3")
    town = str(tmp_path / "t.sqlite3")
    ok(capsys, "init", "--db", county, "--kind", "county", "--code", COUNTY, "--name", "洞口县")
    ok(capsys, "init", "--db", town, "--kind", "township", "--code", "430525101",
       "--name", "石江镇")
    pair(capsys, tmp_path, county, town)
    code, _, err = run(capsys, "--lang", "en", "batch", "export", "--db", town, "--to",
                       str(tmp_path), "--for", COUNTY)
    assert code == 1 and "minqing county export" in err
    code, _, err = run(capsys, "init", "--db", str(tmp_path / "x.sqlite3"), "--kind", "county",
                       "--code", "4305251", "--name", "错县")
    assert code == 1  # a county code has 6 digits
    code, _, err = run(capsys, "--lang", "en", "demo", "--db", county)
    assert code == 1 and "keeps no households" in err
