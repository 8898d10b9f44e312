"""Structured JSON log lines; callers pass ids and counts only, never personal data."""

from __future__ import annotations

import json
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message"}


class JsonFormatter(logging.Formatter):
    """Format a record as one JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        """Return the JSON line of a log record."""
        data = {
            "ts": round(record.created, 3),
            "level": record.levelname,
            "msg": record.getMessage(),
        }
        data.update({k: v for k, v in record.__dict__.items() if k not in _STANDARD})
        return json.dumps(data, ensure_ascii=False, default=str)


LOG_BYTES, LOG_KEEP = 10 * 1024 * 1024, 10


def configure(level: int = logging.INFO, log_file: str = "") -> None:
    """Send the server's logs as JSON lines to stderr, or to log_file rotated at 10 MB.

    Under systemd, stderr goes to the journal, which rotates by itself; a log file keeps
    the newest LOG_KEEP files of LOG_BYTES each (server.log, server.log.1, ...).
    """
    handler: logging.Handler
    if log_file:
        Path(log_file).parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(log_file, maxBytes=LOG_BYTES, backupCount=LOG_KEEP,
                                      encoding="utf-8")  # fmt: skip
    else:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("subei_sync.server")
    logger.handlers[:] = [handler]
    logger.setLevel(level)
    logger.propagate = False
