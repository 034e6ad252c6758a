"""Hypothesis strategies shared by the property tests: any valid joint angle, load and sex."""

from __future__ import annotations

from hypothesis import strategies as st

from hinge_model.conventions import ANGLE_RANGES

#: Load in the hands, kg (beyond the validated range on purpose: the model must never give NaN).
LOADS = st.floats(0, 100)
SEXES = st.sampled_from(["male", "female"])


def valid_angles(*joints: str) -> dict[str, st.SearchStrategy[float]]:
    """{joint: floats over the joint's whole allowed range} for ``@given(**valid_angles(...))``."""
    return {j: st.floats(*ANGLE_RANGES[j]) for j in joints}
