"""Shell completion scripts for bash, zsh and fish, generated from the argument parser.

Written by hand rather than with shtab, which has no fish: the scripts complete subcommands,
each subcommand's options, an option's fixed choices, and files for everything else.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

SHELLS = ("bash", "zsh", "fish")


@dataclass(frozen=True)
class Option:
    """One option of a subcommand."""

    flags: tuple[str, ...]
    help: str
    choices: tuple[str, ...]
    takes_value: bool


def commands(parser: argparse.ArgumentParser) -> dict[str, tuple[str, list[Option]]]:
    """Subcommand name → (help, options), in the parser's order."""
    found: dict[str, tuple[str, list[Option]]] = {}
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
        for name, sub in action.choices.items():
            options = [
                Option(tuple(a.option_strings), (a.help or "").replace("%%", "%"),
                       tuple(str(c) for c in a.choices or ()), a.nargs != 0)
                for a in sub._actions if a.option_strings and a.dest != "help"
            ]
            found[name] = (helps.get(name, ""), options)
    return found


def script(parser: argparse.ArgumentParser, shell: str, prog: str) -> str:
    """The completion script of `shell` for the command `prog`."""
    table = commands(parser)
    return {"bash": _bash, "zsh": _zsh, "fish": _fish}[shell](table, prog)


def _bash(table: dict[str, tuple[str, list[Option]]], prog: str) -> str:
    func = "_" + prog.replace("-", "_")
    cases = []
    for name, (_, options) in table.items():
        flags = " ".join(f for o in options for f in o.flags)
        choice_cases = "".join(
            f"        {'|'.join(o.flags)}) COMPREPLY=($(compgen -W '{' '.join(o.choices)}' "
            '-- "$cur")); return;;\n' for o in options if o.choices)
        cases.append(
            f"    {name})\n      case \"$prev\" in\n{choice_cases}      esac\n"
            f"      if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W '{flags} --help' "
            '-- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi;;\n')
    names = " ".join(table)
    return (
        f"# bash completion for {prog}: eval \"$({prog} completion bash)\"\n"
        f"{func}() {{\n"
        '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"\n'
        "  if [[ $COMP_CWORD -eq 1 ]]; then\n"
        f"    COMPREPLY=($(compgen -W '{names} --help --version' -- \"$cur\")); return\n"
        "  fi\n"
        '  case "${COMP_WORDS[1]}" in\n' + "".join(cases) + "  esac\n}\n"
        f"complete -o filenames -F {func} {prog}\n")


def _zsh_escape(text: str) -> str:
    return text.replace("'", "'\\''").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:")


def _zsh(table: dict[str, tuple[str, list[Option]]], prog: str) -> str:
    func = "_" + prog.replace("-", "_")
    described = "\n".join(f"    '{name}:{_zsh_escape(text)}'" for name, (text, _) in table.items())
    cases = []
    for name, (_, options) in table.items():
        specs = []
        for option in options:
            action = f":value:({' '.join(option.choices)})" if option.choices else \
                (":value:_files" if option.takes_value else "")
            for flag in option.flags:
                specs.append(f"'{flag}[{_zsh_escape(option.help)}]{action}'")
        specs.append("'*:file:_files'")
        cases.append(f"    {name}) _arguments " + " ".join(specs) + " ;;\n")
    return (
        f"#compdef {prog}\n# zsh completion for {prog}: "
        f"{prog} completion zsh > \"${{fpath[1]}}/_{prog}\"\n"
        f"{func}() {{\n"
        "  local -a subcommands\n  subcommands=(\n" + described + "\n  )\n"
        "  if (( CURRENT == 2 )); then\n"
        f"    _describe '{prog} command' subcommands; return\n  fi\n"
        "  shift words; (( CURRENT-- ))\n"
        '  case "${words[1]}" in\n' + "".join(cases) + "  esac\n}\n"
        f'compdef {func} {prog}\n')


def _fish(table: dict[str, tuple[str, list[Option]]], prog: str) -> str:
    def quote(text: str) -> str:
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"

    names = " ".join(table)
    lines = [f"# fish completion for {prog}: {prog} completion fish | source",
             f"complete -c {prog} -f -n 'not __fish_seen_subcommand_from {names}' "
             "-l version -d 'Show the version'"]
    for name, (text, options) in table.items():
        lines.append(f"complete -c {prog} -f -n 'not __fish_seen_subcommand_from {names}' "
                     f"-a {name} -d {quote(text)}")
        when = f"-n '__fish_seen_subcommand_from {name}'"
        lines.append(f"complete -c {prog} {when} -F")
        for option in options:
            flags = " ".join(f"-l {f[2:]}" if f.startswith("--") else f"-s {f[1:]}"
                             for f in option.flags)
            value = f" -x -a {quote(' '.join(option.choices))}" if option.choices else \
                (" -r" if option.takes_value else "")
            lines.append(f"complete -c {prog} {when} {flags}{value} -d {quote(option.help)}")
    return "\n".join(lines) + "\n"
