"""The FastAPI application: enrolment, signed sync, health and the OpenAPI description."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI, Request, Response
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from ..protocol import frames
from ..protocol.blobs import MAX_CHUNK, MISSING_PATH, BlobAnswer, BlobQuery
from ..protocol.ranges import RANGES_PATH
from ..protocol.rebase import REBASE_PATH, RebaseRequest, SignedCheckpoint
from ..protocol.wire import EnrolRequest, EnrolResponse, ErrorBody
from . import migrations
from .blobs import BlobService
from .compat import install_version_gate
from .database import Database
from .intake import (
    BODY_BUDGET,
    DECODE_BUDGET,
    RETRY_AFTER_S,
    Budget,
    Refusal,
    decode_reservation,
    header_refusal,
    length_refusal,
    read_body,
    signature_refusal,
)
from .metrics import install_metrics
from .reference import install_reference_route
from .service import ENROL_PATH, SYNC_PATH, Reply, SyncService, error

MAX_BODY = frames.MAX_FRAME_BYTES
MAX_ENROL_BODY = 4096

# What signed_frame answers before the handler runs (see intake.py), and the handler's 401/422.
INTAKE_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 411, 413, 422, 503)
}
FrameHandler = Callable[[str, str, dict[str, str], bytes], Reply]
# The schema names the only blob names accepted, so a fuzzer's "valid" name is really valid.
BlobName = Annotated[str, PathParam(pattern="^[0-9a-f]{64}$")]


def body_schema(model: type[BaseModel]) -> dict[str, Any]:
    """Return a model's JSON schema with its $defs inlined.

    Embedded in openapi_extra, pydantic's "#/$defs/..." references would point at the root of
    the OpenAPI document, where nothing is: clients and fuzzers could not resolve them.
    """
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return inline(defs[ref.removeprefix("#/$defs/")])
            return {key: inline(value) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(item) for item in node]
        return node

    return dict(inline(schema))


async def _read_capped(request: Request, cap: int) -> bytes | None:
    """Return the body, or None as soon as it grows past cap (nothing more is buffered)."""
    declared = request.headers.get("content-length")
    if declared and (not declared.isdigit() or int(declared) > cap):
        return None
    return await read_body(request, cap)


def _refused(refusal: Refusal) -> Response:
    reply = error(refusal.status, refusal.code, **(refusal.extra or {}))
    headers = {"Retry-After": str(RETRY_AFTER_S)} if refusal.status == 503 else {}
    return Response(reply.body, status_code=reply.status, media_type=reply.content_type,
                    headers=headers or None)  # fmt: skip


def _response(reply: Reply) -> Response:
    return Response(reply.body, status_code=reply.status, media_type=reply.content_type,
                    headers=reply.headers or None)  # fmt: skip


def create_app(
    db: Database, *, rate: float = 50.0, burst: int = 200, blob_dir: Path | None = None,
    signer: Ed25519PrivateKey | None = None,
) -> FastAPI:  # fmt: skip
    """Return the county server app over a database (migrated here); blobs under blob_dir.

    With `signer` (the server's Ed25519 key) sync answers carry the signed county notice.
    """
    migrations.migrate(db)
    service = SyncService(db, rate=rate, burst=burst, signer=signer)
    app = FastAPI(title="Subei county sync server", version="1")
    app.state.service = service
    install_version_gate(app)  # laptops too old for this server: update_needed (426)
    install_metrics(app, db)  # request counts, sync latency, errors at /metrics
    install_reference_route(app, db)  # signed reference-data updates for laptops
    blobs = BlobService(db, blob_dir) if blob_dir is not None else None
    app.state.blobs = blobs
    bodies, decoded = Budget(BODY_BUDGET), Budget(DECODE_BUDGET)  # all requests together
    busy = Refusal(503, "server_busy")

    async def signed_frame(request: Request, cap: int, handler: FrameHandler) -> Response:
        """Check what intake.py lists, in its order, then let handler answer the frame."""
        headers = {k.lower(): v for k, v in request.headers.items()}
        early = length_refusal(headers, cap) or await run_in_threadpool(header_refusal, db, headers)
        if early is not None:
            return _refused(early)
        # twice the length: the chunks read and their joined copy live together for a moment
        with bodies.held(2 * int(headers["content-length"])) as room:
            if not room:
                return _refused(busy)
            body = await read_body(request, cap)
            if body is None:  # longer than declared, or the client went away
                return _refused(Refusal(413, "body_too_large", {"limit": cap}))
            forged = await run_in_threadpool(
                signature_refusal, db, request.method, request.url.path, headers, body
            )
            if forged is not None:
                return _refused(forged)
            size = decode_reservation(body)
            if isinstance(size, Refusal):
                return _refused(size)
            with decoded.held(size) as room:
                if not room:
                    return _refused(busy)
                return _response(await run_in_threadpool(
                    handler, request.method, request.url.path, headers, body
                ))  # fmt: skip

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
            "schema": body_schema(EnrolRequest)}}}},
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
            **INTAKE_ERRORS, 409: {"model": ErrorBody}, 429: {"model": ErrorBody},
        },
        openapi_extra={"requestBody": {"required": True, "content": {frames.CONTENT_TYPE: {
            "schema": {"type": "string", "format": "binary"}}}}},
    )  # fmt: skip
    async def sync(request: Request) -> Response:
        """Push outbox changes and pull changes since the cursors, in one signed round trip."""
        return await signed_frame(request, MAX_BODY, service.handle_sync)

    @app.post(
        REBASE_PATH, response_model=SignedCheckpoint,
        responses={401: {"model": ErrorBody}, 409: {"model": ErrorBody}, 413: {"model": ErrorBody},
                   422: {"model": ErrorBody}, 429: {"model": ErrorBody}},
        openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
            "schema": body_schema(RebaseRequest)}}}},
    )  # fmt: skip
    async def rebase(request: Request) -> Response:
        """Re-base a laptop put back to an older state: answer with a signed checkpoint."""
        body = await _read_capped(request, 4096)
        if body is None:
            return _response(error(413, "body_too_large"))
        headers = {k.lower(): v for k, v in request.headers.items()}
        return _response(await run_in_threadpool(
            service.handle_rebase, request.method, request.url.path, headers, body
        ))  # fmt: skip

    blob_errors: dict[int | str, dict[str, Any]] = {401: {"model": ErrorBody}, 403: {"model": ErrorBody},
                   413: {"model": ErrorBody}, 422: {"model": ErrorBody},
                   429: {"model": ErrorBody}, 503: {"model": ErrorBody}}  # fmt: skip

    @app.post(
        MISSING_PATH, response_model=BlobAnswer, responses=blob_errors,
        openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
            "schema": body_schema(BlobQuery)}}}},
    )  # fmt: skip
    async def blobs_missing(request: Request) -> Response:
        """Say which of the named attachment blobs the server lacks, with upload offsets."""
        if blobs is None:
            return _response(error(503, "blobs_unavailable"))
        body = await _read_capped(request, 64 * 1024)
        if body is None:
            return _response(error(413, "body_too_large"))
        headers = {k.lower(): v for k, v in request.headers.items()}
        return _response(await run_in_threadpool(
            blobs.handle_missing, request.method, request.url.path, headers, body
        ))  # fmt: skip

    @app.api_route(MISSING_PATH, methods=["GET", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    async def blobs_missing_other(request: Request) -> Response:
        """Answer 405 for other methods on /v1/blobs/missing.

        Without this route, PATCH and GET would fall through to /v1/blobs/{sha256} and fail
        its name pattern with 422, which says the request was malformed, not misdirected.
        """
        reply = error(405, "method_not_allowed")
        return Response(reply.body, status_code=405, media_type=reply.content_type,
                        headers={"Allow": "POST"})  # fmt: skip

    @app.patch(
        "/v1/blobs/{sha256}", responses={409: {"model": ErrorBody}, **blob_errors},
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/offset+octet-stream": {"schema": {"type": "string", "format": "binary"}}}}},
    )  # fmt: skip
    async def blob_upload(sha256: BlobName, request: Request) -> Response:
        """Append one chunk (Upload-Offset, Upload-Length, X-Chunk-Sha256) to an upload."""
        if blobs is None:
            return _response(error(503, "blobs_unavailable"))
        if not _is_sha256(sha256):
            return _response(error(422, "bad_blob_name"))
        body = await _read_capped(request, MAX_CHUNK)
        if body is None:
            return _response(error(413, "chunk_too_large", limit=MAX_CHUNK))
        headers = {k.lower(): v for k, v in request.headers.items()}
        return _response(await run_in_threadpool(
            blobs.handle_upload, request.method, request.url.path, headers, body, sha256
        ))  # fmt: skip

    @app.get(
        "/v1/blobs/{sha256}",
        responses={206: {"content": {"application/octet-stream": {}}}, 404: {"model": ErrorBody},
                   416: {"model": ErrorBody}, **blob_errors},
    )  # fmt: skip
    async def blob_download(sha256: BlobName, request: Request) -> Response:
        """Return an attachment blob, or the byte range named by a Range header."""
        if blobs is None:
            return _response(error(503, "blobs_unavailable"))
        if not _is_sha256(sha256):
            return _response(error(422, "bad_blob_name"))
        headers = {k.lower(): v for k, v in request.headers.items()}
        return _response(await run_in_threadpool(
            blobs.handle_download, request.method, request.url.path, headers, sha256
        ))  # fmt: skip

    @app.post(
        RANGES_PATH,
        responses={
            200: {"content": {frames.CONTENT_TYPE: {}}, "description": "RangeResponse frame"},
            **INTAKE_ERRORS, 403: {"model": ErrorBody}, 429: {"model": ErrorBody},
        },
        openapi_extra={"requestBody": {"required": True, "content": {frames.CONTENT_TYPE: {
            "schema": {"type": "string", "format": "binary"}}}}},
    )  # fmt: skip
    async def checksum_ranges(request: Request) -> Response:
        """Checksums of record-id ranges of the device's scopes, and the records of small ones."""
        return await signed_frame(request, 256 * 1024, service.handle_ranges)

    return app


def _is_sha256(name: str) -> bool:
    return len(name) == 64 and all(c in "0123456789abcdef" for c in name)
