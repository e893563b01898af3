"""PHP with no web framework: no backend to guess.

A PHP product that serves its pages by hand (an `index.php` dispatching on `$_GET['action']`,
one script per page, PDO or mysqli opened by a class of its own) still declares libraries in a
composer.json and opens a database, which make its folder look like a backend whose framework
went unrecognised. A backend serves HTTP through a web framework (HELDOUT.md, "What a backend
is"), and PHP, unlike Go or Rust, needs none to answer requests: the web server runs its
scripts. So a PHP folder where no framework at all was seen (in its manifest or its code) is
not offered as a guess; one whose framework was seen but not settled still is.
"""

from __future__ import annotations

from designer.detect.assemble import Unit, has_framework

ECOSYSTEM = "php"


def is_plain(unit: Unit, eco: dict[str, str]) -> bool:
    """Whether the folder is PHP code with no framework seen anywhere in it."""
    return eco.get(unit.folder) == ECOSYSTEM and not has_framework(unit)
