"""County supervision notices (issue 14): the county issues a notice on a township's overdue
matters; it travels in the county's reply to the township, which accepts it, lists it on its
supervision page and forwards it to the village with its next reply batch. On SQLite and on a
real PostgreSQL county (``any_db``); the township and villages are SQLite files as in the field."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.errors import MinqingError
from app.services.exchange import export_batch, import_files
from app.services.supervision import (
    COUNTY_PREFIX,
    issue_notice,
    issue_township_notices,
    list_notices,
    supervision_list,
)
from sync.county import export_county_reply, export_to_county, import_county_batch, import_county_reply
from tests.county_chain import Chain, build_chain

TOWN = "430525101"


@pytest.fixture
def chain(any_db: str, tmp_path: Path) -> Iterator[Chain]:
    c = build_chain(tmp_path, any_db, households=30, months=6)
    yield c
    c.close()


def test_county_notice_travels_to_the_township_and_on_to_the_village(chain: Chain) -> None:
    county, town = chain.county, chain.townships[TOWN]
    overdue = [m for m in supervision_list(county).matters if m.village_code.startswith(TOWN)]
    assert overdue, "the demo villages need overdue matters for this test"
    issued = issue_township_notices(county, TOWN, note="请本周内办结")
    assert {n.village_code for n in issued} == {m.village_code for m in overdue}
    assert all(n.notice_no.startswith(COUNTY_PREFIX) for n in issued)
    assert sum(n.matter_count for n in issued) == len(overdue)
    # nothing for the other township travels to this one
    other = [m for m in supervision_list(county).matters if not m.village_code.startswith(TOWN)]
    if other:
        issue_notice(county, other[0].village_code)
    reply = export_county_reply(county, TOWN, chain.folder)
    assert reply.counts["supervision_notice"] == len(issued)
    got = import_county_reply(town, reply.path)
    assert got["status"] == "applied" and len(got["notices"]) == len(issued)
    mine = {n.notice_no: n for n in list_notices(town)}
    assert set(mine) == {n.notice_no for n in issued}
    first = mine[issued[0].notice_no]
    assert first.issued_by == "洞口县" and first.note == "洞口县督办：请本周内办结"
    assert {ln.matter_id for ln in first.lines} == {ln.matter_id for ln in issued[0].lines}
    # a second reply carries the same notices again: adopted once only
    again = import_county_reply(town, export_county_reply(county, TOWN, chain.folder).path)
    assert again["notices"] == [] and len(list_notices(town)) == len(issued)
    # the township forwards it to the village with its next reply batch
    vcode = issued[0].village_code
    village = chain.villages[vcode]
    down = export_batch(town, chain.folder, for_code=vcode)
    assert down.counts.get("supervision_notice") == 1
    assert all(r.status == "applied" for r in import_files(village, [down.path]))
    seen = list_notices(village)
    assert [n.notice_no for n in seen] == [issued[0].notice_no]
    assert seen[0].matter_count == issued[0].matter_count
    # and the township's copy goes up to the county with its next batch, still accepted
    up = export_to_county(town, chain.folder)
    assert import_county_batch(county, up.path).status == "applied"


def test_county_notice_refusals(chain: Chain) -> None:
    town = chain.townships[TOWN]
    with pytest.raises(MinqingError) as err:
        issue_township_notices(town, TOWN)
    assert err.value.code == "county_only"
    with pytest.raises(MinqingError) as err:
        issue_township_notices(chain.county, "430525109")
    assert err.value.code == "batch_peer_not_enrolled"
    village = chain.villages["430525101201"]
    with pytest.raises(MinqingError):
        issue_notice(village, "430525101201")  # a village issues none


def test_county_notice_on_the_command_line(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    chain = build_chain(tmp_path, households=30, months=6)
    county_db, town_db = str(chain.county.store.path), str(chain.townships[TOWN].store.path)
    chain.close()
    assert main(["county", "notice", "--db", county_db, "--township", TOWN, "--json",
                 "--note", "限期办结"]) == 0
    issued = json.loads(capsys.readouterr().out)
    assert issued and all(n["notice_no"].startswith(COUNTY_PREFIX) for n in issued)
    assert main(["--lang", "en", "county", "notice", "--db", county_db,
                 "--village", issued[0]["village"]]) == 0
    assert "supervision notice 县督" in capsys.readouterr().out
    from app.context import AppContext
    from app.store import open_store

    store = open_store(county_db)
    try:
        one = next(m for m in supervision_list(AppContext(store)).matters
                   if m.village_code.startswith(TOWN))
    finally:
        store.close()
    assert main(["county", "notice", "--db", county_db, "--matter", one.id[:8], "--json"]) == 0
    single = json.loads(capsys.readouterr().out)
    assert [(n["village"], n["matters"]) for n in single] == [(one.village_code, 1)]
    assert main(["county", "reply", "--db", county_db, "--for", TOWN, "--to",
                 str(tmp_path)]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert reply["counts"]["supervision_notice"] == len(issued) + 2
    assert main(["county", "accept", "--db", town_db, reply["file"]]) == 0
    assert len(json.loads(capsys.readouterr().out)["notices"]) == len(issued) + 2
    assert main(["county", "notice", "--db", town_db, "--township", TOWN]) == 1
    assert "县级工作站" in capsys.readouterr().err
