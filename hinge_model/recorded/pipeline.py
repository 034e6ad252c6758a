"""Steps 3-7 of the shared path (see :mod:`hinge_model.recorded._common`): masking, units, gaps, facing, origin."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from scipy.interpolate import CubicSpline

from ._common import (
    MAX_GAP,
    MIN_CONFIDENCE,
    OPTIONAL,
    PIXEL_UNITS,
    REQUIRED,
    UNITS,
    Array,
    RawPoints,
    RecordingError,
    _resolve,
    _time,
    pixel_scale,
    segment_chain_length,
)

FACINGS: tuple[str, ...] = ("right", "left")
#: Allowed median length (m) of the ankle-knee-hip-shoulder chain: about 0.7 x stature for statures 1.0-2.3 m,
#: with a wide margin; outside it the units are wrong (e.g. pixels in a file that says metres).
CHAIN_RANGE: tuple[float, float] = (0.3, 2.5)


def runs(missing: Array) -> list[tuple[int, int]]:
    """(first, last) frame of each run of True in ``missing``."""
    m = np.concatenate(([False], np.asarray(missing, bool), [False]))
    edges = np.flatnonzero(np.diff(m.astype(int)))
    return [(int(a), int(b) - 1) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def fill_gaps(t: Array, xy: Array, max_gap: int) -> tuple[Array, Array, tuple[int, int] | None]:
    """Fill runs of NaN frames of ``xy`` (frames, 2) no longer than ``max_gap``.

    Inside the recording each gap of n frames gets a cubic fitted by least squares to the n + 3 valid frames on
    each side (a smoothing fit: an interpolating spline would carry the noise of the two edge frames into the
    gap); with fewer valid neighbours a cubic spline, then linear interpolation. Gaps at the ends hold the
    nearest valid value. Returns (filled xy, bool mask of the filled frames, the first run that is too long or
    None); with fewer than 2 valid frames nothing is filled and the whole recording is the long run.
    """
    missing = ~np.all(np.isfinite(xy), axis=-1)
    if not missing.any():
        return xy, missing, None
    valid = ~missing
    if valid.sum() < 2:
        return xy, np.zeros_like(missing), (0, len(t) - 1)
    gaps = runs(missing)
    long_run = next(((a, b) for a, b in gaps if b - a + 1 > max_gap), None)
    out = xy.copy()
    idx = np.flatnonzero(valid)
    for a, b in gaps:
        if a == 0 or b == len(t) - 1:
            continue
        k = b - a + 4
        before, after = idx[idx < a][-k:], idx[idx > b][:k]
        if len(before) >= 1 and len(after) >= 1 and len(before) + len(after) >= 6:
            near = np.concatenate((before, after))
            tc = t[a:b + 1]
            t0, span = t[near].mean(), np.ptp(t[near])
            for c in range(2):
                coef = np.polyfit((t[near] - t0) / span, xy[near, c], 3)
                out[a:b + 1, c] = np.polyval(coef, (tc - t0) / span)
    still = ~np.all(np.isfinite(out), axis=-1)
    if still.any() and valid.sum() >= 4:
        tv = t[valid]
        inside = still & (t > tv[0]) & (t < tv[-1])
        out[inside] = CubicSpline(tv, xy[valid], axis=0)(t[inside])
    for c in range(2):  # the ends: nearest valid value
        bad = ~np.isfinite(out[:, c])
        out[bad, c] = np.interp(t[bad], t[valid], xy[valid, c])
    return out, missing, long_run


def detect_facing(kp: Mapping[str, Array]) -> tuple[str, str]:
    """Which way the person faces in the file's x axis (y already up): ("right" = +x or "left", the cue used).

    Cues, first that is available and clear: toe ahead of the heel (or of the ankle), the nose ahead of the ear,
    the knee ahead of the ankle-hip line (knees flex forward). Falls back to "right".
    """
    def med(v: Array) -> float:
        v = v[np.isfinite(v)]
        return float(np.median(v)) if v.size else 0.0

    cues: list[tuple[str, float]] = []
    if "toe" in kp and "heel" in kp:
        cues.append(("toe ahead of heel", med(kp["toe"][:, 0] - kp["heel"][:, 0])))
    elif "toe" in kp:
        cues.append(("toe ahead of ankle", med(kp["toe"][:, 0] - kp["ankle"][:, 0])))
    if "nose" in kp and "ear" in kp:
        cues.append(("nose ahead of ear", med(kp["nose"][:, 0] - kp["ear"][:, 0])))
    a, k, h = kp["ankle"], kp["knee"], kp["hip"]
    dy = h[:, 1] - a[:, 1]
    with np.errstate(invalid="ignore", divide="ignore"):
        line_x = a[:, 0] + (h[:, 0] - a[:, 0]) * (k[:, 1] - a[:, 1]) / dy
    off = k[:, 0] - line_x
    off = off[np.isfinite(off)]
    if off.size:
        big = off[np.abs(off) >= np.quantile(np.abs(off), 0.7)]
        cues.append(("knees ahead of the ankle-hip line", float(np.sum(big))))
    leg = float(np.nanmedian(np.hypot(*(k - a).T)))
    for cue, value in cues:
        if abs(value) > 0.02 * leg:
            return ("right" if value > 0 else "left"), cue
    return "right", "no clear cue; assumed facing +x"


def build(raw: RawPoints, *, fps: float | None = None, height: float | None = None, facing: str | None = None,
          markers: Mapping[str, Sequence[str] | str] | None = None, min_confidence: float = MIN_CONFIDENCE,
          max_gap: int = MAX_GAP, known_length: Any = None, image_size: tuple[float, float] | None = None,
          **options: Any) -> Any:
    """Turn a reader's :class:`RawPoints` into a :class:`~hinge_model.recorded.recording.Recording`."""
    from .recording import Recording

    src = raw.source
    if facing is not None and facing not in FACINGS:
        raise RecordingError(f"facing = {facing!r} is not allowed; choose one of 'right', 'left' or None (detect)")
    if isinstance(min_confidence, bool) or not 0.0 <= float(min_confidence) <= 1.0:
        raise RecordingError(f"min_confidence = {min_confidence!r} is outside the allowed range [0, 1]")
    if isinstance(max_gap, bool) or not isinstance(max_gap, int | np.integer) or not 0 <= max_gap <= 1000:
        raise RecordingError(f"max_gap = {max_gap!r} must be an integer number of frames in [0, 1000]")
    t = _time(raw, fps)
    found, side = _resolve(raw, markers)
    notes = list(raw.notes)
    if side:
        notes.append(f"{side} side used (higher mean confidence)")

    every = np.concatenate([c for _, c in found.values()])
    if not np.any(every > 0):
        raise RecordingError(f"{src}: every point has confidence 0 (nothing was tracked)")
    xy: dict[str, Array] = {}
    conf: dict[str, Array] = {}
    for joint, (p, c) in found.items():
        p = np.array(p, dtype=float)
        p[c < float(min_confidence)] = np.nan
        if joint in REQUIRED and not np.isfinite(p).any():
            raise RecordingError(f"{src}: joint {joint!r}: every frame has confidence below min_confidence = "
                                 f"{float(min_confidence):g} (largest {float(np.max(c)):g})")
        xy[joint], conf[joint] = p, c

    units = raw.units
    if units == "norm":
        size = image_size or raw.image_size
        if size is None:
            raise RecordingError(f"{src}: coordinates are normalised to the image (0-1); pass image_size=(width, "
                                 "height) in pixels (or write '# image_width_px:' and '# image_height_px:')")
        w, h = (float(v) for v in size)
        for j in xy:
            xy[j] = xy[j] * np.array([w, h])
        units = "px"
    if raw.y_down or units in PIXEL_UNITS:
        for j in xy:
            xy[j] = xy[j] * np.array([1.0, -1.0])  # image y points down
    if units in PIXEL_UNITS:
        scale, scale_source = pixel_scale(xy, height, known_length, src)
    elif units in UNITS:
        scale, scale_source = UNITS[units], f"file units {units}"
    else:
        raise RecordingError(f"{src}: unknown units {units!r}; allowed: {', '.join((*UNITS, *PIXEL_UNITS))}")
    xy = {j: v * scale for j, v in xy.items()}
    chain = float(np.nanmedian(segment_chain_length(xy)))
    if not CHAIN_RANGE[0] <= chain <= CHAIN_RANGE[1]:
        raise RecordingError(f"{src}: the ankle-knee-hip-shoulder chain is {chain:.3g} m long with units "
                             f"{raw.units!r} ({scale_source}), not a person's (allowed {CHAIN_RANGE[0]:g}-"
                             f"{CHAIN_RANGE[1]:g} m); pixels? pass units='px' and height=")

    filled: dict[str, Array] = {}
    for joint in list(xy):
        out, gaps, long_run = fill_gaps(t, xy[joint], int(max_gap))
        if long_run is not None:
            a, b = long_run
            what = (f"{src}: joint {joint!r} is missing in frames {a}-{b} ({b - a + 1} frames, t = {t[a]:.3f}-"
                    f"{t[b]:.3f} s), longer than max_gap = {max_gap} frames")
            if joint in REQUIRED:
                raise RecordingError(what + "; trim the recording or re-track it")
            notes.append(what + f"; {joint} not used")
            del xy[joint], conf[joint]
            continue
        xy[joint], filled[joint] = out, gaps
        if gaps.any():
            notes.append(f"{joint}: {int(gaps.sum())} missing frame(s) filled")

    if facing is None:
        facing, cue = detect_facing(xy)
        notes.append(f"facing {facing} detected ({cue})")
    if facing == "left":
        xy = {j: v * np.array([-1.0, 1.0]) for j, v in xy.items()}
    origin = np.median(xy["ankle"], axis=0)
    keypoints = {j: v - origin for j, v in xy.items() if j not in ("nose",)}
    conf = {j: c for j, c in conf.items() if j in keypoints}
    filled = {j: f for j, f in filled.items() if j in keypoints}
    dropped = [j for j in OPTIONAL if j not in keypoints]
    if "elbow" in dropped:
        notes.append("no elbow: straight arms assumed (elbow = 0)")
    if "ear" in dropped:
        notes.append("no ear: neck = 0 assumed")
    return Recording(time=t, keypoints=keypoints, confidence=conf, filled=filled, source=src, format=raw.fmt,
                     facing=facing, scale=scale, scale_source=scale_source, notes=tuple(notes), **options)
