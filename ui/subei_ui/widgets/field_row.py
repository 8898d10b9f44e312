"""A form row: a labelled input with its inline error message underneath."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


def add_field_row(form: QFormLayout, widget: QWidget, error_name: str) -> tuple[QLabel, QLabel]:
    """Add widget with a hidden error line to form; return (label, error) for the caller to fill."""
    error = QLabel()
    error.setObjectName(error_name)
    error.setStyleSheet("color: #b00020")
    error.setWordWrap(True)
    error.hide()
    label = QLabel()
    label.setBuddy(widget)
    column = QVBoxLayout()
    column.setSpacing(1)
    column.addWidget(widget)
    column.addWidget(error)
    form.addRow(label, column)
    return label, error
