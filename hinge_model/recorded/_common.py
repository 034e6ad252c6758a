"""The shared path from a tracker's raw points to a :class:`~hinge_model.recorded.recording.Recording`.

Every reader returns a :class:`RawPoints` (marker name -> (frames, 2) array in the file's units, a confidence per
point, the time if the file has one); :func:`build` then does, in this order:

1. time: the file's own, else ``frame / fps``; at least 3 frames, strictly increasing, else ``ValueError``;
2. names: ``markers={"hip": ["RASI", "RPSI"], ...}`` maps joints to one or more file names (averaged; a
   frame where one of them is missing is missing); otherwise the joint's usual names are looked up
   (case, ``_``, ``-`` and spaces ignored: ``knee``, ``RKnee``, ``right_knee``, ``knee_r``, ``RKNE``, ...). When a
   joint exists on both sides, ONE side is used for the whole recording: the side with the higher mean
   confidence over the required joints (the side nearer the camera; ties: right);
3. confidence masking: points with confidence below ``min_confidence`` (default :data:`MIN_CONFIDENCE`) are
   missing; a file whose every confidence is 0 is refused;
4. units: metres from "m", "cm", "mm"; pixels ("px", y pointing down) and normalised image coordinates ("norm",
   x / width and y / height) are scaled by the body's stature (``height``, see :func:`pixel_scale`) or by
   ``known_length=(joint_a, joint_b, metres)``; y is flipped so that it points up;
5. gaps: runs of missing frames up to ``max_gap`` frames (default :data:`MAX_GAP`) are filled (cubic spline
   through the valid frames; held at the ends); longer runs of a required joint are refused, an optional joint
   (ear, elbow, toe, heel, thoracolumbar) with a longer gap is dropped with a note;
6. facing: detected from the toes or heel, the nose and the knees (see :func:`detect_facing`) unless
   ``facing="right"|"left"`` is given; a person facing left (-x) is mirrored so that x points forward;
7. origin: the median ankle position over the recording (the feet do not move), so the ankle is at (0, 0).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]

#: Joints a recording must have (the chain from the ankle to the hands).
REQUIRED: tuple[str, ...] = ("ankle", "knee", "hip", "shoulder", "wrist")
#: Joints used when present: elbow (else straight arms), ear (else neck 0), thoracolumbar (the back marker, else
#: the lumbar assumption), toe and heel (facing, and shown).
OPTIONAL: tuple[str, ...] = ("elbow", "ear", "thoracolumbar", "toe", "heel")
#: Points used only to detect the facing direction.
AUXILIARY: tuple[str, ...] = ("nose",)
JOINT_NAMES: tuple[str, ...] = (*REQUIRED[:4], "elbow", "wrist", "ear", "toe", "heel", "thoracolumbar")

#: Points whose confidence is below this are treated as missing (a convention; MediaPipe's own default
#: tracking-confidence threshold is also 0.5).
MIN_CONFIDENCE: float = 0.5
#: Longest run of missing frames (per joint) that is filled by interpolation (a convention: 1/3 s at 30 fps).
MAX_GAP: int = 10
UNITS: Mapping[str, float] = {"m": 1.0, "cm": 0.01, "mm": 0.001}
PIXEL_UNITS: tuple[str, ...] = ("px", "norm")

#: Usual names of each joint in trackers' and marker sets' files (compared in lower case without ``_ - .`` and
#: spaces), before side prefixes/suffixes are added.
SYNONYMS: Mapping[str, tuple[str, ...]] = {
    "ankle": ("ankle", "ank", "anklejointcentre", "ajc"),
    "knee": ("knee", "kne", "kneejointcentre", "kjc"),
    "hip": ("hip", "hipjointcentre", "hjc"),
    "shoulder": ("shoulder", "sho", "shoulderjointcentre", "sjc"),
    "elbow": ("elbow", "elb", "elbowjointcentre", "ejc"),
    "wrist": ("wrist", "wri", "wjc"),
    "ear": ("ear", "tragion"),
    "toe": ("toe", "bigtoe", "footindex", "toetip"),
    "heel": ("heel", "hee"),
    "thoracolumbar": ("thoracolumbar", "back"),
    "nose": ("nose",),
}
SIDES: Mapping[str, tuple[str, ...]] = {"right": ("right", "r"), "left": ("left", "l")}


class RecordingError(ValueError):
    """Bad recorded input: the message names the file, the frame or column, and what is wrong."""


@dataclass
class RawPoints:
    """What a reader found in a file, in the file's own units and axes."""

    source: str  # file (or folder) name, used in messages
    fmt: str
    points: dict[str, Array]  # name in the file -> (frames, 2): x, y; NaN where missing
    confidence: dict[str, Array] = field(default_factory=dict)  # name -> (frames,); 1 where finite if absent
    time: Array | None = None  # s
    units: str = "m"  # "m", "cm", "mm", "px" or "norm" (x / width, y / height)
    y_down: bool = False  # image coordinates: y points down (always so for "px" and "norm")
    image_size: tuple[float, float] | None = None  # (width, height) px, for "norm"
    notes: list[str] = field(default_factory=list)

    @property
    def frames(self) -> int:
        return len(next(iter(self.points.values()))) if self.points else 0


def _key(name: str) -> str:
    return re.sub(r"[\s_\-.]", "", str(name)).lower()


def candidates(joint: str) -> dict[str, set[str]]:
    """Normalised file names that stand for ``joint``: ``{"": {...}, "right": {...}, "left": {...}}``."""
    out: dict[str, set[str]] = {"": set(SYNONYMS[joint]), "right": set(), "left": set()}
    for side, tags in SIDES.items():
        for tag in tags:
            for syn in SYNONYMS[joint]:
                out[side] |= {tag + syn, syn + tag}
    return out


def _time(raw: RawPoints, fps: float | None) -> Array:
    n = raw.frames
    if n < 3:
        raise RecordingError(f"{raw.source}: {n} frame(s); a recording needs at least 3 frames")
    if raw.time is not None:
        t = np.asarray(raw.time, dtype=float)
        bad = ~np.isfinite(t)
        if bad.any():
            raise RecordingError(f"{raw.source}: time of frame {int(np.argmax(bad))} is not a number")
    else:
        if fps is None:
            raise RecordingError(f"{raw.source}: the file has no time column; pass fps= (frames per second)")
        if isinstance(fps, bool) or not np.isfinite(float(fps)) or not 1.0 <= float(fps) <= 10000.0:
            raise RecordingError(f"fps = {fps!r} is outside the allowed range [1, 10000] frames per second")
        t = np.arange(n) / float(fps)
    step = np.diff(t)
    if np.any(step <= 0):
        i = int(np.argmax(step <= 0)) + 1
        raise RecordingError(f"{raw.source}: time is not strictly increasing at frame {i} "
                             f"({t[i - 1]:g} s, then {t[i]:g} s)")
    return t - t[0] if raw.time is None else t


def _confidence(raw: RawPoints, name: str) -> Array:
    xy = raw.points[name]
    finite = np.all(np.isfinite(xy), axis=-1)
    conf = raw.confidence.get(name)
    c = np.where(finite, 1.0, 0.0) if conf is None else np.where(finite, np.nan_to_num(conf, nan=0.0), 0.0)
    return np.asarray(c, dtype=float)


def _resolve(raw: RawPoints, markers: Mapping[str, Sequence[str] | str] | None
             ) -> tuple[dict[str, tuple[Array, Array]], str]:
    """joint -> (xy, confidence) in file units, and the side chosen ("right", "left" or "")."""
    keyed = {_key(n): n for n in raw.points}
    found: dict[str, tuple[Array, Array]] = {}
    given = dict(markers or {})
    for joint, names in given.items():
        if joint not in (*JOINT_NAMES, *AUXILIARY):
            raise RecordingError(f"markers: {joint!r} is not a joint; use one of {', '.join(JOINT_NAMES)}")
        names = [names] if isinstance(names, str) else list(names)
        if not names:
            raise RecordingError(f"markers[{joint!r}] is empty; give one or more marker names")
        missing = [n for n in names if _key(n) not in keyed]
        if missing:
            raise RecordingError(f"{raw.source}: markers[{joint!r}] names {missing}, which the file does not "
                                 f"have (it has: {', '.join(list(raw.points)[:40])})")
        cols = [keyed[_key(n)] for n in names]
        xy = np.mean([raw.points[c] for c in cols], axis=0)  # NaN if any is missing
        conf = np.min([_confidence(raw, c) for c in cols], axis=0)
        found[joint] = (xy, conf)
    per_side: dict[str, dict[str, str]] = {"": {}, "right": {}, "left": {}}
    for joint in (*JOINT_NAMES, *AUXILIARY):
        if joint in found:
            continue
        for side, names in candidates(joint).items():
            hit = next((keyed[k] for k in sorted(names) if k in keyed), None)
            if hit is not None:
                per_side[side][joint] = hit

    def score(side: str) -> float:
        return float(sum(np.mean(_confidence(raw, per_side[side][j])) for j in REQUIRED if j in per_side[side]))

    side = "right" if score("right") >= score("left") else "left"
    if not per_side["right"] and not per_side["left"]:
        side = ""
    other = {"right": "left", "left": "right", "": ""}[side]
    for joint in (*JOINT_NAMES, *AUXILIARY):
        if joint in found:
            continue
        name = per_side[side].get(joint) or per_side[""].get(joint) or per_side[other].get(joint)
        if name is not None:
            found[joint] = (np.asarray(raw.points[name], dtype=float), _confidence(raw, name))
    absent = [j for j in REQUIRED if j not in found]
    if absent:
        looked = sorted(candidates(absent[0])[""] | candidates(absent[0])["right"])[:8]
        raise RecordingError(f"{raw.source}: no column or marker for the required joint {absent[0]!r} "
                             f"(looked for names like {', '.join(looked)}; map yours with markers={{"
                             f"{absent[0]!r}: [...]}})")
    return found, side


def segment_chain_length(xy: Mapping[str, Array]) -> Array:
    """Per frame: |knee - ankle| + |hip - knee| + |shoulder - hip| (any length unit)."""
    total = 0.0
    for a, b in (("ankle", "knee"), ("knee", "hip"), ("hip", "shoulder")):
        total = total + np.hypot(*(xy[b] - xy[a]).T)
    return np.asarray(total)


def stature_fraction() -> float:
    """(shank + thigh + pelvis + abdomen + thorax length) / stature, mean of de Leva's (1996) male and female
    fractions (the ankle-knee-hip-shoulder chain of the model; the hip-shoulder line at neutral lumbar)."""
    from ..anthropometry import Body

    fr = []
    for sex in ("male", "female"):
        b = Body(70.0, 1.75, sex)
        fr.append(sum(b.segments[n].length for n in ("shank", "thigh", "pelvis", "abdomen", "thorax")) / 1.75)
    return float(np.mean(fr))


def pixel_scale(xy: Mapping[str, Array], height: float | None, known_length: Any, source: str) -> tuple[float, str]:
    """Metres per file unit for pixel data: from the stature (the median ankle-knee-hip-shoulder chain length
    equals :func:`stature_fraction` x height) or from ``known_length = (joint_a, joint_b, metres)``."""
    if known_length is not None:
        try:
            a, b, metres = known_length
            metres = float(metres)
        except (TypeError, ValueError):
            raise RecordingError(f"known_length = {known_length!r} must be (joint_a, joint_b, metres)") from None
        if a not in xy or b not in xy:
            raise RecordingError(f"known_length names {a!r} and {b!r}; the recording has {', '.join(xy)}")
        if not 0.01 <= metres <= 3.0:
            raise RecordingError(f"known_length = {metres:g} m is outside the allowed range [0.01, 3] m")
        d = np.nanmedian(np.hypot(*(xy[b] - xy[a]).T))
        return metres / float(d), f"known length {a}-{b} = {metres:g} m"
    if height is None:
        raise RecordingError(f"{source}: the coordinates are in pixels; pass height= (the person's stature, m) "
                             "or known_length=(joint_a, joint_b, metres) to scale them to metres")
    from ..conventions import HEIGHT_RANGE
    from ..validation import check_range

    h = float(check_range("height", height, *HEIGHT_RANGE, unit="m"))
    chain = float(np.nanmedian(segment_chain_length(xy)))
    return stature_fraction() * h / chain, f"stature {h:g} m (median ankle-knee-hip-shoulder chain)"
