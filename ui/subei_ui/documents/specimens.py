"""Specimen records for the documented pages and the tests: a signed agreement, a classroom."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from subei_mobile import mediation
from subei_mobile.activities import record_activity
from subei_mobile.models import (
    Activity,
    ActivityParticipant,
    MediationAgreement,
    MediationCase,
    MediationParty,
    MediationSignature,
)
from subei_mobile.signatures import store_image
from subei_mobile.store import Store

AT = dt.datetime(2025, 7, 14, 3, 30, tzinfo=dt.UTC)  # 11:30 Beijing time, at the summer pasture


def signature_png(seed: int) -> bytes:
    """Return a PNG of a pen scribble, as the signature pad would save it."""
    image = QImage(360, 140, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#0b2a6f"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    path = QPainterPath(QPointF(20, 90))
    for i in range(1, 60):
        t = i / 59
        path.lineTo(20 + 320 * t, 70 + 35 * math.sin(t * (7 + seed) + seed) * math.cos(t * 3))
    painter.drawPath(path)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def signed_agreement(store: Store) -> str:
    """Record a pasture-boundary case with a signed bilingual agreement; return its id."""
    case = MediationCase(
        case_no="SB调2025-0142", category_code="grassland_boundary", township_code="620923200",
        place="石包城乡夏季牧场", reported_at=AT - dt.timedelta(days=3), reported_by="党员中心户",
        facts_zh="2025年7月，申请人与被申请人两户的夏季牧场相邻。被申请人的羊群多次越过原界桩，"
                 "在申请人草场放牧，双方因此发生争执。经党员中心户报告，流动服务中心会同乡司法所到现场调解。",
        facts_mn="ᠬᠣᠶᠠᠷ ᠥᠷᠬᠡ ᠶᠢᠨ ᠵᠤᠨ ᠤ ᠪᠡᠯᠴᠢᠭᠡᠷ ᠬᠥᠷᠢ ᠵᠡᠷᠭᠡᠯᠡᠳᠡᠭ᠃ ᠬᠣᠨᠢ ᠰᠦᠷᠦᠭ ᠬᠢᠯᠢ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭ ᠢ "
                 "ᠣᠯᠠᠨ ᠤᠳᠠᠭ᠎ᠠ ᠳᠠᠪᠠᠵᠤ ᠪᠡᠯᠴᠢᠭᠡᠷ ᠲᠦ ᠣᠷᠣᠭᠰᠠᠨ ᠲᠤᠯᠠ ᠮᠠᠷᠭᠠᠭᠠᠨ ᠭᠠᠷᠴᠠᠢ᠃",
        disputed_matters_zh="一、两户草场界线的位置；二、越界放牧造成的草场损失如何赔偿。",
        disputed_matters_mn="ᠨᠢᠭᠡ᠂ ᠪᠡᠯᠴᠢᠭᠡᠷ ᠦᠨ ᠬᠢᠯᠢ ᠶᠢᠨ ᠪᠠᠶᠢᠷᠢ᠃ ᠬᠣᠶᠠᠷ᠂ ᠬᠣᠬᠢᠷᠠᠯ ᠢ ᠬᠡᠷᠬᠢᠨ ᠨᠥᠬᠥᠨ ᠲᠥᠯᠥᠬᠦ᠃",
        responsibilities_zh="被申请人未看管好羊群，对越界放牧负主要责任；原界桩倒伏多年未修，双方均有疏忽。",
        responsibilities_mn="ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠭᠣᠣᠯ ᠬᠠᠷᠢᠭᠤᠴᠠᠯᠭ᠎ᠠ ᠢ ᠬᠦᠯᠢᠶᠡᠨ᠎ᠡ᠃ ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠬᠣᠶᠠᠭᠤᠯᠠ ᠪᠠᠨ ᠠᠩᠬᠠᠷᠤᠯ ᠦᠭᠡᠢ ᠪᠠᠢᠭᠰᠠᠨ᠃",
        mediators=["石包城乡人民调解委员会 调解员"], assistants=["乡司法所", "党员中心户"],
        committee="石包城乡人民调解委员会", status="mediating",
    )  # fmt: skip
    parties = [
        MediationParty(case_id=case.id, side="applicant", name_zh="巴特尔", name_mn="ᠪᠠᠭᠠᠲᠤᠷ",
                       sex="male", ethnicity="mongol", birth_date=dt.date(1971, 4, 2),
                       id_number="620923197104020032", phone="13909371234",
                       address="石包城乡鱼儿红村夏季牧场"),
        MediationParty(case_id=case.id, side="respondent", name_zh="李海", sex="male",
                       ethnicity="han", birth_date=dt.date(1968, 11, 20),
                       id_number="620923196811200054", phone="15109375678",
                       address="石包城乡鱼儿红村"),
    ]  # fmt: skip
    mediation.open_case(store, case, parties)
    agreement = MediationAgreement(
        case_id=case.id,
        content_zh="一、双方以1998年草场承包证所附图上的界线为准，于7月20日前共同重新埋设界桩；"
                   "二、被申请人赔偿申请人草场损失人民币贰仟元（2000元）；三、今后被申请人放牧须有人看管，不得越界。",
        content_mn="ᠨᠢᠭᠡ᠂ ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠬᠢᠯᠢ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭ ᠢ ᠬᠠᠮᠲᠤ ᠳᠠᠬᠢᠨ ᠪᠠᠶᠢᠭᠤᠯᠤᠨ᠎ᠠ᠃ "
                   "ᠬᠣᠶᠠᠷ᠂ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ 2000 ᠶᠤᠸᠠᠨ ᠲᠥᠯᠥᠨ᠎ᠡ᠃ ᠭᠤᠷᠪᠠ᠂ ᠬᠢᠯᠢ ᠳᠠᠪᠠᠵᠤ ᠪᠡᠯᠴᠢᠭᠡᠬᠦ ᠦᠭᠡᠢ᠃",
        performance_zh="赔偿款于协议签订之日起十五日内一次性付清，由村委会见证；界桩由双方共同埋设。",
        performance_mn="ᠲᠥᠯᠥᠪᠦᠷᠢ ᠶᠢ ᠠᠷᠪᠠᠨ ᠲᠠᠪᠤᠨ ᠡᠳᠦᠷ ᠦᠨ ᠳᠣᠲᠣᠷ᠎ᠠ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠲᠥᠯᠥᠨ᠎ᠡ᠃",
        deadline=(AT + dt.timedelta(days=15)).date(),
    )  # fmt: skip
    mediation.add(store, agreement)
    signatures = [
        MediationSignature(agreement_id=agreement.id, signer_role="party", party_id=p.id,
                           signer_name=p.name_zh, signed_at=AT,
                           image_sha256=store_image(store, signature_png(i)))
        for i, p in enumerate(parties)
    ]  # fmt: skip
    signatures.append(
        MediationSignature(agreement_id=agreement.id, signer_role="mediator", signer_name="王明",
                           signed_at=AT, image_sha256=store_image(store, signature_png(5)))
    )  # fmt: skip
    mediation.sign_agreement(store, agreement.id, signatures, at=AT)
    return agreement.id


def classroom(store: Store, attendees: int = 18) -> str:
    """Record a nomadic classroom with Mongolian and Han attendees; return its id."""
    activity = Activity(
        kind="classroom", title_zh="游牧课堂：草原生态补奖政策", title_mn="ᠨᠡᠭᠦᠳᠡᠯ ᠦᠨ ᠠᠩᠭᠢ",
        township_code="620923200", place="鱼儿红村冬窝子", started_at=AT, organizer="流动服务中心",
        details={"topic_zh": "草原生态保护补助奖励政策与牲畜防疫", "topic_mn": "ᠪᠡᠯᠴᠢᠭᠡᠷ ᠦᠨ ᠡᠺᠣᠯᠣᠭᠢ ᠶᠢᠨ ᠲᠡᠳᠬᠦᠮᠵᠢ",
                 "lecturers": ["乌兰", "张建国"], "language": "both"},
    )  # fmt: skip
    names = [("巴特尔", "ᠪᠠᠭᠠᠲᠤᠷ"), ("其其格", "ᠴᠡᠴᠡᠭ"), ("那顺", "ᠨᠠᠰᠤᠨ"), ("李海", ""),
             ("斯琴", "ᠰᠡᠴᠡᠨ"), ("王芳", ""), ("额尔敦", "ᠡᠷᠳᠡᠨᠢ"), ("乌云", "ᠦᠶᠦᠨ")]  # fmt: skip
    people = [
        ActivityParticipant(activity_id=activity.id, role="attendee",
                            name_zh=names[i % len(names)][0], name_mn=names[i % len(names)][1],
                            present=i % 7 != 6)
        for i in range(attendees)
    ]  # fmt: skip
    return record_activity(store, activity, people)
