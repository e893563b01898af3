"""Schema benchmark: DDL for 100 and 300 entities in PostgreSQL and MySQL, against exporting
the OpenAPI of the same design.

Run: `python benchmarks/bench_sql.py`. The design is bench_export's generated one (4 fields
each, a foreign-key chain, a relationship per link). Prints the best of 3 runs of each and the
ratio of the DDL to the OpenAPI export (`render_all(only={"openapi"})`), and of the whole
`schema` part (DDL, DBML, migration) to it.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable

from bench_export import generated

from designer.export import render_all
from designer.export.schema import schema_files
from designer.export.sql import schema_files as ddl_files
from designer.model import Design
from designer.model.data import Engine


def _best(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _on(design: Design, engine: Engine) -> Design:
    copied = copy.deepcopy(design)
    copied.data.databases[0].engine = engine
    copied.data.migration_tool = "Flyway"
    return copied


def main() -> None:
    """Print the timings."""
    ddl_files(generated(5))  # warm imports
    render_all(generated(5), only={"openapi"})
    print(f"{'design':<14} {'engine':<11} {'DDL s':>7} {'schema s':>9} {'openapi s':>10} "
          f"{'DDL/openapi':>12} {'schema/openapi':>15}")
    for entities in (100, 300):
        base = generated(entities)
        openapi = _best(lambda base=base: render_all(base, only={"openapi"}))
        for engine in (Engine.POSTGRESQL, Engine.MYSQL):
            design = _on(base, engine)
            ddl = _best(lambda design=design: ddl_files(design))
            schema = _best(lambda design=design: schema_files(design))
            print(f"{entities:>4} entities  {engine.value:<11} {ddl:>7.3f} {schema:>9.3f} "
                  f"{openapi:>10.3f} {ddl / openapi:>12.2f} {schema / openapi:>15.2f}")


if __name__ == "__main__":
    main()
