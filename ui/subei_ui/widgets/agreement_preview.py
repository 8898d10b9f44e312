"""A mediation agreement as the parties will read it: Mongolian in columns, Chinese beside it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from subei_mobile.models import MediationAgreement

from .vertical_mongolian import VerticalMongolianLabel

# Printed titles are fixed in both scripts, whatever the UI language (native review pending).
TITLE_ZH = "人民调解协议书"
TITLE_MN = "ᠠᠷᠠᠳ ᠤᠨ ᠵᠣᠭᠤᠰᠢᠶᠠᠯᠠᠯ ᠤᠨ ᠭᠡᠷ᠎ᠡ"
AMENDMENT_ZH = "补充协议"
AMENDMENT_MN = "ᠨᠡᠮᠡᠯᠲᠡ ᠭᠡᠷ᠎ᠡ"
COLUMN_LENGTH = 420.0  # px per Mongolian column: about the height of an A5 page body on screen


class AgreementPreview(QFrame):
    """Title, content and performance in Mongolian (vertical) and Chinese (horizontal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("AgreementPreview { background: white; }")
        self.setAccessibleName(self.tr("Agreement preview"))
        self.mongolian: list[VerticalMongolianLabel] = []
        for point_size in (18.0, 14.0, 14.0):
            label = VerticalMongolianLabel("", point_size, self)
            label.max_column_length = COLUMN_LENGTH
            self.mongolian.append(label)
        self.chinese = QLabel(self)
        self.chinese.setWordWrap(True)
        self.chinese.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.chinese.setTextFormat(Qt.TextFormat.RichText)
        self.chinese.setMinimumWidth(260)
        self.seal = QLabel(self)
        self.seal.setWordWrap(True)
        layout = QHBoxLayout(self)
        for label in self.mongolian:
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addSpacing(16)
        layout.addWidget(self.chinese, 1)

    def show_agreement(self, agreement: MediationAgreement, parties: list[str]) -> None:
        """Lay out one agreement (draft or signed) with the parties' names."""
        amendment = bool(agreement.amends_id)
        title_mn = AMENDMENT_MN if amendment else TITLE_MN
        title_zh = AMENDMENT_ZH if amendment else TITLE_ZH
        self.mongolian[0].setText(title_mn)
        self.mongolian[1].setText(agreement.content_mn)
        self.mongolian[2].setText(agreement.performance_mn)
        deadline = agreement.deadline.isoformat() if agreement.deadline else ""
        stamp = ""
        if agreement.status == "signed" and agreement.signed_at:
            when = agreement.signed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            # The short hash lets a paper copy be matched to the sealed record.
            stamp = f"<p>签署 {when}　校验码 {agreement.content_hash[:16]}</p>"
        self.chinese.setText(
            f"<h2>{title_zh}</h2>"
            f"<p>当事人：{html.escape('、'.join(parties))}</p>"
            f"<p>{html.escape(agreement.content_zh)}</p>"
            f"<p>履行方式：{html.escape(agreement.performance_zh)}</p>"
            f"<p>履行期限：{deadline}</p>{stamp}"
        )
        for label in self.mongolian:
            label.setVisible(bool(label.text()))
        self.updateGeometry()
