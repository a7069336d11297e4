"""Hostile inputs and the invariants they must keep (shared by tests/fuzz and tools/fuzz.py).

Every input starts from a seed file (the examples, and the small seeds beside this
module) and is mutated by a :class:`random.Random`: the tests hand in one Hypothesis
draws (so failures shrink and CI is derandomized), the long-run driver one seeded per
input (so any input can be made again from its number).

* :func:`structure_mutant`: the seed is decoded, 1–4 edits are made to its tree (a
  value replaced by a hostile one, a key dropped or added, an item duplicated, a text
  or date nudged), and it is written back as TOML or JSON; raw tokens (numbers of
  thousands of digits, nesting thousands deep, lone-surrogate escapes) go in after.
* :func:`byte_mutant`: 1–8 byte edits (flips, hostile bytes, cuts, copies, splices).

:func:`check_loads` and :func:`check_cli` assert the invariants: only the library's
errors, exit status 0–2, no traceback, printable messages, and every accepted file
reads back unchanged after dump and load in both formats.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import io as _io
import json
import random
import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import tomli_w

import urbangov.io as uio
from urbangov.validation import InvariantError

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIXTURES = HERE / "fixtures"


def _seeds() -> list[tuple[str, bytes]]:
    files = sorted((ROOT / "examples").glob("*.toml")) + sorted(
        (ROOT / "examples").glob("*.json")) + sorted((HERE / "seeds").glob("*"))
    return [(f.name, f.read_bytes()) for f in files]


#: (name, content) of every seed file.
SEEDS: list[tuple[str, bytes]] = _seeds()


def _decoded(data: bytes, name: str) -> Any:
    text = data.decode("utf-8")
    return json.loads(text) if name.endswith(".json") else tomllib.loads(text)


#: Each seed decoded to its tree, for structure-aware mutation.
TREES: list[tuple[str, Any]] = [(n, _decoded(d, n)) for n, d in SEEDS]


class Raw:
    """A token written into the text as it is, after serialising (what no encoder makes)."""

    def __init__(self, toml: str, json_text: str | None = None) -> None:
        self.toml = toml
        self.json = toml if json_text is None else json_text


DEEP = 5000
#: Values an edit puts in place of another: edges of every kind the format reads.
HOSTILE: list[Any] = [
    # numbers
    0, -1, 1, 2, 99, 100, 10**18 - 1, 10**18, 10**19, 2**63, -(2**63), 1.5, -0.0, 1e308,
    Raw("9" * 19), Raw("9" * 200), Raw("9" * 4301), Raw("-" + "1" * 5000), Raw("1e999"),
    Raw('"' + "9" * 5000 + '"'), Raw('"' + "1" * 999 + '"'), Raw('"Phường ' + "1" * 995 + '"'),
    Raw("inf", "Infinity"), Raw("nan", "NaN"), Raw("0x10", "16"), Raw("1_000", "1000"),
    # texts: empty, reserved, codes with stray characters, other scripts' digits
    "", " ", "\t", "none", "None", "00", "0", "9 ", " 9", "99,", "'99", "01", "1", "79",
    "48", "100", "٠١", "１", "0١", "Hà Nội", "ha noi", "Hà Nội,", "TP.HCM", "Hải Phòng",
    "\x00", "\x7f", "\u200b", "\ufeff", "a\u0301", "\u2028", "x" * 300, "Gia Thụy",
    "00130", "Phường 1", "Quận 1", "1/2", "[", "{", "\\", '"',
    # lone surrogates (JSON escapes only: TOML cannot hold them)
    Raw('"\\udc80"', '"\\udc80"'), Raw('"a\\ud800b"', '"a\\ud800b"'),
    Raw('"\\ud83d\\ude00"', '"\\ud83d\\ude00"'),
    # dates as texts: far, edge, impossible, other digits
    "2022-07-01", "2021-07-01", "1/7/2021", "31/2/2022", "29/2/2024", "29/2/2023",
    "9999-12-31", "0001-01-01", "1899-12-31", "1900-01-01", "2200-12-31", "2201-01-01",
    "31/12/9999", "1/1/1", "٣٠/٦/٢٠٢٣", "３０/６/２０２３", "ngày 29 tháng 3 năm 2021",
    "ngay 29 thang 3 nam 99999", "29.3.2021", "29-3-2021", "2021-3-29", "+2021-03-29",
    # dates as dates (TOML dates; ISO texts in JSON)
    dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(1899, 12, 31), dt.date(1900, 1, 1),
    dt.date(2200, 12, 31), dt.date(2201, 1, 1), dt.date(2021, 7, 1), dt.date(2025, 7, 1),
    dt.datetime(2022, 7, 1, 12, 0), dt.time(12, 0),
    # slugs of every enum, near misses
    "chair", "vice_chair", "tu_phap_ho_tich", "parent_chair", "own_council", "phuong",
    "quan", "xa", "thanh_pho", "head_of_agency", "collective", "certify-copy",
    "certify-signature", "district", "commune", "appointed", "elected", "I", "III", "IV",
    "special", "Chair", "CHAIR",
    # shapes
    True, False, None, [], {}, [1], ["certify-copy", "certify-copy"], {"x": 1},
    {"start": dt.date(2021, 7, 1)}, {"start": dt.date(2021, 7, 1), "end": dt.date(2021, 7, 1)},
    {"start": dt.date(2200, 12, 31), "last": dt.date(2200, 12, 31)},
    Raw("[" * DEEP + "]" * DEEP), Raw("{a = " * 40 + "1" + "}" * 40,
                                      '{"a": ' * 40 + "1" + "}" * 40),
    Raw("[" * 40 + "]" * 40),
]

#: Keys an edit may add: every key of the format, and near misses.
KEYS = sorted({"format_version", "as_of", "ward", "district", "city", "ref", "name", "kind",
               "code", "unit_class", "council", "committee", "officials", "delegations",
               "working_rules", "districts", "wards", "post", "tenure", "appointment",
               "acting", "payroll", "in_field_since", "id", "by", "decision", "effective",
               "method", "start", "end", "last", "delegator", "delegate", "acts", "period",
               "issued_by", "based_on", "term", "provisional", "decision_mode", "x", "Name",
               "offcials", "\u00e9", "a.b"})

_CHARS = ["", " ", "0", "9", "٣", "１", ",", "'", "\x00", "\u0301", "\u200b", "đ", "Đ", "/",
          "-", ".", "\n", "\\", '"', "\udc80"]


def _paths(tree: Any) -> list[list[Any]]:
    """Every path into *tree* (keys and indices), the root's children first."""
    out: list[list[Any]] = []
    stack: list[tuple[Any, list[Any]]] = [(tree, [])]
    while stack:
        node, path = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) \
            if isinstance(node, list) else ()
        for key, child in items:
            out.append([*path, key])
            stack.append((child, [*path, key]))
    return out


def _at(tree: Any, path: list[Any]) -> tuple[Any, Any]:
    node = tree
    for key in path[:-1]:
        node = node[key]
    return node, path[-1]


def _nudged(value: Any, rnd: random.Random) -> Any:
    if isinstance(value, str):
        chars = list(value)
        i = rnd.randint(0, len(chars))
        op = rnd.randrange(4)
        if op == 0:
            chars.insert(i, rnd.choice(_CHARS))
        elif op == 1 and chars:
            del chars[min(i, len(chars) - 1)]
        elif op == 2:
            chars = chars + chars
        else:
            return value.upper() if rnd.random() < 0.5 else " " + value + " "
        return "".join(chars)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        days = rnd.choice([1, -1, 365, -365, 366 * 5, 10**5, -(10**5), 3 * 10**6, -(7 * 10**5)])
        try:
            return value + dt.timedelta(days=days)
        except OverflowError:
            return dt.date.max if days > 0 else dt.date.min
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return rnd.choice([value + 1, value - 1, -value, value * 10**rnd.randint(1, 30)])
    return rnd.choice(HOSTILE)


def _edit(tree: Any, rnd: random.Random) -> Any:
    paths = _paths(tree)
    if not paths:  # a copy: later edits change the tree in place, never HOSTILE itself
        return copy.deepcopy(rnd.choice(HOSTILE))
    path = rnd.choice(paths)
    node, key = _at(tree, path)
    op = rnd.randrange(8)
    if op <= 2:
        node[key] = copy.deepcopy(rnd.choice(HOSTILE))
    elif op == 3:
        node[key] = _nudged(node[key], rnd)
    elif op == 4:
        del node[key]
    elif op == 5:
        target = node[key] if isinstance(node[key], dict) else node
        if isinstance(target, dict):
            target[rnd.choice(KEYS)] = copy.deepcopy(rnd.choice(HOSTILE))
        else:
            target.append(copy.deepcopy(rnd.choice(target) if target else rnd.choice(HOSTILE)))
    elif op == 6:
        other_node, other_key = _at(tree, rnd.choice(paths))
        node[key] = copy.deepcopy(other_node[other_key])
    else:
        node[key] = [node[key]] if rnd.random() < 0.5 else {rnd.choice(KEYS): node[key]}
    return tree


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _serialise(tree: Any, fmt: str, rnd: random.Random) -> bytes:
    raws: list[Raw] = []

    def hide(value: Any) -> Any:
        if isinstance(value, Raw):
            raws.append(value)
            return f"@@RAW{len(raws) - 1}@@"
        if isinstance(value, dict):
            return {k: hide(v) for k, v in value.items()}
        if isinstance(value, list):
            return [hide(v) for v in value]
        return value

    hidden = hide(tree)
    text: str | None = None
    if fmt == "toml" and isinstance(hidden, dict):
        try:
            text = tomli_w.dumps(hidden)
        except (TypeError, ValueError):
            text = None  # None or a list of mixed tables: TOML cannot say it; use JSON
    if text is None:
        fmt = "json"
        text = json.dumps(hidden, default=_json_default, ensure_ascii=rnd.random() < 0.5,
                          indent=rnd.choice([None, 2]))
    for i, raw in enumerate(raws):
        text = text.replace(f'"@@RAW{i}@@"', raw.toml if fmt == "toml" else raw.json)
    return text.encode("utf-8", "surrogatepass")


def structure_mutant(rnd: random.Random) -> tuple[str, bytes]:
    """A seed decoded, edited 1–4 times, written as TOML or JSON: (suffix, bytes)."""
    _name, tree = rnd.choice(TREES)
    tree = copy.deepcopy(tree)
    for _ in range(rnd.randint(1, 4)):
        tree = _edit(tree, rnd)
    fmt = rnd.choice(["toml", "json"])
    data = _serialise(tree, fmt, rnd)
    return ("json" if data.lstrip().startswith((b"{", b"[")) else fmt), data


_BYTES = [b"\x00", b"\xff", b"\xed\xb2\x80", b"\xc3", b"[", b"]", b"{", b"}", b'"', b"'",
          b"\\", b"\\u", b"\\udc80", b"=", b"#", b"\n", b"\r", b".", b",", b"9" * 30,
          b"9" * 5000, b"[" * 3000, b"0", b"-", b":", b"\xef\xbb\xbf", b"\xe2\x80\xa8",
          "٣".encode(), b"1e999", b"inf", b"nan", b"true", b"null", b"9999-12-31"]


def byte_mutant(rnd: random.Random) -> tuple[str, bytes]:
    """A seed with 1–8 byte edits: (suffix, bytes)."""
    name, data = rnd.choice(SEEDS)
    buf = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        i = rnd.randint(0, len(buf))
        op = rnd.randrange(6)
        if op == 0 and buf:
            j = min(i, len(buf) - 1)
            buf[j] ^= 1 << rnd.randrange(8)
        elif op == 1:
            buf[i:i] = rnd.choice(_BYTES)
        elif op == 2:
            del buf[i:i + rnd.randint(1, 32)]
        elif op == 3:
            j = rnd.randint(0, len(buf))
            buf[i:i] = buf[j:j + rnd.randint(1, 64)]
        elif op == 4:
            _other, more = rnd.choice(SEEDS)
            j = rnd.randint(0, len(more))
            buf[i:] = more[j:]
        else:
            del buf[i:]
    return name.rsplit(".", 1)[-1], bytes(buf)


MUTANTS: dict[str, Callable[[random.Random], tuple[str, bytes]]] = {
    "structure": structure_mutant, "bytes": byte_mutant}


# --- invariants ----------------------------------------------------------------------


def _printable(text: str) -> None:
    text.encode("utf-8")  # a message that holds a lone surrogate cannot be shown


def check_loads(data: bytes, fmt: str | None = None, formats: tuple[str, ...] = ("toml", "json"),
                agree: bool = True) -> str:
    """Read *data*: refused with a library error, or accepted and round-tripping.

    With *agree*, a refused input is read again with ``io.check``, which must agree.
    Returns "refused" or "accepted"; any other outcome fails an assertion (or raises).
    """
    try:
        unit = uio.loads(data, fmt)
    except uio.LoadError as exc:
        assert exc.problems, "a LoadError without problems"
        _printable(str(exc))
        if not agree:
            return "refused"
        checked = uio.check(data, fmt)
        assert not checked.readable, "check() reads what load() refuses"
        return "refused"
    except InvariantError as exc:
        _printable(str(exc))
        if not agree:
            return "refused"
        checked = uio.check(data, fmt)
        assert checked.readable and checked.report.errors, "check() and load() disagree"
        return "refused"
    for out in formats:
        text = uio.dumps(unit, out)
        _printable(text)
        again = uio.loads(text, out)
        assert again == unit, f"{out} round trip changed the structure"
        assert uio.dumps(again, out) == text, f"{out} dump is not a fixed point"
    return "accepted"


COMMANDS: list[list[str]] = [["check"], ["check", "--format", "json"], ["chart"],
                             ["export", "--popolo"], ["who-may", "certify-copy", "--file"]]


def check_cli(data: bytes, suffix: str, command: list[str] | None = None,
              directory: str | None = None) -> int:
    """Run an ``urbangov`` command on *data* saved as a file; assert the CLI invariants.

    The command writes to strict UTF-8 streams, as to a terminal: exit status 0–2, no
    traceback, no "internal error".  Returns the exit status.
    """
    from urbangov.cli import main

    command = command or ["check"]
    with tempfile.TemporaryDirectory(dir=directory) as tmp:
        path = Path(tmp) / f"fuzzed.{suffix}"
        path.write_bytes(data)
        out = _io.TextIOWrapper(_io.BytesIO(), encoding="utf-8", errors="strict")
        err = _io.TextIOWrapper(_io.BytesIO(), encoding="utf-8", errors="strict")
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main([*command, str(path)])
        out.flush()
        err.flush()
        text = out.buffer.getvalue().decode() + err.buffer.getvalue().decode()  # type: ignore[attr-defined]
    assert status in (0, 1, 2), (status, text)
    assert "Traceback" not in text, text
    assert "internal error" not in text, text
    if status == 2:
        assert text.strip(), "exit 2 without a message"
    return status
