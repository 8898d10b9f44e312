"""Printed documents: receipt, mediation agreement, attendance sheet, monthly report (PDF, print)."""
