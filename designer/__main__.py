"""`python -m designer` is the same as the `designer` command."""

from designer.cli import main

raise SystemExit(main())
