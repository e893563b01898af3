"""Command palette entries of the design screen, named "category: verb".

The palette calls a command through `call_later`, so async actions can be given directly.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from designer.model.progress import Stage

Command = tuple[str, Callable[[], Any], str]


class DesignCommands(Provider):
    """Go to a stage, export, save as, toggle the preview: only what applies now."""

    def _commands(self) -> list[Command]:
        screen: Any = self.screen
        if not hasattr(screen, "design"):
            return []
        found: list[Command] = [
            (f"stage: go to {stage.title}", partial(screen.action_go_stage, stage.value),
             f"Show the {stage.title} stage")
            for stage in Stage if stage is not screen.stage
        ]
        # What "export: all" writes, decided by the exporter's own rule for this design.
        from designer.export import KIND_FILES, applicable_kinds

        kinds = applicable_kinds(screen.design)
        written = [KIND_FILES[kind] for kind in kinds]
        listed = ", ".join(written[:-1]) + f" and {written[-1]}" if len(written) > 1 else written[0]
        found += [
            ("stage: mark done", screen.action_mark_done,
             "Mark this stage done and go to the next"),
            ("export: all", partial(screen.action_export, ""), f"Write {listed}"),
        ]
        if "openapi" in kinds:
            found.append(("export: OpenAPI only", partial(screen.action_export, "openapi"),
                          "Write only openapi.yaml"))
        found += [
            ("design: save now", screen.action_save, "Write the design file now"),
            ("design: save as", screen.action_save_as, "Save the design to another file"),
            ("design: close", screen.action_close, "Save and go back to the welcome screen"),
            ("view: toggle preview", screen.action_toggle_preview,
             "Show or hide the preview of this stage's output"),
            ("view: toggle stage list", screen.action_toggle_stages,
             "Narrow or widen the stage list"),
            ("import: OpenAPI…", partial(screen.action_import, "openapi"),
             "Read an OpenAPI file; see what it adds and replaces before anything changes"),
            ("import: SQL schema…", partial(screen.action_import, "sql"),
             "Read PostgreSQL or MySQL DDL; see what it adds and replaces first"),
            ("import: SPEC…", partial(screen.action_import, "spec"),
             "Read a SPEC markdown; see what it adds and replaces first"),
        ]
        if screen.importing.can_undo:
            found.append(("edit: undo import", screen.action_undo_import,
                          f"Put the design back as it was before importing "
                          f"{screen.importing.source}"))
        return found

    async def discover(self) -> Hits:
        """Every command, for the empty palette."""
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        """Commands matching `query`."""
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
