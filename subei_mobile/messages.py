"""Plain-text messages for the command line, by stable error code (the desktop uses Qt .ts)."""

from __future__ import annotations

import os

from .errors import Issue, SubeiError

# Chinese first: the people who run these commands at the township office read Chinese.
ZH: dict[str, str] = {
    "required": "必填项为空",
    "too_long": "内容过长",
    "format": "格式不正确",
    "unknown_value": "不是可选的值",
    "date_format": "日期无法识别（可写 1985-05-05、1985/5/5、19850505、1985年5月5日 或 Excel 日期）",
    "number_format": "不是数字",
    "out_of_range": "数值超出范围",
    "unknown_field": "未知字段",
    "id_number.format": "身份证号应为 18 位（最后一位可为 X）",
    "id_number.address_code": "身份证号的地址码不存在",
    "id_number.birth_date": "身份证号中的出生日期无效",
    "id_number.check_digit": "身份证号校验位不正确（可能有一位输错或两位颠倒）",
    "phone.format": "电话号码看起来不正确（仍可保存）",
    "name.required": "姓名至少填写汉文或蒙古文一种",
    "birth_date.range": "出生日期不在合理范围内",
    "birth_date.id_mismatch": "出生日期与身份证号不一致",
    "relation.unknown": "与户主关系不是可选的值",
    "text.private_use": "含有旧编码（如蒙科立私有区）字符，请转换为标准 Unicode 蒙古文后再输入",
    "text.legacy_converted": "已从旧编码（蒙科立）转换为标准 Unicode 蒙古文，保存前请核对",
    "text.leading_fvs": "文字不能以自由变体选择符（FVS）开头",
    "township.unknown": "乡镇名称或代码不存在",
    "village.unknown": "村（社区）名称或代码不存在",
    "village.not_in_township": "该村不属于所填乡镇",
    "grid.unknown": "网格不存在",
    "household_code.required": "户编号为空",
    "party_member.format": "党员一栏应填 是/否",
    "row.duplicate_person": "文件中同一人出现了两次",
    "file.unsupported_format": "只支持 .csv 和 .xlsx 文件",
    "file.not_found": "文件不存在",
    "file.empty": "文件为空",
    "file.not_utf8": "CSV 文件不是 UTF-8 编码",
    "file.unknown_encoding": "无法识别 CSV 文件的编码（支持 UTF-8、GBK/GB18030、带 BOM 的 UTF-16）；guess 为文件看起来像的编码，请另存为 CSV UTF-8 或 XLSX",
    "file.bad_bytes": "CSV 文件在 byte 处有该编码不允许的字节",
    "file.bad_csv": "CSV 格式错误（引号未闭合）",
    "file.too_big": "文件过大（上限见 limit_mb，单位 MB）",
    "file.too_big_unpacked": "XLSX 文件解压后过大或压缩比异常，已拒绝（可能是恶意文件）",
    "file.too_many_rows": "行数超过上限（limit）；请分成几个文件导入",
    "file.too_many_columns": "列数超过上限（limit）",
    "file.xlsx_dtd": "XLSX 内含 DTD/实体声明，已拒绝（可能是恶意文件）",
    "file.unknown_columns": "有无法识别的列（括号内为可能想写的列名）；请改正表头，或用 --ignore-column 列名 明确跳过",
    "file.duplicate_columns": "同一列出现了两次，无法确定用哪一列",
    "file.gbk_lost_mongolian": "提示：此文件是 GBK 编码（Excel“CSV”默认），蒙古文已变成“?”而丢失；请在 Excel 中另存为“CSV UTF-8”或直接导入 XLSX",
    "mapping.length": "列对应关系与文件的列数不一致",
    "mapping.duplicate": "两列对应到了同一个字段",
    "cell.too_long": "单元格内容过长（上限 limit 个字符）",
    "cell.unnamed_column": "没有表头的列中有内容",
    "row.too_many_cells": "该行的单元格比表头多",
    "row.duplicate": "文件中同一记录出现了两次",
    "text.control_char": "含有控制字符（如 NUL、ESC、换行），请删除",
    "text.bidi_control": "含有文字方向控制字符（如 U+202E），请删除",
    "text.invisible_char": "含有不可见字符（如零宽空格），请删除；蒙古文字段中的 ZWJ、ZWNJ、FVS、MVS、NNBSP 除外",
    "relation.needs_sex": "“子女”等关系需要性别一栏才能确定是儿子还是女儿",
    "sex.unknown": "性别不是可选的值（男/女，或 GB/T 2261.1 代码 1/2）",
    "ethnicity.unknown": "民族不是可选的值（民族名称或 GB 3304 代码）",
    "ethnicity.generalised": "该民族在本系统中记为“其他”",
    "phone.not_a_number": "电话一栏不是电话号码（只能有数字、空格、+ - 和括号）",
    "name_mn.lost_characters": "蒙古文姓名中有“?”或“�”：文字在保存文件时已丢失",
    "datetime_format": "时间无法识别（可写 2024-03-05 14:30、2024/3/5 或 Excel 日期）",
    "import.nothing_written": "没有写入任何数据；请改正上面各行，或用 --skip-bad 只导入正确的行",
    "import.reject_file_written": "被跳过的行（身份证号和电话已遮蔽，仅本人可读）已写入",
    "import.reject_file_failed": "上面列出的行已跳过，其余各行已保存；但被跳过行的文件未能写入",
    "import.encoding": "文件编码",
    "import.column_ignored": "已按要求跳过的列",
    "codeset.app": "本系统名称",
    "codeset.gbt4761": "GB/T 4761 家庭关系",
    "codeset.gbt2261": "GB/T 2261.1 性别",
    "codeset.gb3304": "GB 3304 民族",
    "codeset.gbt2260": "行政区划代码",
    "codeset.synonym": "常用说法",
    "codeset.by_sex": "按性别定为儿子/女儿",
    "reject_file.unwritable": "无法写入被跳过行的文件",
    "file.not_xlsx": "不是有效的 XLSX 文件",
    "file.missing_columns": "缺少必需的列",
    "file.too_many_cells": "某行的单元格比表头多",
    "schema_too_new": "数据库由更新版本的程序创建，请先升级程序",
    "store_corrupt": "数据库文件已损坏；请从最近的备份恢复（原文件不会被覆盖）",
    "disk_full": "磁盘空间已满，本次操作未保存；请腾出空间后重试",
    "store_read_only": "数据文件夹或数据库文件是只读的（权限或只读磁盘），无法保存；数据没有损坏，不要恢复备份。请改用可写的文件夹或修改权限",
    "store.demo": "这是演示数据：不能注册到县中心、同步或导出 USB 数据包。正式使用请用新的数据文件夹运行 setup",
    "demo.real_store": "这个数据文件夹已有真实数据、用途或已注册，不能放入演示数据；请用新的文件夹",
    "setup.password_required": "请通过 SUBEI_PASSWORD 或 --password-file 提供第一个用户的密码",
    "setup.passwords_differ": "两次输入的密码不一致",
    "setup.already_done": "这个数据文件夹已经设置过（或已有数据）；请用 --user 登录后操作",
    "county_key.unreadable": "县中心恢复公钥文件无法读取",
    "county_key.no_qr": "图片中找不到二维码",
    "county_key.qr_unavailable": "缺少二维码识别组件（zxing-cpp）；请改用公钥文件或粘贴公钥",
    "county_key.already_set": "服务器已有另一把县中心恢复公钥（key_id），不会替换",
    "status.transition": "当前状态不能直接转到该状态",
    "materials.incomplete": "必需材料尚未齐全",
    "record_immutable": "已签署的记录不可修改，只能添加补充协议",
    "cancelled": "已取消",
    "auth.required": "数据已加密：请用 --user 用户名登录，并通过 SUBEI_PASSWORD 或 --password-file 提供密码",
    "auth.failed": "用户名或密码不正确",
    "auth.locked_out": "密码错误次数过多，请稍后再试（retry_after 为需等待的秒数）",
    "auth.no_keys": "本机的密钥已被清除，数据无法读取；请联系县中心",
    "auth.forbidden": "当前用户的角色无权执行此操作",
    "refused.not_reassignable": "这类记录随其上级记录归属网格，不能单独改派；请放弃后在正确的记录下重新录入",
    "conflict.device_role": "本机登记的角色不是乡镇办，县服务器不会接受这里的冲突裁决；请由乡镇办的电脑处理",
    "auth.weak_password": "密码太短",
    "auth.weak_kdf": "密码派生参数低于安全下限",
    "user.exists": "该用户已存在",
    "user.unknown": "没有这个用户",
    "user.role_unknown": "角色不存在（field-staff / grid-worker / township-office）",
    "user.scope_required": "网格员需填写乡镇和网格，乡镇办需填写乡镇",
    "store.already_encrypted": "数据已加密；添加用户请先用 --user 登录",
    "enrol.needs_user": "本机还没有用户、数据未加密，不能注册：请先创建第一个用户（首次设置，或 subei-mobile user add --county-key），再用 --user 登录后注册",
    "enrol.needs_county_key": "本机没有县中心恢复密钥，不能注册：丢失电脑时县中心将无法找回未同步的工作",
    "secret.unreadable": "本机的设备密钥文件已损坏或被替换；请联系县中心重新注册这台电脑",
    "county_key.required": "第一个用户需要县中心恢复公钥（--county-key）",
    "county_key.invalid": "县中心恢复公钥无效",
    "keyslots.damaged": "密钥文件 keyslots.json 已损坏",
    "field.unreadable": "加密字段无法解密（数据可能被篡改）",
    "attachment.corrupt": "附件文件已损坏",
    "backup.not_encrypted": "数据未加密，不能备份（先添加用户以启用加密，U盘丢失也不泄露数据）",
    "backup.target_missing": "备份目标文件夹不存在（U盘是否已插好？）",
    "backup.verify_failed": "备份写入后校验失败（U盘可能有问题）；请换一个U盘重试",
    "backup.not_a_backup": "这不是草原流动服务的备份文件",
    "backup.unsupported_version": "备份文件由更新版本的程序创建，请先升级程序",
    "backup.damaged": "备份文件已损坏或不完整，无法恢复；现有数据未改动",
    "sync.rebased": "本机数据落后于县服务器（从备份或复制的文件夹恢复过）：已按服务器签名的检查点重新对齐；"
    "{resent} 条尚未上传的修改已用从 {first} 开始的新编号发送，本机之前的工作已从服务器取回；没有丢失任何内容",
    "recovery.not_enrolled": "该备份来自未注册的笔记本，无法归属到设备",
    "recovery.unknown_device": "服务器上没有该备份所属的设备",
    "restore.would_overwrite": "本机已有数据；确认替换请加 --yes（原数据会另存，不会删除）",
    "signature.image_invalid": "签名图像无效（应为 PNG）",
    "signature.image_missing": "签名图像文件不存在",
}
EN: dict[str, str] = {
    "refused.not_reassignable": "这类记录随其上级记录归属网格，不能单独改派；请放弃后在正确的记录下重新录入",
    "conflict.device_role": "This laptop is not enrolled as a township office, so the county "
    "server would refuse this resolution; resolve it on a township-office laptop.",
    "sync.rebased": "this laptop was behind the county server (put back from a backup or a copied"
    " folder): re-based on the server's signed checkpoint; {resent} changes not yet on the server"
    " were sent under new numbers from {first}, and this laptop's earlier work was fetched back;"
    " nothing was lost",
    "backup.damaged": "The backup file is damaged or incomplete; nothing was changed.",
    "restore.would_overwrite": "This laptop already has data; add --yes to replace it (kept aside).",
    "disk_full": "The disk is full; nothing was saved. Free some space and try again.",
    "store_read_only": "The data folder or database file is read-only (permissions or a read-only disk); nothing is damaged, do not restore a backup. Use a writable folder or fix the permissions.",
    "store.demo": "This is a demo store: it cannot enrol, sync or write USB bundles. Run setup on a new data folder for real work.",
    "id_number.check_digit": "ID number check digit is wrong (a digit mistyped or two swapped)",
    "file.unsupported_format": "only .csv and .xlsx files are supported",
    "import.nothing_written": "nothing was written (fix the rows above, or use --skip-bad)",
    "import.reject_file_written": "skipped rows (ID numbers and phones masked, owner-only) written to",
    "import.reject_file_failed": "the rows above were skipped and every other row was saved, "
    "but the file listing the skipped rows could not be written",
    "import.encoding": "encoding read",
    "import.column_ignored": "column left out as asked",
}


def _lang() -> str:
    lang = os.environ.get("SUBEI_LANG") or os.environ.get("LANG", "zh_CN")
    return "en" if lang.startswith(("en", "C")) and not lang.startswith("zh") else "zh"


def text_for(code: str) -> str:
    """Return the message for a code, falling back to the code itself."""
    table = EN if _lang() == "en" else ZH
    return table.get(code) or ZH.get(code) or code


def describe_issue(issue: Issue) -> str:
    """Return 'field: message' for one issue."""
    return (
        f"{issue.field}: {text_for(issue.code)} [{issue.code}]"
        if issue.field
        else text_for(issue.code)
    )


def describe_error(exc: SubeiError) -> str:
    """Return a one-line message for an error (never containing personal data)."""
    extra = ", ".join(f"{k}={v}" for k, v in sorted(exc.params.items()))
    return f"{text_for(exc.code)} [{exc.code}{': ' + extra if extra else ''}]"
