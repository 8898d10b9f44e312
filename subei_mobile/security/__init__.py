"""Users, roles, encryption at rest, masking and audit-key handling on the field laptop."""
