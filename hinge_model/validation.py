"""Input checks shared by the package: every bad input raises ``ValueError`` naming argument, value and range."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray


def _show(value: object) -> str:
    arr = np.asarray(value)
    if arr.ndim == 0:
        return repr(arr.item()) if arr.dtype.kind in "biufc" else repr(value)
    return f"array of shape {arr.shape}"


def as_float_array(name: str, value: ArrayLike) -> NDArray[np.float64]:
    """Return ``value`` as a float array, refusing non-numbers, NaN and infinities."""
    if isinstance(value, str | bytes) or value is None:
        raise ValueError(f"{name} must be a finite number or array of numbers, got {value!r}")
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be a finite number or array of numbers, got {value!r}") from exc
    if not np.all(np.isfinite(arr)):
        bad = arr[~np.isfinite(arr)] if arr.ndim else arr
        raise ValueError(
            f"{name} must be finite (no NaN or infinity), got {_show(bad.flat[0] if bad.ndim else bad)}"
            + ("" if arr.ndim == 0 else f" in an array of shape {arr.shape}")
        )
    return arr


def check_range(
    name: str,
    value: ArrayLike,
    lo: float,
    hi: float,
    *,
    lo_open: bool = False,
    unit: str = "",
) -> NDArray[np.float64]:
    """Check finite and within [lo, hi] (or (lo, hi] with ``lo_open``); return the float array."""
    arr = as_float_array(name, value)
    low_bad = arr <= lo if lo_open else arr < lo
    bad = low_bad | (arr > hi)
    if np.any(bad):
        first = arr[bad].flat[0] if arr.ndim else arr.item()
        left = "(" if lo_open else "["
        u = f" {unit}" if unit else ""
        where = "" if arr.ndim == 0 else f" (first bad value of an array of shape {arr.shape})"
        raise ValueError(f"{name} = {float(first):g}{u} is outside the allowed range {left}{lo:g}, {hi:g}]{u}{where}")
    return arr


def check_choice(name: str, value: object, choices: Sequence[str]) -> str:
    """Check ``value`` is one of ``choices`` (strings)."""
    if not isinstance(value, str) or value not in choices:
        allowed = ", ".join(repr(c) for c in choices)
        raise ValueError(f"{name} = {value!r} is not allowed; choose one of {allowed}")
    return value


def broadcast(named: dict[str, NDArray[np.float64]]) -> tuple[NDArray[np.float64], ...]:
    """Broadcast arrays together, raising a ValueError naming every argument and shape on mismatch."""
    try:
        return tuple(np.broadcast_arrays(*named.values()))
    except ValueError:
        shapes = ", ".join(f"{k}{np.shape(v)}" for k, v in named.items())
        raise ValueError(f"arrays do not broadcast together: {shapes}") from None


def scalarize(a: Any) -> Any:
    """0-d arrays become numpy scalars (nicer to print); others are returned unchanged."""
    return a[()] if isinstance(a, np.ndarray) and a.ndim == 0 else a
