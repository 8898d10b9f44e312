"""Domain records of the mobile service centre, validated with pydantic v2."""

from .activity import (
    ACTIVITY_KINDS,
    Activity,
    ActivityParticipant,
    SupplyItem,
)
from .attachment import Attachment
from .common import BilingualText, Coordinates, Record
from .household import Household, Pasture, Person
from .mediation import (
    MediationAgreement,
    MediationCase,
    MediationFollowUp,
    MediationParty,
    MediationSession,
    MediationSignature,
)
from .place import Place
from .service import MaterialCheck, Service, ServiceMaterial, ServiceRequest, StatusChange

__all__ = [
    "ACTIVITY_KINDS",
    "Activity",
    "ActivityParticipant",
    "Attachment",
    "BilingualText",
    "Coordinates",
    "Household",
    "MaterialCheck",
    "MediationAgreement",
    "MediationCase",
    "MediationFollowUp",
    "MediationParty",
    "MediationSession",
    "MediationSignature",
    "Pasture",
    "Person",
    "Place",
    "Record",
    "Service",
    "ServiceMaterial",
    "ServiceRequest",
    "StatusChange",
    "SupplyItem",
]
