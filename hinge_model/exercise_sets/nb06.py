"""Exercises of notebook 06 (why the hips). Answers are computed from the model when checked."""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np

from ..anthropometry import Body
from ..display import quantity as q
from ..exercises import TECHNIQUE_CHOICES, TECHNIQUE_SYNONYMS, Exercise, Mistake

TITLE = "06: why the hips"
#: The task of notebook 06: a real 15 kg box from the floor, handles 0.15 m up, near face 2 cm in front of the toes
#: (hinge_model.series.FLOOR_BOX), lifted with postures fitted to measured lifts; the legs stay clear of the box.
TASK = "hm.movement(technique, body, load=hm.series.FLOOR_BOX)"
TECHNIQUES = ("hinge", "bend", "squat")


def _body() -> Body:
    return Body(75.0, 1.75, "male")


@cache
def _movement(name: str) -> Any:
    from ..movements import movement
    from ..series import FLOOR_BOX

    return movement(name, _body(), load=FLOOR_BOX)


def _pickup_capacity(name: str, joint: str) -> float:
    m = _movement(name)
    return 100.0 * float(np.asarray(m.analysis.capacity[joint])[m.pickup])


def _hinge_hip() -> float:
    return _pickup_capacity("hinge", "hip")


def _peak(name: str) -> float:
    return float(np.max(_movement(name).analysis.moments["L5S1"]))


def _peak_ratio() -> float:
    return _peak("hinge") / _peak("bend")


def _pickup_shear(name: str, level: str = "L4L5") -> float:
    m = _movement(name)
    return float(np.asarray(m.analysis.spine_levels[level].shear)[m.pickup])


def _largest_shear() -> str:
    return max(TECHNIQUES, key=_pickup_shear)


def _explain_hip() -> str:
    from ..capacity import joint_strength

    m = _movement("hinge")
    moment = float(m.analysis.moments["hip"][m.pickup])
    strength = float(np.asarray(joint_strength(_body(), m.end_pose, "hip")))
    return (f"At the hinge's pick-up the net hip extensor moment is {q(moment, 'N·m')}; the hip extensors' maximum "
            f"isometric moment at that hip angle (both sides) is {q(strength, 'N·m')}, so they work at "
            f"{q(_hinge_hip(), '%')} of their strength. In the same frame the lumbar extensors work at "
            f"{q(_pickup_capacity('hinge', 'L5S1'), '%')} of theirs.")


def _explain_ratio() -> str:
    r = _peak_ratio()
    size = "close to 1" if abs(r - 1.0) < 0.1 else ("below 1" if r < 1 else "above 1")
    return (f"Peak net L5/S1 moments over the whole lift: hinge {q(_peak('hinge'), 'N·m')}, bend "
            f"{q(_peak('bend'), 'N·m')} (squat {q(_peak('squat'), 'N·m')}); the ratio is {q(r)}, {size}. With a "
            "real box in front of the feet no technique makes the net lumbar moment much smaller (the box and the "
            "upper body still hang in front of the spine), so the hinge does not 'take the load off the back' in "
            "that sense; what it changes is who carries the moment: the back muscles rather than stretched "
            "ligaments, with less shear on the L4/L5 disc (at L5/S1 the three differ less).")


def _explain_shear() -> str:
    shears = ", ".join(f"{n} {q(_pickup_shear(n), 'N')}" for n in TECHNIQUES)
    l5s1 = ", ".join(f"{n} {q(_pickup_shear(n, 'L5S1'), 'N')}" for n in TECHNIQUES)
    return (f"L4/L5 shear at each technique's pick-up: {shears} (positive = L4 pushed forward); the "
            f"{_largest_shear()} has the largest. In this model's spine (after McGill, Hughson & Parks 2000) a "
            "rounded lower back loses the erector fibres' backward pull on L4 and the stretched ligaments pull it "
            f"forward. At L5/S1 the techniques differ less ({l5s1}): there the muscles' pull turns from anterior to "
            "posterior shear as the back rounds (after Macintosh, Bogduk & Pearcy 1993), and Kingma et al. (2004, "
            "Ergonomics 47:1365, abstract) found L5/S1 shear unaffected by technique. A detailed musculoskeletal "
            "study found more shear in stoop than in squat lifts at the levels above L5/S1 (von Arx et al. 2021, "
            "Front Bioeng Biotechnol 9:769117, abstract); the ordering is the model's, not settled fact.")


EXERCISES = (
    Exercise(
        "06.1",
        "75 kg / 1.75 m man, hip hinge picking up the 15 kg floor box (hm.movement('hinge', body, "
        "load=hm.series.FLOOR_BOX)): at the pick-up frame, what percentage of the hip extensors' strength is in use?",
        _hinge_hip,
        "%",
        mistakes=(
            Mistake(lambda x: abs(x - _hinge_hip() / 100) < 0.02, "that is a fraction; give it in percent "
                    "(multiply by 100).", lambda: _hinge_hip() / 100),
            Mistake(lambda x: abs(x - _pickup_capacity("hinge", "L5S1")) < 1.0, "that is the LUMBAR (L5/S1) "
                    "extensors' share; the question asks about the hip: a.capacity['hip'].",
                    lambda: _pickup_capacity("hinge", "L5S1")),
        ),
        hint="Use the HIP's capacity at the pick-up frame: the net hip moment divided by the hip extensors' "
        "strength at that hip angle (m.analysis.capacity['hip']), in percent.",
        explain=_explain_hip,
        python="m = hm.movement('hinge', body, load=hm.series.FLOOR_BOX); 100 * m.analysis.capacity['hip'][m.pickup]",
    ),
    Exercise(
        "06.2",
        "Same task (the 15 kg box from the floor): divide the PEAK net L5/S1 moment of the hinge by that of the "
        "bend (stoop), each over the whole lift. What is the ratio?",
        _peak_ratio,
        "",
        rel_tol=0.015,
        mistakes=(
            Mistake(lambda x: abs(x - 1.0 / _peak_ratio()) < 0.008, "you divided bend by hinge; the question "
                    "asks hinge / bend.", lambda: 1.0 / _peak_ratio()),
            Mistake(lambda x: abs(x - 1.0) < 0.005, "close, but not exactly equal: compute both peaks with "
                    "np.max(m.analysis.moments['L5S1']).", lambda: 1.0),
        ),
        hint="Take the maximum L5/S1 moment over each WHOLE lift (not at the pick-up frame) and divide the hinge's "
        "by the bend's; the ratio has no unit.",
        explain=_explain_ratio,
        python="peak = {n: np.max(hm.movement(n, body, load=hm.series.FLOOR_BOX).analysis.moments['L5S1']) for n "
        "in ('hinge', 'bend')}; peak['hinge'] / peak['bend']",
    ),
    Exercise(
        "06.3",
        "Same task: which technique (hinge, bend or squat) has the largest ANTERIOR shear at L4/L5 at its pick-up "
        "frame? Answer with one word.",
        _largest_shear,
        choices=TECHNIQUE_CHOICES,
        synonyms=TECHNIQUE_SYNONYMS,
        wrong={"hinge": "the hinge's lower back flexes much less than the bend's, far from the end of its range, so "
               "the oblique erector fibres still pull L4 backwards: its L4/L5 shear is small.",
               "squat": "the squat's lower back flexes little (as in measured squat lifts), so the erector fibres "
               "still pull L4 backwards: its L4/L5 shear is small."},
        hint="Compare the L4/L5 shear (m.analysis.spine_levels['L4L5'].shear) at each technique's pick-up frame; "
        "think of which technique rounds the lower back and so loses the erector fibres' backward pull.",
        explain=_explain_shear,
        python="{n: hm.movement(n, body, load=hm.series.FLOOR_BOX) for n in ('hinge', 'bend', 'squat')}; compare "
        "m.analysis.spine_levels['L4L5'].shear[m.pickup]",
    ),
)
