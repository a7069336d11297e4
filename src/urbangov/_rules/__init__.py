"""The rule checks, one module per kind of object they judge."""
