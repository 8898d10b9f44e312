"""Sync between field laptops and the county server: protocol, client engine, server."""
