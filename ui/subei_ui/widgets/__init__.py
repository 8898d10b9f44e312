"""Reusable widgets: vertical Mongolian, the input palette, guarded fields, drafts."""
