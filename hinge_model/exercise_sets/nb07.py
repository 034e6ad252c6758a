"""Exercises of notebook 07 (box height, load and the revised NIOSH equation). Answers are computed when checked.

The task is the notebook's: a 75 kg, 1.75 m man lifts the 15 kg box with handles of
:data:`hinge_model.series.FLOOR_BOX` (on the floor, handles 0.15 m up, near side 2 cm in front of the toes), 41
frames; the load sweep changes the box's mass (0 and 20 kg).
"""

from __future__ import annotations

from functools import cache

import numpy as np

from ..anthropometry import Body
from ..conventions import G
from ..display import quantity as q
from ..exercises import Exercise, Mistake
from ..objects import Box
from ..spine import NIOSH_ACTION_LIMIT

TITLE = "07: load, height and progressions"
LOAD = 15.0  # kg, the notebook's box (hm.series.FLOOR_BOX)
HANDLES = 0.15  # m, the box's handle height = its grip height on the floor
SWEEP = 20.0  # kg, the load sweep's second box (below 35 kg the fitted hinge keeps nearly the same posture)
FRAMES = 41
MOVE = "m = hm.movement('hinge', body, load=hm.series.FLOOR_BOX, frames=41)"


def _body() -> Body:
    return Body(75.0, 1.75, "male")


@cache
def _move(technique: str, mass: float = LOAD):  # type: ignore[no-untyped-def]
    from ..movements import movement

    return movement(technique, _body(), load=Box(mass, handle_height=HANDLES), frames=FRAMES)


def _peak(technique: str, quantity: str, mass: float = LOAD) -> float:
    a = _move(technique, mass).analysis
    if quantity == "compression":
        return float(np.max(a.spine.compression))
    return float(np.max(a.moments["L5S1"]))


def _compression() -> float:
    return _peak("hinge", "compression")


def _niosh_parts() -> tuple[float, float, float]:
    """(H, V, D) in metres for the hinge box lift from the floor, ending standing upright with the box."""
    from ..postures import standing_grip_height

    m = _move("hinge")
    h = abs(float(m.analysis.points["hand"][m.pickup, 0]))
    v = float(m.load.grip_height)
    return h, v, standing_grip_height(_body()) - v


def _rwl() -> float:
    from ..niosh import recommended_weight_limit

    return float(recommended_weight_limit(*_niosh_parts()))


def _rwl_hm_one() -> float:
    h, v, d = _niosh_parts()
    return _rwl() * (100 * h) / 25.0  # the same RWL with HM = 1


def _slope(top: float = SWEEP) -> float:
    return (_peak("hinge", "moment", top) - _peak("hinge", "moment", 0.0)) / top


def _explain_compression() -> str:
    a = _move("hinge").analysis
    i = int(np.argmax(a.spine.compression))
    c = _compression()
    side = "below" if c < NIOSH_ACTION_LIMIT else "above"
    return (f"The hinge's L5/S1 compression peaks at {q(c, 'N')}. What makes it so large is the back muscles' "
            f"pull ({q(float(a.spine.muscle_force[i]), 'N')} in that frame): their short lever makes them pull with "
            f"many times the weight they hold, and that pull presses the vertebrae together. The peak is {side} the "
            f"NIOSH action limit of {q(NIOSH_ACTION_LIMIT, 'N', 4)}: the box, held in front of the knees, is further "
            "away than a bar over the mid-foot.")


def _explain_rwl() -> str:
    from ..niosh import distance_multiplier, horizontal_multiplier, vertical_multiplier

    h, v, d = (100 * x for x in _niosh_parts())
    hm_, vm, dm = (float(f(x)) for f, x in ((horizontal_multiplier, h), (vertical_multiplier, v),
                                            (distance_multiplier, d)))
    hm_text = (f"H = {q(h, 'cm', 2)} is closer than 25 cm, so HM = 1" if h <= 25 else
               f"H = {q(h, 'cm', 3)} (the handles, at the middle of the box in front of the toes), more than "
               f"25 cm, so HM = 25/H = {q(hm_)}")
    return (f"{hm_text}; V = {v:.0f} cm gives VM = 1 - 0.003 × |{v:.0f} - 75| = {q(vm)}; the hands travel "
            f"D = {q(d, 'cm', 2)} to the standing grip height, so DM = 0.82 + 4.5/D = {q(dm)}. RWL = 23 kg × HM × "
            f"VM × DM = {q(_rwl(), 'kg')} (Waters et al. 1993), less than the box's {LOAD:g} kg.")


def _explain_slope() -> str:
    m0, m1, s = _peak("hinge", "moment", 0.0), _peak("hinge", "moment", SWEEP), _slope()
    m = _move("hinge")
    reach = float(m.analysis.points["hand"][m.pickup, 0] - m.analysis.points["L5S1"][m.pickup, 0])
    return (f"The hinge's peak L5/S1 moment is {q(m0, 'N·m')} with an empty box and {q(m1, 'N·m')} with {SWEEP:g} kg, "
            f"so each kilogram adds ({q(m1)} - {q(m0)}) / {SWEEP:g} = {q(s, 'N·m/kg')}: g times a lever arm of "
            f"{q(s / G, 'm', 2)}, close to the {q(100 * reach, 'cm', 2)} between L5/S1 and the hands at the "
            f"{LOAD:g} kg pick-up (the fitted posture shifts a little with the load). Up to 35 kg the line is nearly "
            "straight; above it the fitted hinge changes posture.")


EXERCISES = (
    Exercise(
        "07.1",
        "The reference person (75 kg, 1.75 m) lifts the 15 kg box from the floor (handles 0.15 m up) with a hinge. "
        "What is the PEAK L5/S1 compression (N) over the lift? Use hm.movement(...).analysis.spine.",
        _compression,
        "N",
        rel_tol=0.02,  # 2 %: the peak (~3,510 N) lies just above the 3,400 N action limit, a distinct mistake
        mistakes=(
            Mistake(lambda x: abs(x - _peak("hinge", "moment")) < 0.05 * _peak("hinge", "moment"),
                    "that is the L5/S1 MOMENT in N·m; the compression is a force in newtons (a.spine.compression).",
                    lambda: _peak("hinge", "moment")),
            Mistake(lambda x: abs(x - _peak("bend", "compression")) < 0.02 * _peak("bend", "compression"),
                    "that is the bend's peak; the question asks for the hinge.",
                    lambda: _peak("bend", "compression")),
            Mistake(lambda x: abs(x - NIOSH_ACTION_LIMIT) < 1.0, "that is the NIOSH action limit itself, not the "
                    "model's compression.", lambda: NIOSH_ACTION_LIMIT),
        ),
        hint="Take the maximum over the whole hinge lift of the compression FORCE across the L5/S1 disc "
        "(a.spine.compression, newtons), not of the moment.",
        explain=_explain_compression,
        python=MOVE + "; np.max(m.analysis.spine.compression)",
    ),
    Exercise(
        "07.2",
        "Revised NIOSH equation for the same hinge lift of the box from the floor: the hands are H = |hand x| in "
        "front of the ankles at the pick-up, V = 0.15 m (the handles), and the box travels up to the standing grip "
        "height (D). With no twisting, an occasional lift and a good grip (FM = CM = 1), what is the recommended "
        "weight limit (kg)?",
        _rwl,
        "kg",
        mistakes=(
            Mistake(lambda x: abs(x - 23.0) < 0.5, "23 kg is only the load constant; multiply by HM, VM and DM.",
                    lambda: 23.0),
            Mistake(lambda x: abs(x - _rwl_hm_one()) < 0.03 * _rwl_hm_one(),
                    "that is HM = 1, as for a bar over the mid-foot; the box's handles are more than 25 cm in front "
                    "of the ankles (measure H from the ankles, not the toes), so HM = 25/H.",
                    _rwl_hm_one),
        ),
        hint="RWL = 23 kg × HM × VM × DM with H, V and D in centimetres; H is where the hands hold the handles, "
        "measured from the ankles (more than 25 cm here: HM = 25/H), and D is the distance the hands travel.",
        explain=_explain_rwl,
        python=MOVE + "; H = abs(m.analysis.points['hand'][m.pickup, 0]); "
        "D = hm.postures.standing_grip_height(body) - 0.15; hm.niosh.recommended_weight_limit(H, 0.15, D)",
    ),
    Exercise(
        "07.3",
        "Load sweep: by how many N·m does the hinge's peak L5/S1 moment grow per extra kilogram in the box (box on "
        "the floor)? Compare an empty box (0 kg) with a 20 kg box and divide by 20.",
        _slope,
        "N·m/kg",
        rel_tol=0.05,
        mistakes=(
            Mistake(lambda x: abs(x - _slope() / G) < 0.05 * _slope() / G,
                    "a kilogram of load weighs 9.81 N: multiply by g.", lambda: _slope() / G),
            Mistake(lambda x: abs(x - 10 * _slope()) < 0.5 * _slope(), "that is per 10 kg; divide by the 20 kg "
                    "difference, not by 2.", lambda: 10 * _slope()),
            Mistake(lambda x: abs(x - _slope(40.0)) < 0.03 * _slope(40.0), "that compares 0 and 40 kg: above 35 kg "
                    "the fitted hinge changes posture (the knees bend much more), so the line is no longer straight. "
                    "Use 0 and 20 kg.", lambda: _slope(40.0)),
        ),
        hint="Compute the peak L5/S1 moment of the hinge lifting the box on the floor with 0 kg and with 20 kg "
        "(hm.Box(mass, handle_height=0.15)) and divide the difference by the 20 kg between them.",
        explain=_explain_slope,
        python="peak = [np.max(hm.movement('hinge', body, load=hm.Box(kg, handle_height=0.15), frames=41)"
        ".analysis.moments['L5S1']) for kg in (0, 20)]; (peak[1] - peak[0]) / 20",
    ),
)
