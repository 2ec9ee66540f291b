"""The window's language: Qt translators, the language the services speak, and dates.

Source strings in ``ui/`` are English; ``resources/translations/minqing_zh_CN.qm`` turns them into
Chinese (the default) and ``minqing_en.qm`` ships for English. Switching installs the other
translators; Qt then sends ``QEvent.LanguageChange`` to every widget, and each page re-sets its
texts in ``retranslate()``. Labels of vocabulary codes (categories, statuses…) and service
messages come from ``app.i18n`` in the current language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.i18n import label
from app.paths import resource_path

LANGS = ("zh_CN", "en")
_state: dict[str, object] = {"lang": "zh_CN", "translators": []}


def current_lang() -> str:
    return str(_state["lang"])


def set_language(lang: str) -> None:
    """Install the translators of ``lang`` (removing the previous ones); widgets then receive
    ``LanguageChange`` and re-set their texts."""
    app = QCoreApplication.instance()
    assert app is not None
    old: list[QTranslator] = _state["translators"]  # type: ignore[assignment]
    for t in old:
        QCoreApplication.removeTranslator(t)
    _state["lang"] = lang
    zh = lang == "zh_CN"
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if zh
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    new: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"minqing_{lang}.qm"))):
        new.append(ours)
    if zh:
        # Qt's own dialogs (file, message box, print): our shipped copy first — a frozen bundle
        # need not carry Qt's translations folder — then the one inside PySide6.
        qt = QTranslator(app)
        if qt.load(str(resource_path("translations", "qtbase_zh_CN.qm"))) or qt.load(
                "qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            new.append(qt)
    for t in new:
        QCoreApplication.installTranslator(t)
    _state["translators"] = new
    if not new:
        # Still tell every widget: text set from English sources must be re-set.
        from PySide6.QtCore import QEvent

        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))


def lbl(code: str) -> str:
    """The label of a vocabulary code (category, status, mode…) in the window's language."""
    return label(code, current_lang()) if code else ""


_WEEKDAYS_ZH = "一二三四五六日"


def fmt_date(d: date | None, weekday: bool = False) -> str:
    """2026年11月21日 in Chinese, 21 Nov 2026 in English."""
    if d is None:
        return ""
    if current_lang() == "zh_CN":
        text = f"{d.year}年{d.month}月{d.day}日"
        return text + f" 星期{_WEEKDAYS_ZH[d.weekday()]}" if weekday else text
    text = d.strftime("%d %b %Y").lstrip("0")
    return d.strftime("%a ") + text if weekday else text


def date_format() -> str:
    """Display format for QDateEdit in the current language."""
    return "yyyy年M月d日" if current_lang() == "zh_CN" else "d MMM yyyy"


def month_format() -> str:
    return "yyyy年M月" if current_lang() == "zh_CN" else "MMM yyyy"
