"""The Explorer's numbers as table rows (text) and as a compact HTML table (screen-reader friendly).

Moments in N*m (extensor +, both sides), % of each joint's extensor strength, horizontal moment arms in cm,
L5/S1 compression and shear in N with the spine limits of :data:`hinge_model.spine.LIMITS`, the passive share of
the lumbar moment, hamstring stretch (% of the straight-leg-raise limit) and balance.
"""

from __future__ import annotations

import html
from typing import Any

from .statics import Analysis


def readout_rows(a: Analysis, arms: dict[tuple[str, str], float]) -> list[tuple[str, ...]]:
    """Rows of (label, value, comment) for analysis ``a`` of one pose and the moment arms shown (m)."""
    from .muscles import hamstring_stretch_fraction
    from .plots import JOINT_LABEL, MOMENT_BAR_JOINTS, spine_limit

    rows: list[tuple[str, ...]] = []
    for j in MOMENT_BAR_JOINTS:
        m = round(float(a.moments[j])) + 0.0  # + 0.0: a moment that rounds to zero shows "0", never "-0"
        cap = "" if a.capacity is None else f"{100 * float(a.capacity[j]):.0f} % of max"
        rows.append((JOINT_LABEL[j], f"{m:.0f} N·m", cap))
    rows.append(("L5/S1 arm", f"body {100 * arms[('L5S1', 'upper_body')]:.0f} cm",
                 f"load {100 * arms[('L5S1', 'load')]:.0f} cm"))
    rows.append(("hip arm", f"body {100 * arms[('hip', 'upper_body')]:.0f} cm",
                 f"load {100 * arms[('hip', 'load')]:.0f} cm"))
    if a.spine is not None:
        c, sh = float(a.spine.compression), float(a.spine.shear)
        al, mp = spine_limit("NIOSH_ACTION_LIMIT"), spine_limit("NIOSH_MAX_PERMISSIBLE")
        fr, oc = spine_limit("SHEAR_LIMIT_FREQUENT"), spine_limit("SHEAR_LIMIT_OCCASIONAL")
        rows.append(("compression", f"{c:,.0f} N", "> max. permissible" if c > mp else
                     "> action limit" if c > al else "below action limit"))
        rows.append(("shear", f"{abs(sh):,.0f} N {'ant.' if sh >= 0 else 'post.'}",
                     "> occasional limit" if abs(sh) > oc else "> frequent limit" if abs(sh) > fr else
                     "below limits"))
        rows.append(("passive share", f"{100 * float(a.spine.passive_share):.0f} %", "of lumbar moment"))
    ham = float(hamstring_stretch_fraction(a.pose.hip, a.pose.knee))
    rows.append(("hamstrings", f"{100 * ham:.0f} %", "of stretch limit" + (" (beyond!)" if ham > 1 else "")))
    rows.append(("balance", "CoM over feet" if bool(a.balanced) else "CoM OUTSIDE the feet", ""))
    return rows


def readout_html(a: Analysis, arms: dict[tuple[str, str], float], columns: int = 2) -> str:
    """The rows as an HTML table laid out in ``columns`` groups side by side (short enough for 1280 x 720)."""
    rows = readout_rows(a, arms)
    per = -(-len(rows) // columns)
    groups: list[Any] = [rows[i:i + per] for i in range(0, len(rows), per)]
    cells = []
    for k in range(per):
        tds = []
        for g in groups:
            row = g[k] if k < len(g) else ("", "", "")
            tds += [f"<td style='padding:0 4px;white-space:nowrap'>{html.escape(c)}</td>" for c in row]
            tds.append("<td style='width:14px'></td>")
        cells.append("<tr>" + "".join(tds) + "</tr>")
    return f"<table style='font-size:13px;line-height:1.3'>{''.join(cells)}</table>"
