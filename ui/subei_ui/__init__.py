"""The Subei mobile service desktop app (PySide6); the only package that imports Qt."""
