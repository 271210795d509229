"""Pure domain models (pydantic v2, no I/O)."""
