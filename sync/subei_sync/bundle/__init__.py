"""USB bundles: signed, encrypted envelopes around the same change frames as online sync.

Shared by the laptop (export, return import) and the county server (import, return bundles);
free of Qt and HTTP. See `format` for the byte layout and the error codes.
"""
