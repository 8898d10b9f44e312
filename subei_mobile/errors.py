"""Errors with stable codes; the UI and CLI translate codes, the core never formats prose."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any


@dataclass(frozen=True)
class Issue:
    """One problem with one field: a stable code, the field path and safe parameters."""

    code: str
    field: str = ""
    params: dict[str, Any] = _field(default_factory=dict)
    warning: bool = False


class SubeiError(Exception):
    """Base for every error the core raises on purpose. Messages never hold personal data."""

    code = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.params = params
        super().__init__(self.code)

    def __str__(self) -> str:
        safe = ", ".join(f"{k}={v}" for k, v in sorted(self.params.items()))
        return f"{self.code}({safe})" if safe else self.code


class ValidationFailed(SubeiError):
    """Raised when a record does not pass validation; carries every issue found."""

    code = "validation_failed"

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(self.code, count=len(issues))
        self.issues = issues

    def __str__(self) -> str:
        return "; ".join(f"{i.field}:{i.code}" for i in self.issues)


class NotFound(SubeiError):
    code = "not_found"


class Immutable(SubeiError):
    """A finalised (attested) record cannot change; add an amendment instead."""

    code = "record_immutable"


class SchemaTooNew(SubeiError):
    code = "schema_too_new"


class DiskFull(SubeiError):
    """The disk (or the file-size limit) ran out during a save, a sync or an export.

    Nothing partial is left: the transaction was rolled back or the temporary file removed.
    """

    code = "disk_full"


def is_disk_full(exc: BaseException) -> bool:
    """Return True for SQLite's SQLITE_FULL and for ENOSPC / EDQUOT / EFBIG."""
    import errno
    import sqlite3

    if isinstance(exc, sqlite3.Error):
        # SQLITE_IOERR_SHMSIZE: no room for the -shm file when a WAL database is opened
        return getattr(exc, "sqlite_errorcode", None) in (sqlite3.SQLITE_FULL, 4874)
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


class StoreCorrupt(SubeiError):
    code = "store_corrupt"


class StoreReadOnly(SubeiError):
    """The data folder or its database file cannot be written: permissions or a read-only disk.

    Its own code, never store_corrupt: the data is intact, and "restore a backup" would be the
    wrong advice (restoring over a sound store is how work gets lost).
    """

    code = "store_read_only"


def is_read_only(exc: BaseException) -> bool:
    """Return True for SQLite's SQLITE_READONLY family and for EACCES / EPERM / EROFS."""
    import errno
    import sqlite3

    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return code is not None and code & 0xFF == sqlite3.SQLITE_READONLY
    return isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)


class DemoStore(SubeiError):
    """A demo store never talks to the county: enrol, sync and bundle export are refused."""

    code = "store.demo"


class ImportRejected(SubeiError):
    code = "import_rejected"


class AuthError(SubeiError):
    """Login, unlock or permission refused: auth.required, auth.failed, auth.locked_out, ..."""

    code = "auth.failed"
