"""Tables out: the data file's sessions, notes, scores, pay and audit as CSV, XLSX, JSON."""
