"""Voice-first clinical decision-support assistant for primary care."""

__version__ = "0.1.0"
