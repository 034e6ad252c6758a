"""Exercises of notebook 09 (lifting fast). Answers are computed from the model when checked.

The lift is the notebook's: a 75 kg, 1.75 m man hinges to the 15 kg box with handles of
:data:`hinge_model.series.FLOOR_BOX` (on the floor, near side 2 cm in front of the toes), 121 frames,
``duration`` = down + up (s).
"""

from __future__ import annotations

from functools import cache

import numpy as np

from ..anthropometry import Body
from ..display import quantity as q
from ..exercises import Exercise, Mistake
from ..spine import NIOSH_ACTION_LIMIT, NIOSH_MAX_PERMISSIBLE

TITLE = "09: lifting fast"
LOAD = 15.0  # kg, the notebook's box (hm.series.FLOOR_BOX)
MOVE = "m = hm.movement('hinge', body, load=hm.series.FLOOR_BOX, frames=121, duration={d})"


@cache
def _peaks(duration: float) -> dict[str, float]:
    """Static and dynamic peak L5/S1 moments (N*m) and dynamic peak compression (N) of the hinge lift."""
    from ..movements import movement
    from ..series import FLOOR_BOX

    m = movement("hinge", Body(75.0, 1.75, "male"), load=FLOOR_BOX, frames=121, duration=duration)
    d = m.dynamics
    return {"static": float(np.max(m.analysis.moments["L5S1"])), "dynamic": float(np.max(d.moments["L5S1"])),
            "static_compression": float(np.max(m.analysis.spine.compression)),
            "compression": float(np.max(d.spine.compression))}


def _extra(duration: float) -> float:
    p = _peaks(duration)
    return p["dynamic"] - p["static"]


def _factor() -> float:
    return _extra(1.0) / _extra(2.0)


def _side(value: float, limit: float = NIOSH_ACTION_LIMIT) -> str:
    return "above" if value > limit else "below"


def _explain_peak() -> str:
    p = _peaks(1.0)
    return (f"The static peak of this lift is {q(p['static'], 'N·m')}; done in 1 s the dynamic peak is "
            f"{q(p['dynamic'], 'N·m')}, {q(p['dynamic'] / p['static'], '', 2)} times as much. The extra "
            f"{q(_extra(1.0), 'N·m')} comes from accelerating the trunk, arms and box upwards just after the "
            "pick-up.")


def _explain_factor() -> str:
    return (f"Extra moment (dynamic minus static peak): {q(_extra(1.0), 'N·m')} in 1 s and {q(_extra(2.0), 'N·m')} "
            f"in 2 s, a factor of {q(_factor())}. The same path in half the time needs about four times the "
            "accelerations (a ∝ distance / T²), and the extra moment grows with them.")


def _explain_compression() -> str:
    p = _peaks(2.0)
    dyn, stat = _side(p["compression"]), _side(p["static_compression"])
    action = (f"both are {dyn} it" if dyn == stat else f"the dynamic value is {dyn} it, the static one {stat} it")
    return (f"Peak L5/S1 compression of the 2 s hinge lift: {q(p['compression'], 'N')} with the accelerations "
            f"(inverse dynamics), {q(p['static_compression'], 'N')} without them (statics). The NIOSH action limit "
            f"is {q(NIOSH_ACTION_LIMIT, 'N', 4)}: {action}; the dynamic value is "
            f"{_side(p['compression'], NIOSH_MAX_PERMISSIBLE)} the maximum permissible limit of "
            f"{q(NIOSH_MAX_PERMISSIBLE, 'N', 4)}.")


EXERCISES = (
    Exercise(
        "09.1",
        "Hinge lift of the 15 kg box (hm.series.FLOOR_BOX) in 1 s (down + up): what is the dynamic peak L5/S1 "
        "moment (N·m)?",
        lambda: _peaks(1.0)["dynamic"],
        "N·m",
        mistakes=(
            Mistake(lambda x: abs(x - _peaks(1.0)["static"]) < 3.0, "that is the STATIC peak (the same for every "
                    "speed); take np.max of m.dynamics.moments['L5S1'].", lambda: _peaks(1.0)["static"]),
            Mistake(lambda x: abs(x - _extra(1.0)) < 3.0, "that is only the dynamic EXTRA; the peak includes the "
                    "static part as well.", lambda: _extra(1.0)),
        ),
        hint="Take the maximum of the DYNAMIC L5/S1 moment (m.dynamics.moments['L5S1']) of the 1 s lift; it "
        "already includes the static part.",
        explain=_explain_peak,
        python=MOVE.format(d=1.0) + "; np.max(m.dynamics.moments['L5S1'])",
    ),
    Exercise(
        "09.2",
        "By what factor does the extra peak L5/S1 moment (dynamic - static) grow when the lift duration halves "
        "from 2 s to 1 s?",
        _factor,
        "",
        rel_tol=0.05,
        mistakes=(  # the whole-peak ratio is checked first: it lies close to the 'twice' mistake
            Mistake(lambda x: abs(x - _peaks(1.0)["dynamic"] / _peaks(2.0)["dynamic"]) < 0.05,
                    "that is the ratio of the whole dynamic peaks; the question asks about the extra above static.",
                    lambda: _peaks(1.0)["dynamic"] / _peaks(2.0)["dynamic"]),
            Mistake(lambda x: abs(x - 2.0) < 0.3, "twice as fast means twice the VELOCITY, but accelerations scale "
                    "with distance / time², so halving the time multiplies them by about 2² = 4.", lambda: 2.0),
        ),
        hint="Subtract the static peak from each dynamic peak first; then divide the 1 s lift's extra by the 2 s "
        "lift's extra.",
        explain=_explain_factor,
        python="extra = {d: np.max(m_d.dynamics.moments['L5S1']) - np.max(m_d.analysis.moments['L5S1'])} for "
        "d = 1.0 and 2.0; extra[1.0] / extra[2.0]",
    ),
    Exercise(
        "09.3",
        "What is the dynamic peak L5/S1 compression (N) of the 2 s hinge lift of the 15 kg box?",
        lambda: _peaks(2.0)["compression"],
        "N",
        mistakes=(
            Mistake(lambda x: abs(x - _peaks(2.0)["static_compression"]) < 30.0, "that is the static compression; "
                    "use m.dynamics.spine.compression.", lambda: _peaks(2.0)["static_compression"]),
            Mistake(lambda x: abs(x - NIOSH_ACTION_LIMIT) < 1.0, "3400 N is the NIOSH action limit itself, not the "
                    "model's compression.", lambda: NIOSH_ACTION_LIMIT),
            Mistake(lambda x: abs(x - _peaks(2.0)["compression"] / 1000) < 0.5, "give the answer in newtons, not "
                    "kilonewtons.", lambda: _peaks(2.0)["compression"] / 1000),
        ),
        hint="Take the maximum of the DYNAMIC compression (m.dynamics.spine.compression) of the 2 s lift, in "
        "newtons.",
        explain=_explain_compression,
        python=MOVE.format(d=2.0) + "; np.max(m.dynamics.spine.compression)",
    ),
)
