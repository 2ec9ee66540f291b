"""The window's language: Qt translators, the language the services speak, and dates.

Source strings in ``ui/`` are English; ``resources/translations/minqing_zh_CN.qm`` turns them into
Chinese (the default) and ``minqing_en.qm`` carries the English plural forms. The languages on
offer are the files: every ``minqing_<lang>.qm`` in the translation folders is one (a third
language — Uyghur, Tibetan — is ``minqing_ug_CN.ts``/``.qm`` added there, no code change). The
folder named by the environment variable ``MINQING_TRANSLATIONS_DIR`` is searched before the
bundled one (a translator trying a catalogue, the pseudo-locale test). Switching installs the other
translators; Qt then sends ``QEvent.LanguageChange`` to every widget, and each page re-sets its
texts in ``retranslate()``. Labels of vocabulary codes (categories, statuses…) and service
messages come from ``app.i18n`` in the current language.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from app.i18n import label
from app.paths import resource_path

DEFAULT_LANG = "zh_CN"
SOURCE_LANG = "en"  # the language of the tr() strings themselves
TRANSLATIONS_ENV = "MINQING_TRANSLATIONS_DIR"
_PREFIX = "minqing_"
_state: dict[str, object] = {"lang": "zh_CN", "translators": []}


def current_lang() -> str:
    return str(_state["lang"])


def translation_dirs() -> list[Path]:
    """Where catalogues are looked for, first match wins: ``$MINQING_TRANSLATIONS_DIR`` (if
    set), then the bundled ``resources/translations``."""
    extra = os.environ.get(TRANSLATIONS_ENV, "").strip()
    return ([Path(extra)] if extra else []) + [resource_path("translations")]


def catalogue(lang: str) -> Path | None:
    """The ``minqing_<lang>.qm`` used for ``lang``, or None when no folder has one."""
    for folder in translation_dirs():
        path = folder / f"{_PREFIX}{lang}.qm"
        if path.is_file():
            return path
    return None


def native_name(lang: str) -> str:
    """The language's name in itself (简体中文, English, ئۇيغۇرچە); the code when Qt does not
    know the language (a pseudo-locale)."""
    locale = QLocale(lang)
    if locale.language() == QLocale.Language.C:
        return lang
    if lang == SOURCE_LANG:
        return "English"
    return locale.nativeLanguageName() or lang


def languages() -> list[tuple[str, str]]:
    """(code, native name) of every language with a catalogue, the default first, then by
    code. English, the source language, is always on offer."""
    codes = {SOURCE_LANG}
    for folder in translation_dirs():
        if folder.is_dir():
            codes |= {p.stem.removeprefix(_PREFIX) for p in folder.glob(f"{_PREFIX}*.qm")}
    order = sorted(codes, key=lambda c: (c != DEFAULT_LANG, c))
    return [(c, native_name(c)) for c in order]


def _locale_for(lang: str) -> QLocale:
    if lang == "zh_CN":
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    locale = QLocale(lang)
    if lang == SOURCE_LANG or locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def set_language(lang: str) -> None:
    """Install the translators of ``lang`` (removing the previous ones); widgets then receive
    ``LanguageChange`` and re-set their texts."""
    app = QCoreApplication.instance()
    assert app is not None
    old: list[QTranslator] = _state["translators"]  # type: ignore[assignment]
    for t in old:
        QCoreApplication.removeTranslator(t)
    if lang != SOURCE_LANG and catalogue(lang) is None:
        lang = DEFAULT_LANG  # e.g. a language chosen on this laptop whose files are gone
    _state["lang"] = lang
    QLocale.setDefault(_locale_for(lang))
    new: list[QTranslator] = []
    ours = QTranslator(app)
    path = catalogue(lang)
    if path is not None and ours.load(str(path)):
        new.append(ours)
    if lang != SOURCE_LANG:
        # Qt's own dialogs (file, message box, print): a shipped copy first — a frozen bundle
        # need not carry Qt's translations folder — then the one inside PySide6.
        qt = QTranslator(app)
        name = f"qtbase_{lang}"
        if any(qt.load(str(d / f"{name}.qm")) for d in translation_dirs()) or qt.load(
                name, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
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
    """2026年11月21日 in Chinese, 21 Nov 2026 in English (and in a pseudo-locale); a third
    language Qt knows gets its own month names in the same order."""
    if d is None:
        return ""
    if current_lang() == "zh_CN":
        text = f"{d.year}年{d.month}月{d.day}日"
        return text + f" 星期{_WEEKDAYS_ZH[d.weekday()]}" if weekday else text
    locale = _own_locale()
    if locale is not None:  # a third language Qt knows: its month and weekday names
        qd = QDate(d.year, d.month, d.day)
        return locale.toString(qd, ("ddd " if weekday else "") + date_format())
    text = d.strftime("%d %b %Y").lstrip("0")
    return d.strftime("%a ") + text if weekday else text


def _own_locale() -> QLocale | None:
    """The locale of a language other than Chinese and English that Qt knows (None for those
    two, whose conventions are spelled out here, and for a pseudo-locale)."""
    lang = current_lang()
    if lang in ("zh_CN", SOURCE_LANG):
        return None
    locale = QLocale(lang)
    return None if locale.language() == QLocale.Language.C else locale


def date_format() -> str:
    """Display format for QDateEdit in the current language."""
    return "yyyy年M月d日" if current_lang() == "zh_CN" else "d MMM yyyy"


def month_format() -> str:
    return "yyyy年M月" if current_lang() == "zh_CN" else "MMM yyyy"
