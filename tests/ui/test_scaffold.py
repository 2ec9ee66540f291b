"""The shared UI scaffolding: the language-change mixin, the form-dialog helper and the
converted table models."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from app.context import AppContext
from app.errors import MinqingError, ValidationError
from ui.i18n import set_language
from ui.scaffold import FormDialog, Retranslating


class _Counting(Retranslating, QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self.other_events = 0

    def retranslate(self) -> None:
        self.calls += 1


class _Form(FormDialog):
    def __init__(self) -> None:
        super().__init__("t")
        self.field = QLineEdit()
        self.add_row("Field", self.field, "field")
        self.watch(self.field.textChanged)
        self.submitted: list[str] = []

    def ready(self) -> bool:
        return bool(self.field.text().strip())

    def submit(self) -> None:
        if self.field.text() == "bad":
            raise ValidationError("field", "required")
        if self.field.text() == "general":
            raise MinqingError("required")
        self.submitted.append(self.field.text())


def test_mixin_retranslates_on_language_change_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = _Counting()
    qtbot.addWidget(w)
    QCoreApplication.sendEvent(w, QEvent(QEvent.Type.EnabledChange))
    assert w.calls == 0
    set_language("en")
    QCoreApplication.processEvents()
    assert w.calls >= 1
    n = w.calls
    QCoreApplication.sendEvent(w, QEvent(QEvent.Type.LanguageChange))
    assert w.calls == n + 1


def test_form_ok_waits_for_a_valid_form_and_shows_the_service_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = _Form()
    qtbot.addWidget(dlg)
    assert not dlg.ok.isEnabled()
    dlg.field.setText("   ")
    assert not dlg.ok.isEnabled()
    dlg.accept()  # pressing Enter on an incomplete form does nothing
    assert dlg.submitted == [] and dlg.result() == 0
    dlg.field.setText("bad")
    assert dlg.ok.isEnabled()
    dlg.ok.click()
    shown = dlg.errors.shown()
    assert "field" in shown and shown["field"]  # under the field, dialog still open
    assert dlg.result() == 0 and dlg.general.isHidden()
    zh = shown["field"]
    set_language("en")
    dlg.ok.click()
    en = dlg.errors.shown()["field"]
    assert en != zh and en.isascii()  # in the user's language
    dlg.field.setText("general")
    dlg.ok.click()  # a message for no particular field goes above the buttons, as a sentence
    assert not dlg.general.isHidden() and dlg.general.text()[:1].isupper()
    assert dlg.errors.shown() == {}
    dlg.field.setText("good")
    dlg.ok.click()
    assert dlg.submitted == ["good"] and dlg.result() == 1


def test_reason_dialog_uses_the_helper(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.matter_dialogs import ReasonDialog

    dlg = ReasonDialog("t")
    qtbot.addWidget(dlg)
    dlg.add_reason_row()
    assert isinstance(dlg, FormDialog) and not dlg.ok.isEnabled()
    dlg.reason.setPlainText("因为")
    assert dlg.ok.isEnabled()


def test_converted_models_count_and_head_their_columns(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    from app.services import cadres as cs
    from ui.import_dialog import RefusalModel
    from ui.pages.cadres import CadreTableModel
    from ui.pages.plans import PlanTableModel
    from ui.pages.reports import FiguresModel

    cs.add_cadre(village, cs.CadreInput(name="李红梅", phone="13800001111", title="支书"))
    cadres = CadreTableModel()
    cadres.set_rows(cs.cadre_list(village))
    assert (cadres.rowCount(), cadres.columnCount()) == (1, 4)
    assert [cadres.index(0, c).data() for c in range(4)] == ["李红梅", "支书", "138****1111", 0]
    assert cadres.headerData(2, Qt.Orientation.Horizontal) == "联系电话"
    two = CadreTableModel(villages={"a": "甲村", "b": "乙村"})
    two.set_rows(cs.cadre_list(village))
    assert two.columnCount() == 5 and two.index(0, 0).data() == "石江村"
    assert PlanTableModel().columnCount() == 6
    figures = FiguresModel()
    figures.set_rows([("户数", "3")], ("项目", "数值"))
    assert figures.index(0, 1).data() == "3" and figures.headerData(1, Qt.Orientation.Horizontal) == "数值"
    assert figures.headerData(5, Qt.Orientation.Horizontal) is None
    refusals = RefusalModel()
    assert refusals.columnCount() == 3 and refusals.rowCount() == 0


def test_usb_passphrase_dialog_checks_both_boxes_and_the_length(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.backups import PassphraseDialog

    dlg = PassphraseDialog()
    qtbot.addWidget(dlg)
    assert not dlg.ok.isEnabled()
    dlg.first.setText("short")
    assert not dlg.ok.isEnabled()  # the second box is still empty
    dlg.again.setText("shorter")
    dlg.ok.click()
    assert "不一致" in dlg.general.text() and dlg.again.text() == "" and dlg.result() == 0
    dlg.again.setText("short")
    dlg.ok.click()  # the backup's own rule, under the passphrase box
    assert "8" in dlg.errors.shown()["passphrase"] and dlg.result() == 0
    dlg.first.setText("stick-passphrase")
    dlg.again.setText("stick-passphrase")
    dlg.ok.click()
    assert dlg.result() == 1 and dlg.general.isHidden()
