"""Who may do what: one permission table by role, and the scope filters lists use.

Roles are enforced by the app, not by cryptography: every user of a laptop unwraps the same
data key, because switching user must never hide or delete anyone's unsynced work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..errors import AuthError

Role = Literal["field-staff", "grid-worker", "township-office"]
ROLES: tuple[Role, ...] = ("field-staff", "grid-worker", "township-office")
ALL: frozenset[Role] = frozenset(ROLES)
STAFF: frozenset[Role] = frozenset({"field-staff", "township-office"})

# The one table of permissions; the UI greys out, the core refuses.
PERMISSIONS: dict[str, frozenset[Role]] = {
    "records.edit": ALL,
    "records.open": ALL,  # show a record's ID number and phone unmasked
    "mediations.view_all_grids": STAFF,
    "conflicts.resolve": frozenset({"township-office"}),
    "refused.settle": frozenset({"township-office"}),  # reassign or discard refused sync work
    "users.manage": STAFF,
    "data.export": STAFF,
    "data.import": STAFF,
    "audit.verify": frozenset({"township-office"}),
}


@dataclass(frozen=True)
class Account:
    """A user of the laptop: name, role and the township/grid they work in."""

    name: str
    role: Role
    township: str = ""
    grid: str = ""


# The unencrypted development store has no users; it acts as an unrestricted office.
DEVELOPER = Account("local", "township-office")


def allowed(account: Account, action: str) -> bool:
    """Return True when the account's role grants an action."""
    return account.role in PERMISSIONS[action]


def require(account: Account, action: str) -> None:
    """Raise auth.forbidden unless the account's role grants an action."""
    if not allowed(account, action):
        raise AuthError("auth.forbidden", action=action)


def check_role(role: str, township: str, grid: str) -> Role:
    """Return a valid role, refusing unknown roles and grid workers without a grid."""
    if role not in ROLES:
        raise AuthError("user.role_unknown")
    if role == "grid-worker" and not (township and grid):
        raise AuthError("user.scope_required")
    if role == "township-office" and not township:
        raise AuthError("user.scope_required")
    return role


def mediation_filter(account: Account, alias: str = "") -> tuple[str, list[str]]:
    """Return a SQL condition and parameters limiting mediation cases to what the user sees."""
    col = f"{alias}." if alias else ""
    if account.role == "grid-worker":
        return f"({col}township_code = ? AND {col}grid_code = ?)", [account.township, account.grid]
    if account.role == "township-office" and account.township:
        return f"({col}township_code = ?)", [account.township]
    return "1 = 1", []


def may_see_case(account: Account, township_code: str, grid_code: str) -> bool:
    """Return True when the user may open a mediation case at this place."""
    if account.role == "grid-worker":
        return (township_code, grid_code) == (account.township, account.grid)
    if account.role == "township-office" and account.township:
        return township_code == account.township
    return True
