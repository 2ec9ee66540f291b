"""A matter raised at the office or by phone (来访 / 电话), in its own dialog: a half-filled
visit form keeps its mode, household and text (issue 15). Saving goes through
``matters.record_walk_in``: with a household and the cadre who took it, a short contact record
goes into the diary too."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.services import matters as matter_service
from app.services.cadres import active_cadres
from models.vocab import VisitMode
from ui.i18n import lbl
from ui.pages.visits import MatterEntry
from ui.scaffold import FormDialog
from ui.widgets import HouseholdPicker


class WalkInDialog(FormDialog):
    """The service checks the matter (a title, a deadline…); its messages show under the
    matter's fields, the dialog stays open and keeps what was typed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(self.tr("New matter (walk-in or phone)"), parent,
                         ok=FormDialog.StandardButton.Save, min_width=480)
        self.ctx = ctx
        self.saved: matter_service.WalkInSaved | None = None
        self.picker = HouseholdPicker(ctx)
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Name and phone, when not in the register"))
        self.mode = QComboBox()
        for m in (VisitMode.WALK_IN, VisitMode.PHONE):
            self.mode.addItem(lbl(m.value), m.value)
        self.cadre = QComboBox()
        self.cadre.addItem("—", None)
        for c in active_cadres(ctx):
            self.cadre.addItem(f"{c.name}（{c.title}）" if c.title else c.name, c.id)
        self.entry = MatterEntry(today or date.today(), ctx=ctx)
        self.entry.remove.setVisible(False)
        # The urgency is the matter row's own (its deadline follows it), as in the visit form.
        self.urgency = self.entry.urgency
        self.add_row(self.tr("Household"), self.picker)
        self.add_row(self.tr("Who asked"), self.contact)
        self.add_row(self.tr("How"), self.mode)
        self.add_row(self.tr("Taken by"), self.cadre)
        self.add_row("", self.errors.add("household"))
        self.below.addWidget(self.entry)

    def data(self) -> matter_service.WalkInInput:
        m = self.entry.data()
        cadre = self.cadre.currentData()
        matter = matter_service.MatterInput(
            category=m.category, title=m.title, deadline=m.deadline,
            received_date=m.received_date, household_id=self.picker.household_id,
            urgency=m.urgency)
        return matter_service.WalkInInput(
            matter=matter, mode=str(self.mode.currentData()),
            household_id=self.picker.household_id, cadre_id=str(cadre) if cadre else None,
            contact=self.contact.text().strip())

    def submit(self) -> None:
        self.saved = matter_service.record_walk_in(self.ctx, self.data())

    def show_error(self, exc: MinqingError) -> None:
        self.entry.errors.show(exc)  # the matter's fields are the entry's own

    def save(self) -> None:
        self.accept()
