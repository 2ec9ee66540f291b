"""The window in Chinese (default) and English, switched live; dates in each convention."""

from __future__ import annotations

from datetime import date

from app.context import AppContext
from app.services.demo import fill_demo
from ui.i18n import current_lang, fmt_date
from ui.main_window import MainWindow


def _nav(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_chinese_by_default_and_english_after_switch(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(village, households=60, months=2, seed=2)
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.home.figures is not None, timeout=5000)
    assert _nav(window)[:5] == ["首页", "农户", "走访", "事项", "干部"]
    assert _nav(window)[5:9] == ["联系卡", "报表", "数据交换", "设置"]
    assert _nav(window)[9:] == ["工作计划", "考核", "活动"]  # issues 16, 12
    assert window.visits.form.title() == "新增走访"
    assert window.households.search.placeholderText().startswith("搜索")
    assert window.households.model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt
                                              .Orientation.Horizontal) == "户主姓名"
    assert window.matters.status.itemText(1) == "待办"
    assert "本月概览" in window.home.title.text()
    assert window.home.tiles["overdue"].caption == "超期事项"
    today = date.today()
    assert fmt_date(today) == f"{today.year}年{today.month}月{today.day}日"
    assert window.visits.form.date.text() == f"{today.year}年{today.month}月{today.day}日"

    # Settings → English, live.
    page = window.settings_page
    page.language.setCurrentIndex(page.language.findData("en"))
    assert current_lang() == "en" and village.lang == "en"
    qtbot.waitUntil(lambda: _nav(window)[0] == "Home")  # LanguageChange is a posted event
    assert _nav(window)[:5] == ["Home", "Households", "Visits", "Matters", "Cadres"]
    assert window.visits.form.title() == "New visit"
    assert window.visits.form.save_button.text() == "Save visit (Ctrl+Enter)"
    assert window.matters.status.itemText(1) == "Open"
    assert window.home.tiles["overdue"].caption == "matters overdue"
    assert window.households.model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt
                                              .Orientation.Horizontal) == "Head of household"
    assert "1 household" not in window.households.count.text()
    assert window.households.count.text() == "60 households"
    assert str(today.year) in window.visits.form.date.text()
    assert "年" not in window.visits.form.date.text() and "月" not in window.visits.form.date.text()
    # Service messages follow the switch too.
    window.visits.form.save_button.click()
    assert "must not be empty" in window.visits.form.errors.shown()["household"]

    # And back.
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: _nav(window)[0] == "首页")
    assert _nav(window)[1] == "农户"
    assert window.households.count.text() == "共 60 户"
