"""Translated names of the core's enumerations: relations, seasons, livestock, statuses."""

from __future__ import annotations

from PySide6.QtCore import QObject


class Vocabulary(QObject):
    """Returns the label of a stored code in the current language (the code itself if unknown)."""

    def relations(self) -> dict[str, str]:
        """Return labels of relations to the head of household."""
        return {
            "head": self.tr("Head of household"), "spouse": self.tr("Spouse"),
            "son": self.tr("Son"), "daughter": self.tr("Daughter"), "father": self.tr("Father"),
            "mother": self.tr("Mother"), "daughter_in_law": self.tr("Daughter-in-law"),
            "son_in_law": self.tr("Son-in-law"), "grandchild": self.tr("Grandchild"),
            "sibling": self.tr("Sibling"), "other": self.tr("Other"),
        }  # fmt: skip

    def sexes(self) -> dict[str, str]:
        """Return labels of sexes."""
        return {"male": self.tr("Male"), "female": self.tr("Female"), "": self.tr("Not given")}

    def seasons(self) -> dict[str, str]:
        """Return labels of pasture seasons."""
        return {"spring": self.tr("Spring"), "summer": self.tr("Summer"),
                "autumn": self.tr("Autumn"), "winter": self.tr("Winter")}  # fmt: skip

    def livestock(self) -> dict[str, str]:
        """Return labels of livestock kinds."""
        return {"sheep": self.tr("Sheep"), "goat": self.tr("Goats"), "yak": self.tr("Yaks"),
                "cattle": self.tr("Cattle"), "horse": self.tr("Horses"),
                "camel": self.tr("Camels")}  # fmt: skip

    def languages(self) -> dict[str, str]:
        """Return labels of a household's preferred language."""
        return {"mn": self.tr("Mongolian"), "zh": self.tr("Chinese"),
                "both": self.tr("Mongolian and Chinese")}  # fmt: skip

    def statuses(self) -> dict[str, str]:
        """Return labels of request, case and activity statuses."""
        return {
            "received": self.tr("Received"), "materials_complete": self.tr("Materials complete"),
            "submitted": self.tr("Submitted"), "approved": self.tr("Approved"),
            "rejected": self.tr("Rejected"), "delivered": self.tr("Delivered"),
            "reported": self.tr("Reported"), "accepted": self.tr("Accepted"),
            "mediating": self.tr("Mediating"), "agreement_signed": self.tr("Agreement signed"),
            "performed": self.tr("Performed"), "closed": self.tr("Closed"),
        }  # fmt: skip

    def history_kinds(self) -> dict[str, str]:
        """Return labels of the kinds of history entries of a household."""
        return {"request": self.tr("Service request"), "case": self.tr("Mediation case"),
                "visit": self.tr("Activity or visit")}  # fmt: skip

    def label(self, group: str, code: str) -> str:
        """Return the label of a code in a group, or the code when unknown."""
        table: dict[str, str] = getattr(self, group)()
        return table.get(code, code)
