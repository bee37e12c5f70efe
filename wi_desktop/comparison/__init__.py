"""Candidates side by side (no Qt): the facts of each, gathered for many sessions at once
(service.py), their competency profiles as a chart (chart.py) and the signed comparison
PDF (document.py)."""
