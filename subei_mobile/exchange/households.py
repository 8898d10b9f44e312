"""Import and export the household register, one row per person."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import Issue
from ..models import Household, Person
from ..resident_id import normalize_id_number, normalize_phone
from ..store import Store, Transaction
from ..store.search_index import id_term
from ..store.validation import issues_from
from .codesets import export_codes, resolve
from .dates import parse_date_text
from .importer import ImportKind, place_codes, place_names
from .sheets import SheetRow, write_rows

COLUMNS = (
    "household_code", "name_zh", "name_mn", "name_latin", "relation", "sex", "birth_date",
    "ethnicity", "id_number", "phone", "party_member", "township", "village", "grid",
)  # fmt: skip
ALIASES = {
    "户编号": "household_code", "户号": "household_code", "户代码": "household_code",
    "姓名": "name_zh", "汉文姓名": "name_zh", "中文姓名": "name_zh",
    "蒙古文姓名": "name_mn", "蒙文姓名": "name_mn", "拉丁转写": "name_latin",
    "与户主关系": "relation", "关系": "relation", "性别": "sex", "出生日期": "birth_date",
    "民族": "ethnicity", "身份证号": "id_number", "身份证号码": "id_number",
    "公民身份号码": "id_number", "电话": "phone", "联系电话": "phone", "手机号": "phone",
    "党员": "party_member", "是否党员": "party_member", "乡镇": "township", "镇": "township",
    "村": "village", "村（社区）": "village", "村社区": "village", "网格": "grid",
}  # fmt: skip
_TRUE = {"1", "true", "yes", "y", "是", "党员", "中共党员"}
_FALSE = {"", "0", "false", "no", "n", "否", "群众"}
PHONE_CHARS = re.compile(r"[0-9 +\-()（）]+")


@dataclass
class PersonRow:
    """A checked row: the household it belongs to and the person's values."""

    household: dict[str, Any]
    person: dict[str, Any]


def plan_row(store: Store, row: SheetRow) -> tuple[list[Issue], PersonRow | None]:
    """Check one row; return its issues or the planned write."""
    v = row.values
    issues, codes = place_codes(v)
    sex, sex_issues = coded_value("sex", v.get("sex", ""))
    relation, relation_issues = coded_value("relation", v.get("relation", ""), sex)
    ethnicity, ethnicity_issues = coded_value("ethnicity", v.get("ethnicity", ""))
    issues += sex_issues + relation_issues + ethnicity_issues
    birth = parse_date_text(v.get("birth_date", ""))
    if birth is None:
        issues.append(Issue("date_format", "birth_date"))
    phone, phone_issues = phone_cell(v.get("phone", ""))
    issues += phone_issues
    name_mn = v.get("name_mn", "")
    if "?" in name_mn or "\ufffd" in name_mn:
        # What Excel's GBK "CSV" save leaves of Mongolian: the name is already lost.
        issues.append(Issue("name_mn.lost_characters", "name_mn"))
    person: dict[str, Any] = {
        "household_id": "0" * 36,
        "name_zh": v.get("name_zh", ""),
        "name_mn": name_mn,
        "name_latin": v.get("name_latin", ""),
        "relation": relation or "other",
        "sex": sex,
        "birth_date": birth or None,
        "ethnicity": ethnicity,
        "id_number": normalize_id_number(v.get("id_number", "")),
        "phone": phone,
    }
    party = v.get("party_member", "").strip().lower()
    if party not in _TRUE | _FALSE:
        issues.append(Issue("party_member.format", "party_member"))
    person["party_member"] = party in _TRUE
    household = {"code": v.get("household_code", "").strip(), **codes}
    try:
        Person.model_validate(person)
    except ValidationError as exc:
        issues.extend(issues_from(exc))
    if not household["code"]:
        issues.append(Issue("household_code.required", "household_code"))
    else:
        try:  # codes, not the placeholder township, are what is checked here
            Household.model_validate({**household, "township_code": "0" * 9})
        except ValidationError as exc:
            issues.extend(i for i in issues_from(exc) if i.field == "code")
    if [i for i in issues if not i.warning]:
        return issues, None
    return issues, PersonRow(household, person)


def coded_value(column: str, text: str, sex: str = "") -> tuple[str, list[Issue]]:
    """Return the app code of a relation, sex or ethnicity cell (national codes, names and
    synonyms understood) and its issues: an error when unknown, a warning when generalised."""
    resolved = resolve(column, text)
    if resolved is None:
        return "", [Issue(f"{column}.unknown", column)]
    if resolved.needs_sex:  # 子女: son or daughter, from the row's own sex column
        if sex not in ("male", "female"):
            return "", [Issue(f"{column}.needs_sex", column)]
        return resolved.needs_sex[sex == "female"], []
    if resolved.generalised:
        return resolved.code, [Issue(f"{column}.generalised", column, warning=True)]
    return resolved.code, []


def phone_cell(text: str) -> tuple[str, list[Issue]]:
    """Return a phone cell as stored, refusing what would be changed or emptied unseen.

    Digits, spaces, + - ( ) are a phone number as written; anything else (`abc`, `=1+1`) is
    not, and storing its digits, or nothing, would silently change what the register says.
    """
    text = text.strip()
    if not text:
        return "", []
    if not PHONE_CHARS.fullmatch(text) or not normalize_phone(text):
        return "", [Issue("phone.not_a_number", "phone")]
    return text, []


def row_key(plan: PersonRow) -> tuple[str, str]:
    """Return what identifies a person within an import: household code and ID (or name)."""
    p = plan.person
    return plan.household["code"], p["id_number"] or "name:" + (p["name_zh"] or p["name_mn"])


def apply(store: Store, tx: Transaction, plan: PersonRow) -> str:
    """Write one planned row; return 'new', 'updated' or 'unchanged'."""
    # The rows of a household's other members usually repeat its values: write them once.
    written: dict[str, tuple[str, dict[str, Any]]] = tx.memo.setdefault("households", {})
    code = plan.household["code"]
    hid, values = written.get(code) or (find_household(store, code), {})
    if hid is None:
        hid = tx.insert(Household.model_validate(plan.household))
    elif values != plan.household:
        tx.update("households", hid, plan.household)
    written[code] = (hid, plan.household)
    person = dict(plan.person, household_id=hid)
    existing = find_person(store, hid, person)
    if existing is None:
        tx.insert(Person.model_validate(person))
        return "new"
    return "updated" if tx.update("persons", existing, person) else "unchanged"


def find_household(store: Store, code: str) -> str | None:
    """Return the id of the living household with this code."""
    row = store.conn.execute(
        "SELECT id FROM households WHERE code = ? AND _deleted = 0", (code,)
    ).fetchone()
    return str(row[0]) if row else None


def find_person(store: Store, household_id: str, person: dict[str, Any]) -> str | None:
    """Return the person this row describes: same ID number, or same name where no ID."""
    if person["id_number"]:
        # Through the ID search key: a keyed blind index once the store is encrypted.
        sql = (
            "SELECT p.id FROM search_terms t JOIN persons p ON p.id = t.person_id "
            "WHERE t.kind = 'id' AND t.term = ? AND p.household_id = ? AND p._deleted = 0"
        )
        term = id_term(person["id_number"], store.codec)
        row = store.conn.execute(sql, (term, household_id)).fetchone()
        if row:
            return str(row[0])
    name_col = "name_zh" if person["name_zh"] else "name_mn"
    row = store.conn.execute(
        f"SELECT id FROM persons WHERE household_id = ? AND {name_col} = ? AND _deleted = 0 "
        "AND (COALESCE(id_number, '') = '' OR ? = '')",
        (household_id, person[name_col], person["id_number"]),
    ).fetchone()
    return str(row[0]) if row else None


HOUSEHOLDS = ImportKind(ALIASES, ("household_code", "township"), plan_row, row_key, apply,
                        one_of=("name_zh", "name_mn"), columns=COLUMNS)  # fmt: skip


def export_households(store: Store, path: Path, codes: str = "names") -> int:
    """Write the register in the import format (round-trips byte-exact); return row count.

    codes="gb" writes national codes instead of names: GB/T 4761 relation, GB/T 2261.1 sex,
    GB 3304 ethnicity and GB/T 2260 / statistical division codes for the places, as the civil
    affairs and household registration systems take them.
    """
    national = export_codes() if codes == "gb" else None
    sql = (
        "SELECT p.id, h.code, p.name_zh, p.name_mn, p.name_latin, p.relation, p.sex, p.birth_date, "
        "p.ethnicity, p.id_number, p.phone, p.party_member, h.township_code, h.village_code, "
        "h.grid_code FROM persons p JOIN households h ON h.id = p.household_id "
        "WHERE p._deleted = 0 AND h._deleted = 0 ORDER BY h.code, p.relation != 'head', p.id"
    )
    rows = []
    for r in store.conn.execute(sql):
        opened = store.codec.open_values("persons", r[0], {"id_number": r[9], "phone": r[10]})
        values = ["" if v is None else v for v in (*r[1:9], *opened.values(), *r[11:])]
        values[10] = "1" if values[10] else "0"
        if national is None:
            values[11:14] = place_names(*values[11:14])
        else:
            for i, column in ((4, "relation"), (5, "sex"), (7, "ethnicity")):
                values[i] = national[column].get(values[i], values[i])
        rows.append(values)
    return write_rows(path, COLUMNS, rows)
