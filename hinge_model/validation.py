"""The one validation path of the package: every public function checks its input with these helpers.

Every refusal names the CALLER's argument, the value given and what is allowed, e.g.
``load_mass = -5 kg is outside the allowed range [0, 300] kg``. Rules:

* booleans are not numbers (``True`` is refused where a number is meant, unless ``allow_bool=True``);
* strings, ``None``, complex numbers and arrays of them are not numbers (``['45', '60']`` is refused, not
  converted);
* NaN and infinities are refused everywhere (never a silent NaN);
* a flag (:func:`check_flag`) is a real ``bool``: ``'no'``, ``0`` or ``1`` are refused, not read as true/false.

A wrong TYPE raises :class:`InputTypeError`, which is both a ``ValueError`` (the API contract: bad input raises
``ValueError``) and a ``TypeError`` (the Python convention); a wrong VALUE raises ``ValueError``.
"""

from __future__ import annotations

import difflib
import math
import numbers
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

Array = NDArray[np.float64]


class InputTypeError(ValueError, TypeError):
    """An argument of the wrong type: a ``ValueError`` (contract) that is also a ``TypeError``."""


# ------------------------------------------------------------------------------------------------- formatting
def _show(value: object) -> str:
    """Short, readable description of a value for an error message (arrays by shape, long reprs cut)."""
    if isinstance(value, np.ndarray):
        if value.ndim == 0:
            return _show(value.item())
        return f"an array of shape {value.shape}"
    if isinstance(value, bool | np.bool_):
        return repr(bool(value))
    if isinstance(value, numbers.Real):
        return f"{float(value):g}"
    if isinstance(value, list | tuple) and len(value) > 6:
        return f"a {type(value).__name__} of {len(value)} items"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _num(x: float) -> str:
    return f"{x:g}"


def describe_range(lo: float, hi: float, unit: str = "", *, lo_open: bool = False, hi_open: bool = False) -> str:
    """``[lo, hi] unit`` with ``(`` / ``)`` for open ends, as used in every range message."""
    u = f" {unit}" if unit else ""
    if math.isinf(lo) and lo < 0 and math.isinf(hi):
        return "any finite number" + (f" in {unit}" if unit else "")
    if math.isinf(hi):
        return (f"> {_num(lo)}" if lo_open else f">= {_num(lo)}") + u
    left = "(" if lo_open else "["
    right = ")" if hi_open else "]"
    return f"{left}{_num(lo)}, {_num(hi)}{right}{u}"


# ----------------------------------------------------------------------------------------------------- numbers
def _numeric_array(name: str, value: object, *, allow_bool: bool, allowed: str) -> Array:
    """``value`` as a float array; refuses str/bytes/None/bool/complex/objects, with what is allowed."""
    if value is None or isinstance(value, str | bytes):
        raise InputTypeError(f"{name} must be a number or an array of numbers ({allowed}), got {_show(value)}")
    if isinstance(value, bool | np.bool_) and not allow_bool:
        raise InputTypeError(f"{name} must be a number ({allowed}), got the boolean {bool(value)!r}; "
                             "booleans are not numbers")
    try:
        raw = np.asarray(value)
    except (TypeError, ValueError) as exc:  # ragged nested lists and the like
        raise InputTypeError(f"{name} must be a number or a regular array of numbers ({allowed}), "
                             f"got {_show(value)}") from exc
    kind = raw.dtype.kind
    if kind == "b" and not allow_bool:
        raise InputTypeError(f"{name} must be numbers ({allowed}), got an array of booleans; booleans are not "
                             "numbers")
    if kind == "O":
        bad = [v for v in raw.flat if not isinstance(v, numbers.Real)
               or (isinstance(v, bool | np.bool_) and not allow_bool)]
        if bad or raw.size == 0:
            inner = f" containing {_show(bad[0])}" if bad else ""
            raise InputTypeError(f"{name} must be a number or a regular array of numbers ({allowed}), got "
                                 f"{_show(value)}{inner}")
    elif kind not in "iufb":
        what = {"U": "strings", "S": "bytes", "c": "complex numbers", "M": "dates", "m": "time spans"}.get(
            kind, f"values of dtype {raw.dtype}")
        raise InputTypeError(f"{name} must be a number or an array of numbers ({allowed}), got {what}: "
                             f"{_show(value)}")
    return np.asarray(raw, dtype=float)


def check_array(
    name: str,
    value: ArrayLike,
    lo: float = -math.inf,
    hi: float = math.inf,
    unit: str = "",
    *,
    integer: bool = False,
    allow_bool: bool = False,
    lo_open: bool = False,
    hi_open: bool = False,
) -> Array:
    """A finite float array (0-d for a scalar) within ``[lo, hi]`` (open ends with ``lo_open`` / ``hi_open``).

    Refuses booleans (unless ``allow_bool``), strings, None, NaN, infinities and, with ``integer=True``, values
    that are not whole numbers. The message names ``name``, the first bad value and the allowed range.
    """
    def allowed() -> str:  # the messages' text, built only when a check fails (this runs in inner loops)
        rng = describe_range(lo, hi, unit, lo_open=lo_open, hi_open=hi_open)
        return ("allowed: " if rng.startswith("any") else "allowed range ") + rng

    if isinstance(value, np.ndarray) and value.dtype.kind == "f":  # already a float array: nothing to refuse
        arr = np.asarray(value, dtype=float)
    else:
        arr = _numeric_array(name, value, allow_bool=allow_bool, allowed=allowed())
    where = "" if arr.ndim == 0 else f" (first bad value of an array of shape {arr.shape})"
    finite = np.isfinite(arr)
    if not finite.all():
        first = arr[~finite].flat[0] if arr.ndim else arr.item()
        raise ValueError(f"{name} = {float(first)!r} is not a finite number{where}; {allowed()}")
    if integer:
        whole = arr == np.round(arr)
        if not whole.all():
            first = arr[~whole].flat[0] if arr.ndim else arr.item()
            raise ValueError(f"{name} = {_num(first)} is not a whole number{where}; allowed: whole numbers in "
                             f"{describe_range(lo, hi, unit, lo_open=lo_open, hi_open=hi_open)}")
    low_bad = arr <= lo if lo_open else arr < lo
    high_bad = arr >= hi if hi_open else arr > hi
    bad = low_bad | high_bad
    if bad.any():
        first = arr[bad].flat[0] if arr.ndim else arr.item()
        u = f" {unit}" if unit else ""
        raise ValueError(f"{name} = {_num(first)}{u} is outside the {allowed().removeprefix('allowed: ')}{where}")
    return arr


def check_number(
    name: str,
    value: object,
    lo: float = -math.inf,
    hi: float = math.inf,
    unit: str = "",
    *,
    integer: bool = False,
    allow_bool: bool = False,
    lo_open: bool = False,
    hi_open: bool = False,
) -> float:
    """One finite number (not an array) within the range; see :func:`check_array` for the rules."""
    arr = check_array(name, value, lo, hi, unit, integer=integer, allow_bool=allow_bool, lo_open=lo_open,
                      hi_open=hi_open)
    if arr.ndim != 0:
        if arr.size == 1:
            return float(arr.reshape(()))
        raise InputTypeError(f"{name} must be a single number ("
                             f"{describe_range(lo, hi, unit, lo_open=lo_open, hi_open=hi_open)}), not an array; got "
                             f"{_show(arr)}")
    return float(arr)


def check_int(name: str, value: object, lo: float = -math.inf, hi: float = math.inf) -> int:
    """A whole number (an ``int``, or a float with no fractional part) within ``[lo, hi]``; booleans refused."""
    return int(check_number(name, value, lo, hi, integer=True))


def check_flag(name: str, value: object) -> bool:
    """A real boolean (``True`` / ``False``, numpy bools too); ``'no'``, ``0``, ``1`` or ``None`` are refused."""
    if isinstance(value, bool | np.bool_):
        return bool(value)
    raise InputTypeError(f"{name} must be True or False, got {_show(value)} ({type(value).__name__})")


def as_float_array(name: str, value: ArrayLike) -> Array:
    """Return ``value`` as a finite float array (any range); see :func:`check_array`."""
    return check_array(name, value)


def check_range(
    name: str,
    value: ArrayLike,
    lo: float,
    hi: float,
    *,
    lo_open: bool = False,
    unit: str = "",
) -> Array:
    """Finite and within [lo, hi] (or (lo, hi] with ``lo_open``); return the float array (:func:`check_array`)."""
    return check_array(name, value, lo, hi, unit, lo_open=lo_open)


# ----------------------------------------------------------------------------------------------- choices, keys
def _suggest(value: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_choice(name: str, value: object, choices: Sequence[str]) -> str:
    """``value`` must be one of the strings ``choices`` (exact, case-sensitive); arrays and non-strings refused."""
    if isinstance(value, str) and value in choices:  # the common case first: no message text is built
        return value
    allowed = ", ".join(repr(c) for c in choices)
    if not isinstance(value, str):
        raise InputTypeError(f"{name} must be a string, one of {allowed}; got {_show(value)} "
                             f"({type(value).__name__})")
    raise ValueError(f"{name} = {value!r} is not allowed{_suggest(value, choices)}; choose one of {allowed}")


def check_keys(
    name: str,
    mapping: object,
    allowed: Sequence[str],
    *,
    required: Sequence[str] = (),
) -> Mapping[str, Any]:
    """``mapping`` must be a dict-like whose keys are all in ``allowed`` and include every ``required`` key.

    A typo (``{'hipp': 60}``) is refused with the allowed names, never ignored.
    """
    names = ", ".join(repr(a) for a in allowed)
    if not isinstance(mapping, Mapping):
        raise InputTypeError(f"{name} must be a dict with keys among {names}; got {_show(mapping)} "
                             f"({type(mapping).__name__})")
    for key in mapping:
        if not isinstance(key, str) or key not in allowed:
            hint = _suggest(key, allowed) if isinstance(key, str) else ""
            raise ValueError(f"{name} has the unknown key {key!r}{hint}; allowed keys: {names}")
    missing = [k for k in required if k not in mapping]
    if missing:
        raise ValueError(f"{name} lacks the key(s) {', '.join(map(repr, missing))}; it must contain "
                         f"{', '.join(map(repr, required))}")
    return mapping


def check_argv(name: str, value: object) -> list[str] | None:
    """Command-line arguments: None (read ``sys.argv``) or a list/tuple of strings; a bare string is refused
    (argparse would read ``"--write"`` as the seven arguments ``-``, ``-``, ``w``, ...)."""
    if value is None:
        return None
    if not isinstance(value, list | tuple) or not all(isinstance(a, str) for a in value):
        bad = value if not isinstance(value, list | tuple) else next(a for a in value if not isinstance(a, str))
        raise InputTypeError(f"{name} must be None or a list of strings (command-line arguments, e.g. "
                             f"['--check', 'a.ipynb']), got {_show(bad)} ({type(bad).__name__})")
    return list(value)


def check_instance(name: str, value: object, cls: type | tuple[type, ...], what: str) -> Any:
    """``value`` must be an instance of ``cls`` (described as ``what``, e.g. ``'a hinge_model.Body'``)."""
    if not isinstance(value, cls):
        raise InputTypeError(f"{name} must be {what}, got {type(value).__name__}")
    return value


# ----------------------------------------------------------------------------------------------------- arrays
def broadcast(named: dict[str, NDArray[np.float64]]) -> tuple[NDArray[np.float64], ...]:
    """Broadcast arrays together, raising a ValueError naming every argument and shape on mismatch."""
    try:
        return tuple(np.broadcast_arrays(*named.values()))
    except ValueError:
        shapes = ", ".join(f"{k} of shape {np.shape(v)}" for k, v in named.items() if np.ndim(v))
        raise ValueError(f"arrays do not broadcast together: {shapes}; allowed: shapes that numpy can "
                         "broadcast (equal, or 1 along a differing axis; scalars always)") from None


def scalarize(a: Any) -> Any:
    """0-d arrays become numpy scalars (nicer to print); others are returned unchanged."""
    return a[()] if isinstance(a, np.ndarray) and a.ndim == 0 else a
