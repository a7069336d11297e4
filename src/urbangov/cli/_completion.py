"""``urbangov completion bash|zsh|fish``: the shell's completion script.

The scripts come from argcomplete (Apache-2.0, on PyPI): it reads the same argparse
parser the command uses, so completion never drifts from the options, and it serves
bash, zsh and fish (shtab, the other well-kept choice, has no fish).  It is imported
only here and when the shell asks for completions (``_ARGCOMPLETE`` set), so neither
``import urbangov`` nor an ordinary command pays for it.
"""

from __future__ import annotations

import argparse

from urbangov.cli._out import CliError, Output


def completion(args: argparse.Namespace, out: Output) -> int:
    try:
        from argcomplete.shell_integration import shellcode
    except ImportError:  # pragma: no cover - a dependency of urbangov
        raise CliError("shell completion needs argcomplete: pip install argcomplete") from None

    out.stdout.write(shellcode(["urbangov"], shell=args.shell))
    return 0
