"""The commands of ``urbangov``: each takes the parsed arguments and returns an exit status.

Each command lives in a module of its own; this one maps command names to them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator

from urbangov.cli._chart import chart
from urbangov.cli._check import check
from urbangov.cli._cite import cite
from urbangov.cli._completion import completion
from urbangov.cli._export import export, schema
from urbangov.cli._listing import acts, regimes
from urbangov.cli._out import Output
from urbangov.cli._rules import rules
from urbangov.cli._show import show
from urbangov.cli._units import COMMANDS as UNIT_COMMANDS
from urbangov.cli._who_may import who_may

__all__ = ["COMMANDS"]

Command = Callable[[argparse.Namespace, Output], int]


def _iter() -> Iterator[tuple[str, Command]]:
    yield from (("check", check), ("show", show), ("who-may", who_may), ("cite", cite),
                ("rules", rules), ("regimes", regimes), ("acts", acts), ("chart", chart),
                ("schema", schema), ("export", export), ("completion", completion))
    yield from UNIT_COMMANDS.items()


COMMANDS: dict[str, Command] = dict(_iter())
