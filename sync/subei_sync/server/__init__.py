"""The county server: enrolment, request auth, push and pull, storage on SQLite or PostgreSQL."""
