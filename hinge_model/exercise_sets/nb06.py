"""Exercises of notebook 06 (why the hips). Answers are computed from the model when checked."""

from __future__ import annotations

import numpy as np

from ..anthropometry import Body
from ..exercises import Exercise, Mistake

#: The task of notebook 06: 15 kg picked up at mid-shin height, load over the mid-foot.
LOAD = 15.0
TARGET_HEIGHT = 0.35


def _body() -> Body:
    return Body(75.0, 1.75, "male")


def _movement(name: str):  # type: ignore[no-untyped-def]
    from ..movements import movement

    return movement(name, _body(), load_mass=LOAD, target_height=TARGET_HEIGHT)


def _pickup_capacity(name: str, joint: str) -> float:
    m = _movement(name)
    return 100.0 * float(np.asarray(m.analysis.capacity[joint])[m.pickup])


def _hinge_hip() -> float:
    return _pickup_capacity("hinge", "hip")


def _peak_ratio() -> float:
    peak = {n: float(np.max(_movement(n).analysis.moments["L5S1"])) for n in ("hinge", "bend")}
    return peak["hinge"] / peak["bend"]


def _largest_shear() -> str:
    shear = {}
    for n in ("hinge", "bend", "squat"):
        m = _movement(n)
        shear[n] = float(np.asarray(m.analysis.spine.shear)[m.pickup])
    return max(shear, key=shear.__getitem__)


EXERCISES = (
    Exercise(
        "06.1",
        "75 kg / 1.75 m man, hip hinge picking up 15 kg at 0.35 m (hm.movement('hinge', body, 15, 0.35)): at the "
        "pick-up frame, what percentage of the hip extensors' strength is in use?",
        _hinge_hip,
        "%",
        0.03,
        (
            Mistake(lambda x: abs(x - _hinge_hip() / 100) < 0.02, "that is a fraction; give it in percent "
                    "(multiply by 100).", lambda: _hinge_hip() / 100),
            Mistake(lambda x: abs(x - _pickup_capacity("hinge", "L5S1")) < 1.0, "that is the LUMBAR (L5/S1) "
                    "extensors' share; the question asks about the hip: a.capacity['hip'].",
                    lambda: _pickup_capacity("hinge", "L5S1")),
        ),
        "m = hm.movement('hinge', body, 15, 0.35); 100 * m.analysis.capacity['hip'][m.pickup]: the net hip moment "
        "divided by the hip extensors' maximum isometric moment at that hip angle (both sides).",
    ),
    Exercise(
        "06.2",
        "Same task (15 kg at 0.35 m, load over the mid-foot): divide the PEAK net L5/S1 moment of the hinge by "
        "that of the bend (stoop), each over the whole lift. What is the ratio?",
        _peak_ratio,
        "",
        0.015,
        (
            Mistake(lambda x: abs(x - 1.0 / _peak_ratio()) < 0.008, "you divided bend by hinge; the question "
                    "asks hinge / bend.", lambda: 1.0 / _peak_ratio()),
            Mistake(lambda x: abs(x - 1.0) < 0.005, "close, but not exactly equal: compute both peaks with "
                    "np.max(m.analysis.moments['L5S1']).", lambda: 1.0),
        ),
        "np.max(hm.movement('hinge', body, 15, 0.35).analysis.moments['L5S1']) / np.max(hm.movement('bend', body, "
        "15, 0.35).analysis.moments['L5S1']): just below 1. The hinge barely lowers the net lumbar moment; it "
        "changes who carries it.",
    ),
    Exercise(
        "06.3",
        "Same task: which technique (hinge, bend or squat) has the largest ANTERIOR shear at L5/S1 at its pick-up "
        "frame? Answer with one word.",
        _largest_shear,
        rel_tol=0.0,
        solution="Compare m.analysis.spine.shear[m.pickup] for the three movements: the bend rounds the lower "
        "back, so (in this model's spine, after McGill, Hughson & Parks 2000) the oblique erector fibres no longer "
        "hold L5 back and the stretched ligaments pull it forward. von Arx et al. (2021) found less L5/S1 shear in "
        "stoop than in squat lifts: the ordering is the model's, not settled fact.",
        wrong={"hinge": "the hinge keeps the lower back near neutral, so the oblique erector fibres still pull L5 "
               "backwards: its shear is near zero.",
               "squat": "the squat keeps the lower back neutral in this model: its shear is near zero."},
    ),
)
