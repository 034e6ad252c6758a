"""axe-core in the page (the axe.min.js that axe-playwright-python ships): serious or critical violations only.

EXCLUDED lists the rules a test may not count, each with its reason; keep it short and explain every entry.
"""

from __future__ import annotations

from typing import Any

BAD_IMPACTS = ("serious", "critical")
EXCLUDED: dict[str, str] = {}


def serious_violations(page: Any, context: Any = None) -> list[str]:
    """One line per serious/critical violation axe-core finds on ``page``: rule id, impact, first targets."""
    from axe_playwright_python.sync_playwright import Axe

    options: dict[str, Any] = {"resultTypes": ["violations"]}
    if EXCLUDED:
        options["rules"] = {rule: {"enabled": False} for rule in EXCLUDED}
    response = Axe().run(page, context=context, options=options).response
    return [f"{v['id']} ({v['impact']}, {len(v['nodes'])} nodes): {v['help']}; e.g. "
            f"{[n['target'] for n in v['nodes'][:3]]}"
            for v in response["violations"] if v.get("impact") in BAD_IMPACTS]
