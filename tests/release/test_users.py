"""Accounts, roles and the read-only guarantee, on a real station file."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.context import AppContext
from app.errors import MinqingError, PermissionDenied, ValidationError
from app.services import households as hh
from app.services import users
from app.validation import id_check_digit
from models import AuditEvent, Household, User


def _id(body: str) -> str:
    return body + id_check_digit(body)


def _events(ctx: AppContext) -> list[AuditEvent]:
    with ctx.read() as s:
        return list(s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars())


def test_fresh_station_runs_as_builtin_admin_until_first_account(village: AppContext) -> None:
    ctx = users.login(village.store, None, None)
    assert ctx.role == "administrator" and ctx.can_write
    with pytest.raises(ValidationError) as info:
        users.create_user(ctx, "wang", "secret-1", "clerk")
    assert info.value.code == "first_user_admin"
    users.create_user(ctx, "li", "secret-1", "administrator", full_name="李主任")
    # From now on nobody is an administrator without signing in.
    guest = users.login(village.store, None, None)
    assert guest.role == "guest" and not guest.can_write
    with pytest.raises(PermissionDenied) as refused:
        hh.add_household(guest, hh.HouseholdInput(head_name="张三"))
    assert "--user" in refused.value.message("en")
    admin = users.login(village.store, "li", "secret-1")
    assert admin.actor == "li" and admin.role == "administrator"


def test_password_is_stored_as_salted_scrypt_and_checked(village: AppContext) -> None:
    users.create_user(village, "li", "secret-1", "administrator")
    users.create_user(village, "wang", "secret-1", "clerk")
    with village.read() as s:
        hashes = {u.name: u.password_hash for u in s.execute(select(User)).scalars()}
    assert all(h.startswith("scrypt$") and "secret-1" not in h for h in hashes.values())
    assert hashes["li"] != hashes["wang"]  # salted: same password, different hashes
    with pytest.raises(MinqingError) as wrong:
        users.login(village.store, "wang", "secret-2")
    with pytest.raises(MinqingError) as unknown:
        users.login(village.store, "nobody", "secret-1")
    assert wrong.value.code == unknown.value.code == "login_failed"
    assert users.login(village.store, "wang", "secret-1").role == "clerk"


def test_read_only_user_cannot_change_anything(village: AppContext) -> None:
    users.create_user(village, "li", "secret-1", "administrator")
    users.create_user(village, "zhao", "secret-1", "read_only")
    reader = users.login(village.store, "zhao", "secret-1")
    before = len(_events(village))
    with pytest.raises(PermissionDenied) as info:
        hh.add_household(reader, hh.HouseholdInput(head_name="张三"))
    assert "只读" in info.value.message("zh_CN")
    with pytest.raises(PermissionDenied):
        users.change_password(reader, "li", "hacked-1")
    with reader.read() as s:
        assert s.execute(select(func.count()).select_from(Household)).scalar_one() == 0
    assert len(_events(village)) == before


def test_every_audit_event_carries_the_signed_in_user(village: AppContext) -> None:
    users.create_user(village, "li", "secret-1", "administrator")
    admin = users.login(village.store, "li", "secret-1")
    users.create_user(admin, "wang", "secret-1", "clerk")
    clerk = users.login(village.store, "wang", "secret-1")
    hid = hh.add_household(clerk, hh.HouseholdInput(head_name="张三"))
    events = _events(village)
    assert [(e.actor, e.action, e.entity) for e in events[-3:]] == [
        ("clerk", "create", "user"), ("li", "create", "user"), ("wang", "create", "household")]
    assert events[-1].entity_id == hid
    assert all("secret" not in e.changes for e in events)


def test_disable_user_and_change_password(village: AppContext) -> None:
    users.create_user(village, "li", "secret-1", "administrator")
    users.create_user(village, "wang", "secret-1", "clerk")
    admin = users.login(village.store, "li", "secret-1")
    with pytest.raises(ValidationError) as last:
        users.disable_user(admin, "li")
    assert last.value.code == "last_admin"
    clerk = users.login(village.store, "wang", "secret-1")
    with pytest.raises(PermissionDenied):
        users.disable_user(clerk, "li")
    users.change_password(clerk, "wang", "better-2")
    assert users.login(village.store, "wang", "better-2").actor == "wang"
    with pytest.raises(ValidationError):
        users.change_password(clerk, "wang", "short")
    users.disable_user(admin, "wang")
    with pytest.raises(MinqingError) as disabled:
        users.login(village.store, "wang", "better-2")
    assert disabled.value.code == "user_disabled"
    names = {u.name: u.active for u in users.list_users(village.store.session())}
    assert names == {"li": True, "wang": False}


def test_township_administrator_only_on_a_township(village: AppContext,
                                                   township: AppContext) -> None:
    with pytest.raises(ValidationError) as info:
        users.create_user(village, "li", "secret-1", "township_administrator")
    assert info.value.code == "role_township_only"
    users.create_user(township, "zhou", "secret-1", "township_administrator")
    t = users.login(township.store, "zhou", "secret-1")
    users.create_user(t, "wu", "secret-1", "clerk")


def test_revealing_an_id_number_is_audited_and_limited_by_role(village: AppContext) -> None:
    number = _id("43052519700203123")
    hid = hh.add_household(village, hh.HouseholdInput(head_name="张三", id_number=number))
    users.create_user(village, "li", "secret-1", "administrator")
    admin = users.login(village.store, "li", "secret-1")
    users.create_user(admin, "zhao", "secret-1", "read_only")
    with village.read() as s:
        row = hh.get_household(s, hid)
    assert row is not None
    assert users.reveal_id(admin, hid) == number
    last = _events(village)[-1]
    assert (last.actor, last.action, last.entity_id) == ("li", "reveal_id", hid)
    assert number not in last.changes  # the trail itself keeps the number masked
    reader = users.login(village.store, "zhao", "secret-1")
    with pytest.raises(PermissionDenied) as info:
        users.reveal_id(reader, hid)
    assert info.value.code == "reveal_not_allowed"
    assert _events(village)[-1].seq == last.seq
    # a clerk sees full numbers only when the station's setting lists clerks, as for exports
    users.create_user(admin, "wang", "secret-1", "clerk")
    clerk = users.login(village.store, "wang", "secret-1")
    assert not users.may_reveal(clerk)
    with pytest.raises(PermissionDenied):
        users.reveal_id(clerk, hid)
    users.set_full_number_roles(admin, ["administrator", "clerk"])
    assert users.may_reveal(clerk) and users.reveal_id(clerk, hid) == number
