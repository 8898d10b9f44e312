"""The FastAPI application: enrolment, signed sync, health and the OpenAPI description."""

from __future__ import annotations

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from ..protocol import frames
from ..protocol.wire import EnrolRequest, EnrolResponse, ErrorBody
from . import migrations
from .database import Database
from .service import ENROL_PATH, SYNC_PATH, Reply, SyncService, error

MAX_BODY = frames.MAX_FRAME_BYTES
MAX_ENROL_BODY = 4096


async def _read_capped(request: Request, cap: int) -> bytes | None:
    """Return the body, or None as soon as it grows past cap (nothing more is buffered)."""
    declared = request.headers.get("content-length")
    if declared and (not declared.isdigit() or int(declared) > cap):
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _response(reply: Reply) -> Response:
    return Response(reply.body, status_code=reply.status, media_type=reply.content_type)


def create_app(db: Database, *, rate: float = 50.0, burst: int = 200) -> FastAPI:
    """Return the county server app over a database (migrated here)."""
    migrations.migrate(db)
    service = SyncService(db, rate=rate, burst=burst)
    app = FastAPI(title="Subei county sync server", version="1")
    app.state.service = service

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"code": "bad_request", "errors": len(exc.errors())}, status_code=422)

    @app.get("/health")
    def health() -> dict[str, object]:
        """Report that the server and its database answer."""
        with db.transaction() as tx:
            head = int(tx.execute("SELECT value FROM seq_counter WHERE id = 1")[0][0])
        return {"status": "ok", "schema": migrations.LATEST, "head": head, "db": db.dialect}

    @app.post(
        ENROL_PATH,
        response_model=EnrolResponse,
        responses={401: {"model": ErrorBody}, 413: {"model": ErrorBody}, 422: {"model": ErrorBody}},
        openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
            "schema": EnrolRequest.model_json_schema()}}}},
    )  # fmt: skip
    async def enrol(request: Request) -> Response:
        """Register a laptop's Ed25519 public key with its one-time enrolment code."""
        body = await _read_capped(request, MAX_ENROL_BODY)
        if body is None:
            return _response(error(413, "body_too_large"))
        return _response(await run_in_threadpool(service.handle_enrol, body))

    @app.post(
        SYNC_PATH,
        responses={
            200: {"content": {frames.CONTENT_TYPE: {}}, "description": "SyncResponse frame"},
            401: {"model": ErrorBody}, 409: {"model": ErrorBody}, 413: {"model": ErrorBody},
            422: {"model": ErrorBody}, 429: {"model": ErrorBody},
        },
        openapi_extra={"requestBody": {"required": True, "content": {frames.CONTENT_TYPE: {
            "schema": {"type": "string", "format": "binary"}}}}},
    )  # fmt: skip
    async def sync(request: Request) -> Response:
        """Push outbox changes and pull changes since the cursors, in one signed round trip."""
        body = await _read_capped(request, MAX_BODY)
        if body is None:
            return _response(error(413, "body_too_large", limit=MAX_BODY))
        headers = {k.lower(): v for k, v in request.headers.items()}
        reply = await run_in_threadpool(
            service.handle_sync, request.method, request.url.path, headers, body
        )
        return _response(reply)

    return app
