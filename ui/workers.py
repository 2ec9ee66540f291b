"""Slow work off the UI thread: a QRunnable in the global pool, a progress dialog that appears
only if the work takes a while and can be cancelled, results back on the UI thread by signal.

Cancelling stops waiting: the task sees ``cancelled()`` and may stop early; a write already in a
transaction either completes or rolls back as a whole, and the result of a cancelled task is
dropped.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Progress:
    """Handed to the task: report how far it is, and ask whether the user cancelled."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.progress = progress

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # reported on the UI thread, never lost
            log.exception("task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Task(QObject):
    """One background job. Keep a reference until ``finished`` fires (``run_task`` does)."""

    finished = Signal()

    def __init__(self, parent: QWidget | None, label: str, fn: Callable[[Progress], Any],
                 on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                 cancellable: bool = True, show_after_ms: int = 400) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.progress = Progress(self.signals)
        self.on_done = on_done
        self.on_error = on_error
        self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0,
                                      parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)  # type: ignore[arg-type]
        self.dialog.canceled.connect(self._cancel)
        self.signals.progress.connect(self._on_progress)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self.dialog.setValue(0)
        QThreadPool.globalInstance().start(_Runnable(fn, self.signals, self.progress))

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _cancel(self) -> None:
        self.progress.cancel()

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self._cancel)
        self.dialog.close()
        self.finished.emit()

    def _done(self, result: Any) -> None:
        self._close()
        if not self.progress.cancelled():
            self.on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if not self.progress.cancelled():
            self.on_error(exc)


_running: set[Task] = set()


def run_task(parent: QWidget | None, label: str, fn: Callable[[Progress], Any],
             on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
             cancellable: bool = True) -> Task:
    task = Task(parent, label, fn, on_done, on_error, cancellable)
    _running.add(task)
    task.finished.connect(lambda: _running.discard(task))
    return task


class _QuietSignals(QObject):
    done = Signal(object, object)  # result, error


class _Quiet(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _QuietSignals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:
            log.exception("background read failed")
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the receiver is gone: nobody to tell
            self.signals.done.emit(result, error)


class Loader(QObject):
    """Background reads for a page (figures, counts): no dialog — the page shows a
    placeholder until ``loaded`` fires. A newer request supersedes an older one."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _QuietSignals()
        self._signals.done.connect(self._done)
        self._generation = 0
        self._pending: dict[int, int] = {}
        self.busy = False

    def start(self, fn: Callable[[], Any]) -> None:
        self._generation += 1
        generation = self._generation
        self.busy = True

        def wrapped() -> Any:
            return generation, fn()

        QThreadPool.globalInstance().start(_Quiet(wrapped, self._signals))

    def _done(self, result: Any, error: Any) -> None:
        if error is not None:
            self.busy = False
            self.failed.emit(error)
            return
        generation, value = result
        if generation == self._generation:
            self.busy = False
            self.loaded.emit(value)
