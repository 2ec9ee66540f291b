"""Pinyin keys for household search, computed once when a household is written.

pypinyin guesses the common reading; for surnames that read differently (单 shàn, 曾 zēng …) the
first character is looked up in a small override table.
"""

from __future__ import annotations

from functools import lru_cache

SURNAME_READINGS: dict[str, str] = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "查": "zha",
    "朴": "piao",
    "盖": "ge",
    "乐": "yue",
    "缪": "miao",
    "尉": "yu",
    "万": "wan",
    "覃": "qin",
    "翟": "zhai",
    "长": "chang",
    "重": "chong",
    "种": "chong",
    "秘": "bi",
    "员": "yun",
    "贲": "ben",
}


@lru_cache(maxsize=65536)
def _char_pinyin(ch: str) -> str:
    # imported here: pypinyin loads its phrase dictionary (~0.2 s) on import, which a start-up
    # that writes no household never needs (issue 11)
    from pypinyin import lazy_pinyin

    out = lazy_pinyin(ch, errors=lambda s: s.lower())
    return (out[0] if out else ch).lower()


def name_keys(name: str) -> tuple[str, str]:
    """(initials, full) for a name: 张三丰 → ("zsf", "zhangsanfeng")."""
    syllables: list[str] = []
    for i, ch in enumerate(name.strip()):
        if ch.isspace() or ch in "·•.":
            continue
        if i == 0 and ch in SURNAME_READINGS:
            syllables.append(SURNAME_READINGS[ch])
        elif ch.isascii():
            syllables.append(ch.lower())
        else:
            syllables.append(_char_pinyin(ch))
    initials = "".join(s[0] for s in syllables if s)
    return initials, "".join(syllables)


def first_letter_style_check() -> str:
    """Used by tests to confirm pypinyin is the library answering, not our table."""
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin("张三", style=Style.FIRST_LETTER))
