"""Exports of finished sessions: PDF documents, signing, CSV/JSON. No Qt."""
