"""Request counts, sync latency and errors in the Prometheus text format, at /metrics.

Only route templates, methods and status codes are counted: never a device id, a record id
or anything from a body. The endpoint answers county administrators (HTTP basic auth against
the accounts `subei-server init` creates), since load figures are nobody else's business.
"""

from __future__ import annotations

import base64
import binascii
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

from subei_mobile.version import __version__

from .database import Database
from .install import check_admin

METRICS_PATH = "/metrics"
SYNC_ROUTE = "/v1/sync"
# Seconds; a 2G laptop's bulk pull sits in the upper buckets, a LAN sync in the lower ones.
BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class Metrics:
    """Thread-safe counters of one server process."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests: Counter[tuple[str, str, int]] = Counter()
        self.errors: Counter[str] = Counter()
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self.sync_buckets = [0] * len(BUCKETS)
        self.sync_count = 0
        self.sync_sum = 0.0
        self.started = time.time()

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        """Count one finished request."""
        with self.lock:
            self.requests[(method, route, status)] += 1
            self.seconds[route] += seconds
            if status >= 500:
                self.errors[route] += 1
            if route == SYNC_ROUTE:
                self.sync_count += 1
                self.sync_sum += seconds
                for i, bound in enumerate(BUCKETS):
                    if seconds <= bound:
                        self.sync_buckets[i] += 1

    def render(self) -> str:
        """Return the Prometheus text exposition of every counter."""
        out = [
            "# HELP subei_build_info The server program's version.",
            "# TYPE subei_build_info gauge",
            f'subei_build_info{{version="{__version__}"}} 1',
            "# HELP subei_start_time_seconds When this server process started (Unix time).",
            "# TYPE subei_start_time_seconds gauge",
            f"subei_start_time_seconds {self.started:.3f}",
            "# HELP subei_requests_total HTTP requests by method, route and status.",
            "# TYPE subei_requests_total counter",
        ]
        with self.lock:
            for (method, route, status), n in sorted(self.requests.items()):
                out.append(f'subei_requests_total{{method="{method}",route="{route}",'
                           f'status="{status}"}} {n}')  # fmt: skip
            out += ["# HELP subei_request_errors_total Requests answered with a server error (5xx).",
                    "# TYPE subei_request_errors_total counter"]  # fmt: skip
            for route, n in sorted(self.errors.items()):
                out.append(f'subei_request_errors_total{{route="{route}"}} {n}')
            out += ["# HELP subei_request_seconds_total Time spent answering, by route.",
                    "# TYPE subei_request_seconds_total counter"]  # fmt: skip
            for route, s in sorted(self.seconds.items()):
                out.append(f'subei_request_seconds_total{{route="{route}"}} {s:.6f}')
            out += ["# HELP subei_sync_seconds Sync round trip time on the server.",
                    "# TYPE subei_sync_seconds histogram"]  # fmt: skip
            for bound, n in zip(BUCKETS, self.sync_buckets, strict=True):  # cumulative already
                out.append(f'subei_sync_seconds_bucket{{le="{bound}"}} {n}')
            out.append(f'subei_sync_seconds_bucket{{le="+Inf"}} {self.sync_count}')
            out.append(f"subei_sync_seconds_sum {self.sync_sum:.6f}")
            out.append(f"subei_sync_seconds_count {self.sync_count}")
        return "\n".join(out) + "\n"


def _route(app: FastAPI, path: str) -> str:
    """Return the route template a path belongs to (ids never become label values)."""
    if path.startswith("/v1/blobs/") and path != "/v1/blobs/missing":
        return "/v1/blobs/{sha256}"
    known = {getattr(r, "path", "") for r in app.routes}
    return path if path in known else "other"


def _is_admin(db: Database, header: str) -> bool:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return False
    try:
        name, _, password = base64.b64decode(value, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return False
    return bool(name) and check_admin(db, name, password)


class _Counting:
    """ASGI middleware: times every HTTP request and counts it by route and status."""

    def __init__(self, app: Any, metrics: Metrics, route_of: Callable[[str], str]) -> None:
        self.app, self.metrics, self.route_of = app, metrics, route_of

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = [500]  # an exception before the answer started is a server error

        async def send_status(message: Any) -> None:
            if message["type"] == "http.response.start":
                status[0] = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            self.metrics.observe(scope["method"], self.route_of(scope["path"]), status[0],
                                 time.perf_counter() - started)  # fmt: skip


def install_metrics(app: FastAPI, db: Database) -> Metrics:
    """Count every request of app and serve the counters at /metrics; return the counters."""
    metrics = Metrics()
    app.state.metrics = metrics
    app.add_middleware(_Counting, metrics=metrics, route_of=lambda path: _route(app, path))

    @app.get(METRICS_PATH, response_class=PlainTextResponse, include_in_schema=False)
    def metrics_endpoint(request: Request) -> PlainTextResponse:
        if not _is_admin(db, request.headers.get("authorization", "")):
            return PlainTextResponse('{"code":"admin_required"}', status_code=401,
                                     media_type="application/json",
                                     headers={"WWW-Authenticate": 'Basic realm="subei"'})  # fmt: skip
        return PlainTextResponse(metrics.render(), media_type="text/plain; version=0.0.4")

    return metrics
