"""Input checks of the assessment methods: every bad input raises ``ValueError`` naming the argument, the value,
the method and that method's valid range. Booleans are refused as numbers (``True`` is not 1 repetition)."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ..validation import InputTypeError, _show, as_float_array

Array = NDArray[np.float64]


def _is_bool(value: Any) -> bool:
    if isinstance(value, bool | np.bool_):
        return True
    arr = np.asarray(value) if isinstance(value, list | tuple | np.ndarray) else None
    return arr is not None and arr.dtype.kind == "b"


def number(name: str, value: ArrayLike, lo: float, hi: float, *, method: str, unit: str = "",
           lo_open: bool = False, why: str = "") -> Array:
    """``value`` as a float array, finite and within [lo, hi] (``(lo, hi]`` with ``lo_open``), else ValueError.

    The message names ``name``, the value, ``method`` and its valid range; ``why`` (optional) says where the range
    comes from.
    """
    u = f" {unit}" if unit else ""
    left = "(" if lo_open else "["
    valid = f"{method}'s valid range {left}{lo:g}, {hi:g}]{u}" + (f" ({why})" if why else "")
    if _is_bool(value):
        raise ValueError(f"{name} = {value!r} is a boolean, not a number; give a number in {valid}")
    try:
        arr = as_float_array(name, value)
    except InputTypeError:
        raise InputTypeError(f"{name} must be a number or an array of numbers in {valid}, got {_show(value)}") from None
    except ValueError:
        raise ValueError(f"{name} = {_show(value)} is not a finite number; give a number in {valid}") from None
    low_bad = arr <= lo if lo_open else arr < lo
    bad = low_bad | (arr > hi)
    if np.any(bad):
        first = float(arr[bad].flat[0]) if arr.ndim else float(arr)
        where = "" if arr.ndim == 0 else f" (first bad value of an array of shape {arr.shape})"
        raise ValueError(f"{name} = {first:g}{u} is outside {valid}{where}")
    return arr


def scalar(name: str, value: Any, lo: float, hi: float, *, method: str, unit: str = "", lo_open: bool = False,
           why: str = "") -> float:
    """Like :func:`number` for one number (arrays are refused)."""
    arr = number(name, value, lo, hi, method=method, unit=unit, lo_open=lo_open, why=why)
    if arr.ndim:
        raise ValueError(f"{name} must be a single number for {method}, got an array of shape {arr.shape}")
    return float(arr)
