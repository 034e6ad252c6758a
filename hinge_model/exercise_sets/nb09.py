"""Exercises of notebook 09 (lifting fast). Answers are computed from the model when checked.

The lift is the notebook's: a 75 kg, 1.75 m man hinges to a 15 kg kettlebell (grip height of
:data:`hinge_model.movements.PROGRESSION_TARGETS`, over the mid-foot), 121 frames, ``duration`` = down + up (s).
"""

from __future__ import annotations

from functools import cache

import numpy as np

from ..anthropometry import Body
from ..exercises import Exercise, Mistake

LOAD = 15.0  # kg


@cache
def _peaks(duration: float) -> dict[str, float]:
    """Static and dynamic peak L5/S1 moments (N*m) and dynamic peak compression (N) of the hinge lift."""
    from ..movements import PROGRESSION_TARGETS, movement

    m = movement("hinge", Body(75.0, 1.75, "male"), LOAD, PROGRESSION_TARGETS["kettlebell"], frames=121,
                 duration=duration)
    d = m.dynamics
    return {"static": float(np.max(m.analysis.moments["L5S1"])), "dynamic": float(np.max(d.moments["L5S1"])),
            "static_compression": float(np.max(m.analysis.spine.compression)),
            "compression": float(np.max(d.spine.compression))}


def _extra(duration: float) -> float:
    p = _peaks(duration)
    return p["dynamic"] - p["static"]


def _factor() -> float:
    return _extra(1.0) / _extra(2.0)


EXERCISES = (
    Exercise(
        "09.1",
        "Hinge lift of a 15 kg kettlebell in 1 s (down + up): what is the dynamic peak L5/S1 moment (N·m)?",
        lambda: _peaks(1.0)["dynamic"],
        "N·m",
        0.03,
        (
            Mistake(lambda x: abs(x - _peaks(1.0)["static"]) < 3.0, "that is the STATIC peak (the same for every "
                    "speed); take np.max of m.dynamics.moments['L5S1'].", lambda: _peaks(1.0)["static"]),
            Mistake(lambda x: abs(x - _extra(1.0)) < 3.0, "that is only the dynamic EXTRA; the peak includes the "
                    "static part as well.", lambda: _extra(1.0)),
        ),
        "m = hm.movement('hinge', body, 15, HANDLE, frames=121, duration=1.0); np.max(m.dynamics.moments['L5S1']). "
        "Upward accelerations of up to about 2 g just after the pick-up more than triple the static peak.",
    ),
    Exercise(
        "09.2",
        "By what factor does the extra peak L5/S1 moment (dynamic - static) grow when the lift duration halves "
        "from 2 s to 1 s?",
        _factor,
        "",
        0.05,
        (  # the whole-peak ratio (~2.1) is checked first: it lies close to the 'twice' mistake
            Mistake(lambda x: abs(x - _peaks(1.0)["dynamic"] / _peaks(2.0)["dynamic"]) < 0.05,
                    "that is the ratio of the whole dynamic peaks; the question asks about the extra above static.",
                    lambda: _peaks(1.0)["dynamic"] / _peaks(2.0)["dynamic"]),
            Mistake(lambda x: abs(x - 2.0) < 0.3, "twice as fast means twice the VELOCITY, but accelerations scale "
                    "with distance / time², so halving the time multiplies them by about 2² = 4.", lambda: 2.0),
        ),
        "(peak[1.0]['L5S1'] - static_peak['L5S1']) / (peak[2.0]['L5S1'] - static_peak['L5S1']) ≈ 4: the same "
        "path in half the time has four times the accelerations (a ∝ distance / T²), and the extra moment is "
        "proportional to them.",
    ),
    Exercise(
        "09.3",
        "What is the dynamic peak L5/S1 compression (N) of the 2 s hinge lift?",
        lambda: _peaks(2.0)["compression"],
        "N",
        0.03,
        (
            Mistake(lambda x: abs(x - _peaks(2.0)["static_compression"]) < 30.0, "that is the static compression; "
                    "use m.dynamics.spine.compression.", lambda: _peaks(2.0)["static_compression"]),
            Mistake(lambda x: abs(x - 3400.0) < 1.0, "3400 N is the NIOSH action limit itself, not the model's "
                    "compression.", lambda: 3400.0),
            Mistake(lambda x: abs(x - _peaks(2.0)["compression"] / 1000) < 0.5, "give the answer in newtons, not "
                    "kilonewtons.", lambda: _peaks(2.0)["compression"] / 1000),
        ),
        "np.max(m.dynamics.spine.compression) for duration=2.0: it is above the 3400 N action limit although the "
        "static value is below it.",
    ),
)
