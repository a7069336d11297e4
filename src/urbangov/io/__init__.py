"""Files in and out: structures as TOML or JSON, a JSON Schema, and Popolo export.

A structure file holds one unit (ward, district or city) as it stood on a day; see
``docs/file-format.md`` for every key.  Loading checks the whole file in one pass and
raises :class:`LoadError` with *every* problem and its key path (and line, for syntax
errors); a file that reads but breaks the law raises :class:`urbangov.InvariantError`.
:func:`check` does both without raising.

>>> import urbangov.io as io
>>> ward = io.loads('''
... format_version = 1
... as_of = 2022-07-01
... [ward]
... ref = "Gia Thụy"
... city = "Hà Nội"
... council = "none"
... ''')
>>> ward.full_name, ward.code, ward.as_of.isoformat()
('Phường Gia Thụy', '00130', '2022-07-01')
>>> print(io.dumps(ward, "toml"), end="")
format_version = 1
as_of = 2022-07-01
<BLANKLINE>
[ward]
city = "01"
code = "00130"
council = "none"
kind = "phuong"
name = "Gia Thụy"
>>> io.loads(io.dumps(ward, "json")) == ward
True
"""

from __future__ import annotations

from urbangov.io._convert import converter
from urbangov.io._files import (
    FORMATS,
    MAX_BYTES,
    Checked,
    LoadError,
    check,
    document,
    dump,
    dumps,
    load,
    loads,
    write_atomic,
)
from urbangov.io._popolo import POPOLO_SCHEMA, to_popolo
from urbangov.io._problems import Problem
from urbangov.io._schema import json_schema
from urbangov.io._spec import FORMAT_VERSION

__all__ = [
    "FORMATS",
    "FORMAT_VERSION",
    "MAX_BYTES",
    "POPOLO_SCHEMA",
    "Checked",
    "LoadError",
    "Problem",
    "check",
    "converter",
    "document",
    "dump",
    "dumps",
    "json_schema",
    "load",
    "loads",
    "to_popolo",
    "write_atomic",
]

Problem.__module__ = __name__  # its public home, for reprs, docs and pickles



def __dir__() -> list[str]:
    return sorted(__all__)
