"""Taking a service request in the field and moving it through its statuses."""

from __future__ import annotations

import datetime as dt

from .catalogue import service_by_code
from .errors import Issue, ValidationFailed
from .models import MaterialCheck, ServiceRequest, StatusChange
from .models.service import REQUEST_FLOW
from .store import Store


def open_request(store: Store, request: ServiceRequest, place: str = "") -> str:
    """Save a new request with its checklist from the catalogue and its first history entry."""
    service = service_by_code(request.service_code)
    if service is None:
        raise ValidationFailed([Issue("service.unknown", "service_code")])
    known = {m.code for m in request.materials}
    checklist = list(request.materials) + [
        MaterialCheck(code=m.code) for m in service.materials if m.code not in known
    ]
    request = request.model_copy(update={"materials": checklist, "status": "received"})
    with store.transaction() as tx:
        tx.insert(request)
        tx.insert(
            StatusChange(
                request_id=request.id, to_status="received", at=request.received_at,
                by_user=store.user_id, place=place or request.received_place,
            )
        )  # fmt: skip
    return request.id


def set_material(store: Store, request_id: str, code: str, present: bool) -> None:
    """Tick or untick one material on the checklist."""
    with store.transaction() as tx:
        request = store.load(ServiceRequest, request_id)
        materials = [
            m.model_copy(update={"present": present}) if m.code == code else m
            for m in request.materials
        ]
        if all(m.code != code for m in materials):
            raise ValidationFailed([Issue("material.unknown", "materials")])
        tx.update("service_requests", request_id, {"materials": materials})


def missing_materials(request: ServiceRequest) -> list[str]:
    """Return the codes of required materials not yet seen."""
    service = service_by_code(request.service_code)
    required = {m.code for m in service.materials if m.required} if service else set()
    return [m.code for m in request.materials if m.code in required and not m.present]


def advance(
    store: Store, request_id: str, to_status: str, *, place: str = "", note: str = "",
    at: dt.datetime | None = None,
) -> None:  # fmt: skip
    """Move a request to its next status and record who, when and where."""
    request = store.load(ServiceRequest, request_id)
    if to_status not in REQUEST_FLOW[request.status]:
        raise ValidationFailed(
            [Issue("status.transition", "status", {"from": request.status, "to": to_status})]
        )
    if to_status == "materials_complete" and missing_materials(request):
        raise ValidationFailed([Issue("materials.incomplete", "materials")])
    at = at or dt.datetime.now(dt.UTC)
    with store.transaction() as tx:
        tx.update("service_requests", request_id, {"status": to_status})
        tx.insert(
            StatusChange(
                request_id=request_id, from_status=request.status, to_status=to_status,
                at=at, by_user=store.user_id, place=place, note=note,
            )
        )  # fmt: skip


def history(store: Store, request_id: str) -> list[StatusChange]:
    """Return a request's status history, oldest first."""
    rows = store.conn.execute(
        "SELECT id FROM service_request_events WHERE request_id = ? ORDER BY at, id",
        (request_id,),
    ).fetchall()
    return [store.load(StatusChange, r[0]) for r in rows]
