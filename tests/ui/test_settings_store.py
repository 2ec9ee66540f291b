"""Every declared setting round-trips with its type, and a value the back-end hands back as
something else (the INI back-end returns strings; a hand-edited file may hold anything)
falls back to the default instead of crashing the window."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

from ui import settings_store as ss

# A value of the right type for each setting, different from its default.
SAMPLES: dict[str, Any] = {
    "main/geometry": b"\x01\xd9\xd0\xcb\x00\x03geometry",
    "main/splitter": b"\x00\x00\x00\xff\x00\x00\x00\x01splitter",
    "main/menu_folded": True,
    "view/language": "en",
    "view/large_font": True,
    "security/idle_minutes": 3,
    "station/actor": "刘文书",
    "login/last_user": "clerk",
    "paper/folder": "/home/clerk/文档",
    "backup/usb_dir": "/media/clerk/U盘",
    "{}/splitter": b"\x00\x00\x00\xffstate",
    "reports/ledgers_saved/{}": ["2026-10", "2026-11"],
}
# Values that are never of any setting's type; "banana" is a fine user name, but not a
# flag, a number, a language, a window state or a month.
GARBAGE: list[Any] = [[1, [2]], {"a": 1}]
FREE_TEXT = ("station/actor", "login/last_user", "paper/folder", "backup/usb_dir")


def _settings() -> list[ss.Setting[Any]]:
    out: list[ss.Setting[Any]] = []
    for s in ss.ALL:
        out.append(s.at("430525101201") if isinstance(s, ss.SettingFamily) else s)
    return out


def _name(s: ss.Setting[Any] | ss.SettingFamily[Any]) -> str:
    return s.pattern if isinstance(s, ss.SettingFamily) else s.key


def test_every_setting_has_a_sample() -> None:
    declared = [v for v in vars(ss).values() if isinstance(v, ss.Setting | ss.SettingFamily)]
    assert len(declared) == len(ss.ALL) and set(map(id, declared)) == set(map(id, ss.ALL))
    assert sorted(_name(s) for s in ss.ALL) == sorted(SAMPLES)


@pytest.mark.parametrize("setting", _settings(), ids=lambda s: s.key)
def test_round_trip_keeps_type(setting: ss.Setting[Any]) -> None:
    assert setting.get() == setting.default and not setting.is_set()
    sample = SAMPLES[setting.key.replace("430525101201", "{}")]
    assert sample != setting.default
    setting.set(sample)
    QSettings().sync()  # written to the INI file and read back as the back-end returns it
    got = setting.get()
    assert got == sample and type(got) is type(setting.default)
    setting.clear()
    assert setting.get() == setting.default


@pytest.mark.parametrize("setting", _settings(), ids=lambda s: s.key)
def test_garbage_falls_back_to_the_default(setting: ss.Setting[Any]) -> None:
    junk_values = GARBAGE + ([] if setting.key in FREE_TEXT else ["banana", "", "-5", 3.5])
    for junk in junk_values:
        QSettings().setValue(setting.key, junk)
        QSettings().sync()
        got = setting.get()
        assert type(got) is type(setting.default), (junk, got)
        if junk not in ("", "-5"):  # an empty list / a negative number is read, not crashed on
            assert got == setting.default, (junk, got)


def test_strings_from_the_ini_back_end_are_read_as_their_type() -> None:
    QSettings().setValue("view/large_font", "true")
    QSettings().setValue("security/idle_minutes", "7")
    QSettings().setValue("reports/ledgers_saved/x", "2026-01")
    assert ss.LARGE_FONT.get() is True
    assert ss.IDLE_MINUTES.get() == 7
    assert ss.LEDGERS_SAVED.at("x").get() == ["2026-01"]
    QSettings().setValue("security/idle_minutes", "-3")  # never a negative lock time
    assert ss.IDLE_MINUTES.get() == ss.DEFAULT_IDLE_MINUTES


def test_a_wrong_type_is_refused_when_stored() -> None:
    with pytest.raises(Exception):  # noqa: B017 - the coercion's own error type is private
        ss.IDLE_MINUTES.set("ten")  # type: ignore[arg-type]
    assert not ss.IDLE_MINUTES.is_set()


def test_explicit_default_wins_when_unset() -> None:
    assert ss.LANGUAGE.get("en") == "en"
    ss.LANGUAGE.set("zh_CN")
    assert ss.LANGUAGE.get("en") == "zh_CN"


def test_splitter_state_round_trips(qtbot) -> None:  # type: ignore[no-untyped-def]
    def splitter() -> QSplitter:
        sp = QSplitter()
        sp.addWidget(QWidget())
        sp.addWidget(QWidget())
        sp.resize(400, 100)
        qtbot.addWidget(sp)
        return sp

    first = splitter()
    assert not ss.restore_splitter("households", first)  # nothing saved yet
    first.setSizes([100, 300])
    ss.save_splitter("households", first)
    second = splitter()
    assert ss.restore_splitter("households", second)
    assert second.sizes() == first.sizes()
    QSettings().setValue("households/splitter", "banana")
    third = splitter()
    assert not ss.restore_splitter("households", third)


def test_window_geometry_garbage_opens_at_the_default_size(qtbot, village) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import DEFAULT_SIZE, MainWindow

    QSettings().setValue("main/geometry", "banana")
    QSettings().setValue("main/splitter", 42)
    QSettings().setValue("main/menu_folded", "maybe")
    window = MainWindow(village)
    qtbot.addWidget(window)
    assert window.size().width() <= DEFAULT_SIZE.width()
    assert window.menu_folded() is False
    window.save_state()
    assert isinstance(QSettings().value("main/geometry"), QByteArray)


def test_a_locale_added_as_files_can_be_chosen() -> None:
    ss.LANGUAGE.set("ug_CN")
    assert ss.LANGUAGE.get() == "ug_CN"
    QSettings().setValue("view/language", "Chinese please")
    assert ss.LANGUAGE.get() == "zh_CN"
