"""Masking and allowed actions are decided in ``app.services.cadres`` (issue 10): the data the
Cadres list receives never holds a full phone number, whatever the role, and the real number
is only handed to someone who may edit the record."""

from __future__ import annotations

import dataclasses

import pytest

from app.context import AppContext
from app.errors import MinqingError, PermissionDenied
from app.services import cadres as cs
from app.services.station import add_village

PHONE = "13800001111"


def _every_string(obj: object) -> list[str]:
    out: list[str] = []
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        v = getattr(obj, f.name)
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, MinqingError):
            out.append(v.message("zh_CN"))
    return out


@pytest.mark.parametrize("role", ["clerk", "read_only", "administrator"])
def test_the_list_never_holds_a_full_phone(village: AppContext, role: str) -> None:
    cid = cs.add_cadre(village, cs.CadreInput(name="李红梅", phone=PHONE, title="支书"))
    ctx = AppContext(village.store, actor="someone", role=role)
    [row] = cs.cadre_list(ctx)
    assert row.id == cid and row.phone_shown != PHONE
    assert row.phone_shown.startswith("138") and row.phone_shown.endswith("1111")
    assert all(PHONE not in s for s in _every_string(row))
    assert row.households == 0 and row.village_name == "石江村"


def test_actions_follow_the_role(village: AppContext) -> None:
    cid = cs.add_cadre(village, cs.CadreInput(name="李红梅", phone=PHONE))
    clerk = AppContext(village.store, actor="li", role="clerk")
    viewer = AppContext(village.store, actor="wang", role="read_only")
    [mine] = cs.cadre_list(clerk)
    assert mine.edit and mine.assign and mine.refusal is None
    [seen] = cs.cadre_list(viewer)
    assert not seen.edit and not seen.assign
    # The full number is read only to edit it, by someone who may.
    assert cs.cadre_to_edit(clerk, cid).phone == PHONE
    with pytest.raises(PermissionDenied):
        cs.cadre_to_edit(viewer, cid)


def test_a_township_neither_edits_nor_unmasks_a_villages_cadre(township: AppContext) -> None:
    from app.services.demo import fill_demo

    fill_demo(township, households=30, months=1, seed=5)
    rows = cs.cadre_list(township)
    foreign = [r for r in rows if r.origin_code and r.origin_code != township.station_code]
    assert foreign
    for r in foreign:
        assert not r.edit and not r.assign and r.refusal is not None
        assert "*" in r.phone_shown or not r.phone_shown
        with pytest.raises(MinqingError):
            cs.cadre_to_edit(township, r.id)


def test_village_filter_and_inactive(township: AppContext) -> None:
    add_village(township, "430525101203", "新村")
    a = cs.add_cadre(township, cs.CadreInput(name="甲", phone=PHONE,
                                             village_code="430525101203"))
    cs.update_cadre(township, a, cs.CadreInput(name="甲", phone=PHONE,
                                               village_code="430525101203"), active=False)
    assert cs.cadre_list(township, "430525101203") == []
    [row] = cs.cadre_list(township, "430525101203", include_inactive=True)
    assert not row.active and row.village_name == "新村" and row.edit
