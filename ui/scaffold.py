"""What every page and small dialog repeated by hand, written once.

``Retranslating``: a widget with a ``retranslate()`` re-labels itself when the language is
switched (Qt sends ``LanguageChange`` to every widget); before, each of two dozen classes had
the same four-line ``changeEvent``.

``FormDialog``: label/field rows, OK/Cancel with OK disabled until ``ready()`` says the form
is complete (the clerk never meets a refusal for an empty box), and the service's validation
message shown under its field or above the buttons, in the window's language. The rules stay
in the service: ``submit`` calls it and a ``MinqingError`` keeps the dialog open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MinqingError
from ui.widgets import FieldErrors, error_label


class Retranslating:
    """Mixin (put it before the Qt base: ``class Page(Retranslating, QWidget)``): on a
    language change, ``on_language_change()`` — ``retranslate()`` unless a class re-labels
    more (a card it holds, a list it re-renders) — runs before Qt's own handling."""

    def retranslate(self) -> None:  # pragma: no cover - every user defines it
        raise NotImplementedError

    def on_language_change(self) -> None:
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.on_language_change()
        super().changeEvent(event)  # type: ignore[misc]


def sentence(text: str) -> str:
    """Service messages are lower case for the CLI; a dialog shows a sentence."""
    return text[:1].upper() + text[1:]


class FormDialog(QDialog):
    """A small form: ``add_row`` fields, override ``submit`` (call the service; raise its
    ``MinqingError``) and, if some field is required, ``ready`` plus ``watch`` its signal.

    Layout, top to bottom: ``self.top`` (notes), ``self.form`` (the rows), ``self.below``
    (a larger widget under the rows), the general error label, the buttons. ``self.errors``
    maps service field names to the label under a field."""

    StandardButton = QDialogButtonBox.StandardButton

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
                 ok_text: str = "", min_width: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        if min_width:
            self.setMinimumWidth(min_width)
        self.general = error_label()
        self.error = self.general  # the name older dialogs and their tests use
        self.errors = FieldErrors(self.general)
        self.top = QVBoxLayout()
        self.form = QFormLayout()
        self.below = QVBoxLayout()
        self.buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok: QPushButton = self.buttons.button(ok)
        if ok_text:
            self.ok.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addLayout(self.form)
        layout.addLayout(self.below)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    # --- building ------------------------------------------------------------------------
    def add_row(self, label: str | QLabel, field: QWidget, error_field: str = "") -> QWidget:
        """One labelled row (a ``QLabel`` when a ``retranslate`` re-labels it later); with
        ``error_field`` the service's message for that field shows right under it."""
        if not error_field:
            self.form.addRow(label, field)
            return field
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(field)
        box.addWidget(self.errors.add(error_field))
        self.form.addRow(label, box)
        return field

    def add_note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        self.top.addWidget(note)
        return note

    def watch(self, *signals: Any) -> None:
        """Re-check ``ready`` whenever one of these signals fires (and now)."""
        for signal in signals:
            signal.connect(self.update_ok)
        self.update_ok()

    # --- behaviour -----------------------------------------------------------------------
    def ready(self) -> bool:
        """Whether OK may be pressed; a required field is empty → False."""
        return True

    def update_ok(self, *_: Any) -> None:
        self.ok.setEnabled(self.ready())

    def submit(self) -> None:  # pragma: no cover - every user defines it
        """Do the change through the service; raise ``MinqingError`` to keep the dialog."""
        raise NotImplementedError

    def fail(self, text: str) -> None:
        """A message of the dialog's own (the two passwords differ) above the buttons."""
        self.errors.clear()
        self.general.setText(sentence(text))
        self.general.setVisible(True)

    def show_error(self, exc: MinqingError) -> None:
        self.errors.show(exc)
        if not self.general.isHidden():
            self.general.setText(sentence(self.general.text()))

    def accept(self) -> None:
        if not self.ready():
            return
        try:
            self.submit()
        except MinqingError as exc:
            self.show_error(exc)
            return
        super().accept()

