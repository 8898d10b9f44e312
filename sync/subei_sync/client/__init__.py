"""Qt-free sync engine of the field laptop, its transports and commands."""
