"""Files of the county tier given to the wrong command say which command takes them, in both
languages (issue 14): plain ``batch import`` at a county given a township's batch, ``county
import`` at a village or township, the county's reply given to ``batch import``."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from models import SyncBatch
from sync.county import export_county_reply, export_to_county
from tests.county_chain import build_chain


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


def test_wrong_command_names_the_right_one(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    chain = build_chain(tmp_path, households=5, months=2)
    town = chain.townships["430525101"]
    up = export_to_county(town, chain.folder).path
    reply = export_county_reply(chain.county, "430525101", chain.folder).path
    county_db = str(chain.county.store.path)
    town_db, village_db = str(town.store.path), str(chain.villages["430525101201"].store.path)
    with chain.county.read() as s:
        before = s.execute(select(func.count()).select_from(SyncBatch)).scalar_one()
    chain.close()
    for lang, words in (("en", "minqing county import"), ("zh_CN", "minqing county import")):
        code, text = run(capsys, "--lang", lang, "batch", "import", "--db", county_db, str(up))
        assert code == 1 and words in text, text
    code, text = run(capsys, "--lang", "en", "batch", "import", "--db", county_db, str(up),
                     "--json")
    assert code == 1 and "county_use_county_import" in text
    code, text = run(capsys, "--lang", "en", "county", "import", "--db", village_db, str(up))
    assert code == 1 and "石江镇's batch for 洞口县: only the county station" in text, text
    code, text = run(capsys, "county", "import", "--db", town_db, str(up))
    assert code == 1 and "只能在县级工作站上" in text, text
    code, text = run(capsys, "--lang", "en", "batch", "import", "--db", town_db, str(reply))
    assert code == 1 and "minqing county accept" in text, text
    code, text = run(capsys, "batch", "import", "--db", town_db, str(reply))
    assert code == 1 and "县里发回的回执" in text, text
    from app.context import AppContext
    from app.store import open_store

    store = open_store(county_db)
    try:
        with AppContext(store).read() as s:  # nothing was applied by the refused import
            assert s.execute(select(func.count()).select_from(SyncBatch)).scalar_one() == before
    finally:
        store.close()
    # and the right command still takes it
    code, text = run(capsys, "county", "import", "--db", county_db, str(up))
    assert code == 0, text
