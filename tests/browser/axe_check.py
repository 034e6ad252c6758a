"""axe-core in the page (the axe.min.js that axe-playwright-python ships): serious or critical violations only.

EXCLUDED lists the rules a test may not count, each with its reason; keep it short and explain every entry.
"""

from __future__ import annotations

from typing import Any

BAD_IMPACTS = ("serious", "critical")
EXCLUDED: dict[str, str] = {}
# Nodes that belong to JupyterLab itself, not to anything a notebook shows (checked on JupyterLab 4.6): a finding on
# them is upstream's and is not counted. Every other node of the same rules still is.
UPSTREAM_NODES: dict[str, str] = {
    ".cm-content": "JupyterLab's code cell editor (CodeMirror 6 role=textbox, unnamed): aria-input-field-name",
    ".jp-WindowedPanel-viewport": "JupyterLab's windowed notebook list (role=list, cells are not listitems): "
                                  "aria-required-children",
    ".jp-collapseHeadingButton": "JupyterLab's collapse-heading toggle next to a markdown heading (icon button, "
                                 "no text): button-name",
    ".widget-play": "ipywidgets 8's Play widget (icon-only play / pause / stop buttons without text): button-name "
                    "(upstream); the notebooks label the animation next to it",
    ".noUi-handle": "ipywidgets 8's slider handle (noUiSlider, role=slider) gets no accessible name from the "
                    "widget's description label: aria-input-field-name (upstream; the app names them with a "
                    "script, which JupyterLab does not run for an untrusted notebook). Keyboard use works.",
}


def _has_class(node: dict[str, Any], selector: str) -> bool:
    """True when the node's own HTML carries the class of a ``.class`` selector (axe's target may be another
    selector of the same node)."""
    html = str(node.get("html", "")).split(">", 1)[0]
    return selector.startswith(".") and selector[1:] in html


def serious_violations(page: Any, context: Any = None) -> list[str]:
    """One line per serious/critical violation axe-core finds on ``page``: rule id, impact, first targets."""
    from axe_playwright_python.sync_playwright import Axe

    options: dict[str, Any] = {"resultTypes": ["violations"]}
    if EXCLUDED:
        options["rules"] = {rule: {"enabled": False} for rule in EXCLUDED}
    response = Axe().run(page, context=context, options=options).response
    found = []
    for v in response["violations"]:
        if v.get("impact") not in BAD_IMPACTS:
            continue
        nodes = [n for n in v["nodes"] if not any(sel in str(n["target"]) or _has_class(n, sel) for sel in
                                                  UPSTREAM_NODES)]
        if nodes:
            found.append(f"{v['id']} ({v['impact']}, {len(nodes)} nodes): {v['help']}; e.g. "
                         f"{[n['target'] for n in nodes[:3]]}")
    return found
