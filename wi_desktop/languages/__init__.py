"""Languages: which the program speaks, which one a person gets, and how Qt is told."""
