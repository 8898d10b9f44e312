"""Core of the Subei mobile public-service app: domain, storage, search. No Qt, no HTTP."""

__version__ = "0.1.0"
