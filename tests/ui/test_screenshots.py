"""``minqing screenshots`` renders every main screen to a real PNG, with Chinese glyphs drawn."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from app.cli import main


def test_screenshots_command_renders_every_screen(qtbot, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "shots"
    assert main(["screenshots", "--out", str(out), "--langs", "zh_CN", "--households", "80"]) == 0
    names = sorted(p.name for p in out.glob("*.png"))
    for key in ("home", "households", "visits", "matters", "cadres", "settings", "visit-form",
                "wizard", "cards", "reports", "import-columns", "import-check", "login",
                "first-account", "locked", "accounts-backups", "read-only", "supervision",
                "compare"):
        assert any(key in n for n in names), key
    # Settings longer than the window: also pictured whole, down to the time-limit grid.
    assert QImage(str(out / "06-settings-zh_CN-whole.png")).height() > 1000
    home = QImage(str(out / "01-home-zh_CN.png"))
    assert (home.width(), home.height()) == (1280, 800)
    # A page is not empty: many distinct colours in the content area.
    colours = {home.pixel(x, y) for x in range(220, 1260, 7) for y in range(0, 780, 7)}
    assert len(colours) > 20
    printed = capsys.readouterr().out
    assert "01-home-zh_CN.png" in printed


def test_screenshots_at_a_netbook_size(qtbot, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "small"
    assert main(["screenshots", "--out", str(out), "--langs", "zh_CN", "--households", "60",
                 "--size", "1024x600"]) == 0
    for key in ("home", "households", "visits", "matters", "cadres", "cards", "reports",
                "exchange", "settings"):
        found = list(out.glob(f"*-{key}-zh_CN-1024x600.png"))
        assert found, key
        image = QImage(str(found[0]))
        assert (image.width(), image.height()) == (1024, 600), key
    assert main(["screenshots", "--out", str(out), "--size", "big"]) == 2


def test_a_long_page_is_captured_whole(qtbot, village, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Settings is longer than a 1280×800 window: its whole picture is taller than the window
    and shows the time-limit grid at the bottom; a page that fits gets no second picture."""
    from ui.main_window import MainWindow
    from ui.screenshots import _grab_whole

    window = MainWindow(village)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_page("settings")
    page = window.settings_page
    path = _grab_whole(window, page, tmp_path / "settings-whole.png")
    assert path is not None
    image = QImage(str(path))
    assert image.width() == 1280 and image.height() > 1000
    assert window.height() == 800  # the window is put back
    box = page.deadline_box
    assert box.mapTo(window, box.rect().bottomLeft()).y() > 800  # below the fold on screen
    window.show_page("cadres")
    assert _grab_whole(window, window.page("cadres"), tmp_path / "cadres.png") is None
