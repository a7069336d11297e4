"""Rewrite ``@rule(...)``-decorated checks as plain functions registered by a call.

mutmut (3.x) never mutates a decorated function, and every check of
``src/urbangov/_rules/`` is registered with the ``@rule(...)`` decorator.  For mutation
testing only, ``tools/mutation.py`` runs mutmut on a scratch copy of ``src/`` in which

    @rule("UG-X", "...", term="...")
    def check(unit, ctx): ...

becomes

    def check(unit, ctx): ...
    rule("UG-X", "...", term="...")(check)

which registers the same function under the same code, in the same order (a decorator
is applied right after its ``def``; here the call follows it).  The rewrite works on the
syntax tree (libcst, already a dependency of mutmut), never on the text, and touches
nothing but module-level functions whose only decorator is a call of ``rule``.
"""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst

DECORATOR = "rule"


def _is_rule_call(decorator: cst.Decorator) -> bool:
    call = decorator.decorator
    return (isinstance(call, cst.Call) and isinstance(call.func, cst.Name)
            and call.func.value == DECORATOR)


def _rewrite(body: Sequence[cst.BaseStatement]) -> tuple[list[cst.BaseStatement], list[str]]:
    out: list[cst.BaseStatement] = []
    names: list[str] = []
    for stmt in body:
        if (isinstance(stmt, cst.FunctionDef) and len(stmt.decorators) == 1
                and _is_rule_call(stmt.decorators[0])):
            call = stmt.decorators[0].decorator
            assert isinstance(call, cst.Call)
            out.append(stmt.with_changes(decorators=()))
            register = cst.Call(func=call, args=[cst.Arg(cst.Name(stmt.name.value))])
            out.append(cst.SimpleStatementLine([cst.Expr(register)]))
            names.append(stmt.name.value)
        else:
            out.append(stmt)
    return out, names


def undecorate(source: str) -> tuple[str, list[str]]:
    """The module *source* with its ``@rule(...)`` checks registered by calls, and the
    names of the checks rewritten (in order)."""
    module = cst.parse_module(source)
    body, names = _rewrite(module.body)
    return module.with_changes(body=body).code, names
