"""The month chooser of the desk pages: the last two years, newest first, as a combo box.

Villages compared and the county desk both pick "which month's figures"; one widget keeps the
list, the parsing and "choose a month that is not in the list" (a test or a link asking for an
older month) in one place.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QWidget

from app.services.stats import Month


def months_back(today: date, n: int = 24) -> list[Month]:
    """``n`` months ending with ``today``'s month, newest first."""
    y, m = today.year, today.month
    out = []
    for _ in range(n):
        out.append(Month(y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out


class MonthPicker(QComboBox):
    """Emits ``currentIndexChanged`` when the month changes, like any combo box."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None,
                 months: int = 24) -> None:
        super().__init__(parent)
        for m in months_back(today or date.today(), months):
            self.addItem(str(m), str(m))

    def month(self) -> Month:
        return Month.parse(str(self.currentData()))

    def choose(self, month: Month) -> bool:
        """Make ``month`` current (adding it when older than the list). False when it already
        was, so the caller knows no ``currentIndexChanged`` will follow."""
        i = self.findData(str(month))
        if i < 0:
            self.addItem(str(month), str(month))
            i = self.count() - 1
        if i == self.currentIndex():
            return False
        self.setCurrentIndex(i)
        return True
