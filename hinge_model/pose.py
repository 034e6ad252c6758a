"""``Pose``: the joint angles of the planar chain (degrees), scalars or arrays that broadcast together."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .conventions import ANGLE_RANGES, JOINTS
from .validation import InputTypeError, broadcast, check_array, check_keys


@dataclass(frozen=True, init=False)
class Pose:
    """Relative joint angles in degrees, 0 in quiet upright standing (see :mod:`hinge_model.conventions`).

    Every field may be a float or an array; all must broadcast together and stay within
    :data:`~hinge_model.conventions.ANGLE_RANGES`, otherwise ``ValueError`` names the argument, value and range.
    Booleans, strings (also ``['45', '60']``), None, NaN and infinities are refused, never converted.

    >>> Pose(ankle=5, knee=20, hip=70, lumbar=5, shoulder=60).shape
    ()
    >>> Pose(hip=[0, 45, 90]).shape
    (3,)
    """

    ankle: NDArray[np.float64]
    knee: NDArray[np.float64]
    hip: NDArray[np.float64]
    lumbar: NDArray[np.float64]
    shoulder: NDArray[np.float64]
    elbow: NDArray[np.float64]
    neck: NDArray[np.float64]

    def __init__(
        self,
        ankle: ArrayLike = 0.0,
        knee: ArrayLike = 0.0,
        hip: ArrayLike = 0.0,
        lumbar: ArrayLike = 0.0,
        shoulder: ArrayLike = 0.0,
        elbow: ArrayLike = 0.0,
        neck: ArrayLike = 0.0,
    ) -> None:
        given = {"ankle": ankle, "knee": knee, "hip": hip, "lumbar": lumbar, "shoulder": shoulder,
                 "elbow": elbow, "neck": neck}
        checked = {k: check_array(k, v, *ANGLE_RANGES[k], "deg") for k, v in given.items()}
        arrays = broadcast(checked)
        for name, arr in zip(JOINTS, arrays, strict=True):
            arr = np.array(arr, dtype=float)  # own, contiguous copy
            arr.flags.writeable = False
            object.__setattr__(self, name, arr)

    @classmethod
    def _unchecked(cls, fields: dict[str, NDArray[np.float64]]) -> Pose:
        """A pose from already-validated, broadcast float arrays WITHOUT the range check (internal: e.g. the
        finite-difference neighbours of a pose at the edge of a joint range in :mod:`hinge_model.dynamics`)."""
        pose = object.__new__(cls)
        for name, arr in zip(JOINTS, np.broadcast_arrays(*(fields[j] for j in JOINTS)), strict=True):
            arr = np.array(arr, dtype=float)
            arr.flags.writeable = False
            object.__setattr__(pose, name, arr)
        return pose

    @property
    def shape(self) -> tuple[int, ...]:
        """Broadcast shape of the pose fields."""
        return self.ankle.shape

    def __len__(self) -> int:
        if not self.shape:
            raise TypeError("a scalar Pose has no length")
        return self.shape[0]

    def __getitem__(self, index: object) -> Pose:
        """Index every field the same way, e.g. ``movement.poses[m.pickup]``."""
        if not self.shape:
            raise InputTypeError("a scalar Pose cannot be indexed; only a Pose of arrays (shape != ()) can")
        try:
            fields = {f: getattr(self, f)[index] for f in JOINTS}
        except IndexError as exc:  # keep IndexError (the sequence protocol), with a message saying what is allowed
            n = self.shape[0]
            raise IndexError(f"index {index!r} does not select from a Pose of shape {self.shape} ({exc}); allowed: "
                             f"integers in [{-n}, {n - 1}], slices, or integer / boolean arrays") from None
        return Pose(**fields)

    def __iter__(self) -> Iterator[Pose]:
        for i in range(len(self)):
            yield self[i]

    def replace(self, **changes: ArrayLike) -> Pose:
        """A copy with some angles changed (validated again); unknown joint names are refused."""
        check_keys("Pose.replace(**changes)", changes, JOINTS)
        current = {f.name: getattr(self, f.name) for f in fields(self)}
        current.update(changes)
        return Pose(**current)

    def as_dict(self) -> dict[str, NDArray[np.float64]]:
        """Field name -> array (degrees)."""
        return {f: getattr(self, f) for f in JOINTS}

    def __repr__(self) -> str:
        if self.shape == ():
            inner = ", ".join(f"{f}={float(getattr(self, f)):g}" for f in JOINTS)
            return f"Pose({inner})"
        return f"Pose(shape={self.shape})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Pose):
            return NotImplemented
        return self.shape == other.shape and all(np.array_equal(getattr(self, f), getattr(other, f)) for f in JOINTS)

    __hash__ = None  # type: ignore[assignment]


__all__ = ["Pose"]
