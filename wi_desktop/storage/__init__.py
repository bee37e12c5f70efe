"""Storage: the only package that knows SQL. No Qt here."""
