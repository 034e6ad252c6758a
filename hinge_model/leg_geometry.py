"""Leg thickness: the radii of the shank and thigh capsules, from the ANSUR II girths.

Gordon et al. 2014, NATICK/TR-15/007; data/ansur2_leg_radii.csv: mean girth / 2 pi as a fraction of stature, by
sex (a round cross-section of the same girth, assumption). Used by :mod:`hinge_model.objects` (where a barbell
clears the standing shins) and :mod:`hinge_model.clearance` (the leg-object clearance), which re-exports
:func:`segment_radii`. Body geometry only: this module imports no other part of the model but the body.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files

from .anthropometry import Body

#: ANSUR II girths at the distal and proximal end of each leg segment.
_ENDS = {"shank": ("anklecircumference", "calfcircumference"),
         "thigh": ("lowerthighcircumference", "thighcircumference")}


@cache
def _fractions() -> dict[str, dict[str, float]]:
    text = files("hinge_model.data").joinpath("ansur2_leg_radii.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    out: dict[str, dict[str, float]] = {}
    for r in rows:
        out.setdefault(r["sex"], {})[r["measure"]] = float(r["radius_fraction"])
    return out


def segment_radii(body: Body) -> dict[str, tuple[float, float]]:
    """Radius (m) at the distal and proximal end of the shank and thigh: ``{"shank": (ankle, knee), ...}``."""
    if not isinstance(body, Body):
        raise ValueError(f"body must be a hinge_model.Body, got {type(body).__name__}")
    f = _fractions()[body.sex]
    return {seg: (f[a] * body.height, f[b] * body.height) for seg, (a, b) in _ENDS.items()}


__all__ = ["segment_radii"]
