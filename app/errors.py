"""Errors the services raise for the user to read. Each carries a message code and parameters;
``app.i18n`` turns it into words in the user's language, so the CLI and the window say the same."""

from __future__ import annotations

from typing import Any


class MinqingError(Exception):
    """Base of every error a user is meant to see (exit code 1 on the CLI)."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str = "zh_CN") -> str:
        from app.i18n import tr

        return tr(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


class ValidationError(MinqingError):
    """A wrong value in one field; ``field`` names it so a form can show the message beside it."""

    def __init__(self, field: str, code: str, /, **params: Any) -> None:
        super().__init__(code, **params)
        self.field = field

    def message(self, lang: str = "zh_CN") -> str:
        from app.i18n import field_label, tr

        return tr("field_error", lang, field=field_label(self.field, lang),
                  reason=tr(self.code, lang, **self.params))


class ValidationErrors(MinqingError):
    """Several wrong fields at once: a form shows all of them, not just the first."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("validation_failed", count=len(errors))
        self.errors = errors

    def message(self, lang: str = "zh_CN") -> str:
        return "\n".join(e.message(lang) for e in self.errors)


class StoreError(MinqingError):
    """The database file cannot be used as it is (too new, damaged, not a station)."""


class NotFound(MinqingError):
    pass


class PermissionDenied(MinqingError):
    """The signed-in user's role does not allow this (read-only users, user management, ID
    reveal). Raised before anything is written."""
