"""Reading and writing structure files: decoding, checking, judging, atomic writes."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import attrs
import tomli_w

from urbangov._valid import (
    MAX_DEPTH,
    MAX_INT_DIGITS,
    decision_problem,
    int_problem,
    shown,
    surrogate,
    text_problem,
)
from urbangov.io._check import check_document
from urbangov.io._convert import converter
from urbangov.io._problems import Problem
from urbangov.io._spec import FORMAT_VERSION
from urbangov.structure import City, Delegation, District, Unit, Ward
from urbangov.time import DateParseError, check_date
from urbangov.validation import Report, validate

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "Checked",
    "LoadError",
    "check",
    "dump",
    "dumps",
    "load",
    "loads",
    "write_atomic",
]

#: The formats read and written.
FORMATS = ("toml", "json")

#: The largest file :func:`load` reads (4 MiB); a structure of every ward of a city with
#: its officials takes well under 1 MiB.
MAX_BYTES = 4 * 1024 * 1024

Source = str | bytes | os.PathLike[str]


class LoadError(ValueError):
    """A file cannot be read as a structure: every problem found, with its place.

    Attributes:
        problems: the problems, each with a key path and, for syntax errors, a line.
        source: the file's name, or ``"<text>"``.
    """

    def __init__(self, problems: list[Problem] | tuple[Problem, ...], source: str) -> None:
        self.problems = tuple(problems)
        self.source = source
        count = len(self.problems)
        lines = [f"{source}: {count} problem{'s' if count != 1 else ''}:"]
        lines += [f"  {p}" for p in self.problems]
        super().__init__("\n".join(lines))


@attrs.frozen
class Checked:
    """What :func:`check` found in one file.

    Attributes:
        source: the file's name, or ``"<text>"``.
        problems: why the file could not be read (empty when it could).
        report: the violations of the law in the structure (empty if unreadable).
        structure: the structure as read, *not* judged at construction (None if
            unreadable); its ``as_of`` is set.
    """

    source: str
    problems: tuple[Problem, ...] = ()
    report: Report = attrs.field(factory=Report)
    structure: Unit | None = None

    @property
    def readable(self) -> bool:
        """Whether the file could be read."""
        return not self.problems


# --- decoding ----------------------------------------------------------------------


def _is_text(source: str) -> bool:
    stripped = source.lstrip()
    return "\n" in source or stripped.startswith("{") or "=" in source


def _read_source(source: Source, max_bytes: int) -> tuple[bytes, str, str | None]:
    """The raw bytes, a name for messages, and the format the name's suffix implies."""
    if isinstance(source, bytes):
        return source, "<text>", None
    if isinstance(source, str) and _is_text(source):
        return source.encode("utf-8", "surrogatepass"), "<text>", None
    path = Path(source)
    name = str(source)
    suffix = path.suffix.lower().lstrip(".")
    fmt = suffix if suffix in FORMATS else None
    try:
        if path.is_dir():
            raise LoadError([Problem("", "is a directory, not a file")], name)
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError([Problem("", f"the file is {size / 1e6:.1f} MB; files larger "
                                         f"than {max_bytes // (1024 * 1024)} MiB are not "
                                         "read (split the structure per district)")], name)
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise LoadError([Problem("", "no such file")], name) from None
    except PermissionError:
        raise LoadError([Problem("", "permission denied")], name) from None
    except OSError as exc:
        raise LoadError([Problem("", f"cannot be read: {exc.strerror or exc}")], name) from None
    return data, name, fmt


def _decode_text(data: bytes, name: str, max_bytes: int) -> str:
    if len(data) > max_bytes:
        raise LoadError([Problem("", f"the text is over {max_bytes // (1024 * 1024)} MiB, "
                                     "the most urbangov reads")], name)
    if not data.strip():
        raise LoadError([Problem("", "the file is empty")], name)
    if b"\x00" in data:
        raise LoadError([Problem("", "this is a binary file (it contains NUL bytes), not a "
                                     "TOML or JSON text")], name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        what = f"byte 0x{data[exc.start]:02x} cannot be decoded"
        seq = data[exc.start:exc.start + 3]
        if len(seq) == 3 and seq[0] == 0xED and 0xA0 <= seq[1] <= 0xBF \
                and 0x80 <= seq[2] <= 0xBF:
            lone = seq.decode("utf-8", "surrogatepass")
            what = f"a lone surrogate ({shown(lone)}) is no character"
        raise LoadError([Problem("", f"not UTF-8 text: {what} (save the file as UTF-8)",
                                 line, column)], name) from None
    return text.removeprefix("\ufeff")


def _sniff(text: str) -> str:
    return "json" if text.lstrip().startswith(("{", "[")) and not re.match(
        r"\s*\[\s*[A-Za-z_][\w.\-]*\s*\]", text) else "toml"


_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


class _DuplicateKeys(Exception):
    pass


class _LongNumber:
    """A JSON integer refused before conversion: it has *count* digits."""

    def __init__(self, count: int) -> None:
        self.count = count


def _json_int(text: str) -> Any:
    count = len(text.lstrip("-"))
    return _LongNumber(count) if count > MAX_INT_DIGITS else int(text)


_TOO_DEEP = (f"the file is nested too deeply (tables or lists inside each other more than "
             f"{MAX_DEPTH} levels); a structure file needs fewer than 10")


def _parse(text: str, fmt: str, name: str) -> Any:
    if fmt == "toml":
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            message = str(exc)
            at = _TOML_AT.search(message)
            line = column = None
            if at:
                line, column = int(at[1]), int(at[2])
                message = message[:at.start()]
            raise LoadError([Problem("", f"TOML syntax error: {message}", line, column)],
                            name) from None
        except RecursionError:
            raise LoadError([Problem("", f"TOML error: {_TOO_DEEP}")], name) from None
        except ValueError as exc:  # tomllib converts integers itself: past 4,300 digits
            what = ("a number has thousands of digits; no value of a structure file is "
                    f"longer than {MAX_INT_DIGITS} digits"
                    if "integer string conversion" in str(exc) else f"TOML error: {exc}")
            raise LoadError([Problem("", what)], name) from None
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                duplicates.append(key)
            out[key] = value
        return out

    def constant(word: str) -> Any:
        raise ValueError(f"{word} is not a JSON number")

    try:
        raw = json.loads(text, object_pairs_hook=pairs, parse_constant=constant,
                         parse_int=_json_int)
    except json.JSONDecodeError as exc:
        raise LoadError([Problem("", f"JSON syntax error: {exc.msg}", exc.lineno, exc.colno)],
                        name) from None
    except RecursionError:
        raise LoadError([Problem("", f"JSON error: {_TOO_DEEP}")], name) from None
    except ValueError as exc:
        raise LoadError([Problem("", f"JSON error: {exc}")], name) from None
    if duplicates:
        raise LoadError([Problem("", f"the key {shown(key)!r} appears twice in one object; "
                                     "JSON keys must be unique (which value is meant?)")
                         for key in dict.fromkeys(duplicates)], name)
    return raw


def _where(node: Any) -> str:
    keys: list[str] = []
    while node is not None:
        node, key = node
        keys.append(key)
    path = ""
    for key in reversed(keys):
        path += key if key.startswith("[") or not path else "." + key
    return path


#: What a text needs to hold for its parsed values to hold a lone surrogate: the text
#: itself is strict UTF-8 (none), so only an escape (JSON ``\\udc80``) can make one.
_SURROGATE_ESCAPE = re.compile(r"\\(?:u|U0000)[dD][89a-fA-F]")


def _bounded(raw: Any, name: str, strings: bool = True) -> None:
    """Refuse what no reader should walk into: deep nesting, huge numbers, lone
    surrogates (in keys too; only looked for when *strings*).  Iterative, so that depth
    itself cannot overflow it."""
    problems: list[tuple[Any, str]] = []
    checked = {int, _LongNumber, str} if strings else {int, _LongNumber}
    walked = checked | {dict, list}  # what goes on the stack: the rest needs no look
    # (value, where: a linked list of keys built only when a problem needs it, depth)
    stack: list[tuple[Any, Any, int]] = [(raw, None, 0)]
    while stack:
        value, where, depth = stack.pop()
        kind = type(value)
        if kind is not dict and kind is not list:
            if kind in checked and (problem := _value_problem(value)) is not None:
                problems.append((where, problem))
            continue
        if depth >= MAX_DEPTH:
            problems.append((where, _TOO_DEEP))
            continue
        if kind is dict:
            for key, item in value.items():
                if strings and (bad := surrogate(key)) is not None:
                    problems.append((where, f"a key holds a lone surrogate ({bad}), which "
                                            "is no character"))
                elif type(item) in walked:
                    stack.append((item, (where, key), depth + 1))
        else:
            stack.extend((item, (where, f"[{i}]"), depth + 1) for i, item in enumerate(value)
                         if type(item) in walked)
    if problems:
        found = sorted((_where(w), m) for w, m in problems)  # in a stable order
        raise LoadError([Problem(path, message) for path, message in found], name)


def _value_problem(value: str | int | _LongNumber) -> str | None:
    if isinstance(value, str):
        bad = surrogate(value)
        return None if bad is None else (f"holds a lone surrogate ({bad}), which is no "
                                         "character (write the text as UTF-8)")
    if isinstance(value, _LongNumber):
        return (f"a number of {value.count} digits; no value of a structure file is longer "
                f"than {MAX_INT_DIGITS} digits")
    return int_problem(value)


def _format(fmt: str | None, name: str) -> str | None:
    if fmt is None:
        return None
    low = fmt.lower()
    if low not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    return low


@attrs.frozen
class _Read:
    name: str
    root: Unit  # built once as a draft, dated the file's as_of: the caller judges it once


def _read(source: Source, fmt: str | None, max_bytes: int) -> _Read:
    fmt = _format(fmt, "")
    data, name, implied = _read_source(source, max_bytes)
    text = _decode_text(data, name, max_bytes)
    chosen = fmt or implied or _sniff(text)
    raw = _parse(text, chosen, name)
    _bounded(raw, name, strings=_SURROGATE_ESCAPE.search(text) is not None)
    problems, root = check_document(raw, "table" if chosen == "toml" else "object")
    if problems or root is None:
        raise LoadError(problems or [Problem("", "the file holds no structure")], name)
    return _Read(name, root)


# --- public API --------------------------------------------------------------------


def check(source: Source, format: str | None = None, *,
          max_bytes: int = MAX_BYTES) -> Checked:
    """Read *source* without raising: its problems, or its structure and violations.

    *source* is a path, or a text (a ``str`` holding a newline, ``=`` or starting with
    ``{``) or ``bytes``.  The structure is built without judging it and then validated,
    so a file that breaks the law gives its full report (warnings too).
    """
    try:
        read = _read(source, format, max_bytes)
    except LoadError as exc:
        return Checked(exc.source, exc.problems)
    return Checked(read.name, (), validate(read.root), read.root)


def load(source: Source, format: str | None = None, *,
         max_bytes: int = MAX_BYTES) -> City | District | Ward:
    """Read the structure in *source* (a path, or a text as :func:`check` tells them).

    The format is *format* ("toml" or "json"), else the file's suffix, else guessed
    from the text (``{`` starts JSON).

    Raises:
        LoadError: the file cannot be read as a structure (every problem, with places).
        urbangov.InvariantError: the structure breaks the law (every violation).
        ValueError: *format* is not a known format.
    """
    read = _read(source, format, max_bytes)
    root = read.root
    validate(root).raise_for_errors(f"{type(root).__name__} {root.name!r} ({read.name})")
    built: City | District | Ward = root  # type: ignore[assignment]
    return built


def loads(text: str | bytes, format: str | None = None, *,
          max_bytes: int = MAX_BYTES) -> City | District | Ward:
    """Read the structure in *text* (TOML or JSON; guessed when *format* is None).

    Raises:
        LoadError, urbangov.InvariantError: as :func:`load`.
    """
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    return load(data, format, max_bytes=max_bytes)


def document(obj: Unit) -> dict[str, Any]:
    """The file's content for *obj* as plain data (dates as :class:`datetime.date`).

    Raises:
        TypeError: *obj* is not a City, District or Ward.
        ValueError: *obj* has no ``as_of`` (a file describes a structure on a day), or
            holds a value no file can carry and the reader would refuse (an empty text,
            a lone surrogate, a date outside :data:`urbangov.time.MIN_DATE` to
            :data:`~urbangov.time.MAX_DATE`, a delegation decision ``"none"``).
    """
    key = {City: "city", District: "district", Ward: "ward"}.get(type(obj))
    if key is None:
        raise TypeError(f"only a City, District or Ward is written to a file, not "
                        f"{type(obj).__name__}")
    if obj.as_of is None:
        raise ValueError(f"{obj.full_name} has no as_of: a file describes a structure on a "
                         "day; use attrs.evolve(unit, as_of=...) first")
    unit = converter.unstructure(obj)
    unit.pop("as_of", None)
    _writable(obj, {"as_of": obj.as_of, key: unit})
    # format_version first, so a reader sees the version before anything else
    return {"format_version": FORMAT_VERSION, **_sorted({"as_of": obj.as_of, key: unit})}


def _writable(obj: Unit, doc: dict[str, Any]) -> None:
    """Refuse to write what the reader would refuse (the rules of :mod:`urbangov._valid`),
    so that every file urbangov writes, it reads back."""
    problems: list[str] = []
    stack: list[tuple[Any, str]] = [(doc, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            stack.extend((v, f"{path}.{k}" if path else k) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(value))
        elif isinstance(value, str):
            problem = text_problem(value)
            if problem is not None:
                problems.append(f"{path}: {problem}")
        elif isinstance(value, dt.date):
            try:
                check_date(value)
            except DateParseError as exc:
                problems.append(f"{path}: {exc}")
    for upath, unit in obj.walk():
        for i, d in enumerate(unit.delegations):
            if isinstance(d, Delegation) and isinstance(d.decision, str):
                problem = decision_problem(d.decision)
                if problem is not None:
                    where = f"{upath}.delegations[{i}]" if upath else f"delegations[{i}]"
                    problems.append(f"{where}.decision: {problem}")
    if problems:
        raise ValueError(f"{shown(obj.full_name)} cannot be written as a structure file "
                         f"(urbangov could not read it back): {'; '.join(sorted(problems))}")


def _sorted(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sorted(value[k]) for k in sorted(value)}
    if isinstance(value, list | tuple):
        return [_sorted(v) for v in value]
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {value!r} as JSON")  # pragma: no cover


def dumps(obj: Unit, format: str = "toml") -> str:
    """*obj* as the text of a structure file (sorted keys, ISO dates, newline at end).

    Raises:
        TypeError, ValueError: as :func:`document`; ValueError for an unknown format.
    """
    fmt = _format(format, "")
    doc = document(obj)
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2, default=_json_default) + "\n"
    return tomli_w.dumps(doc)


def dump(obj: Unit, path: str | os.PathLike[str], format: str | None = None) -> None:
    """Write *obj* to *path* (format from *format*, else the suffix, else TOML).

    The text goes to a temporary file in the same directory, which then replaces
    *path* (:func:`os.replace`), so a failed write never leaves half a file.
    """
    target = Path(path)
    fmt = _format(format, "") or (target.suffix.lower().lstrip(".")
                                   if target.suffix.lower().lstrip(".") in FORMATS else "toml")
    write_atomic(target, dumps(obj, fmt))


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write *text* (UTF-8) to *path* whole or not at all.

    The text goes to a temporary file in the same directory, which then replaces *path*
    (:func:`os.replace`); an existing file keeps its permissions, a new one gets 0644.
    """
    target = Path(path)
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                               dir=target.parent if str(target.parent) else ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
