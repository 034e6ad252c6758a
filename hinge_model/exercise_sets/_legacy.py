"""Texts the committed notebooks store as outputs of the OLD exercise calls (nbval compares them exactly).

Until the notebooks are re-told with :func:`hinge_model.exercises.widget`, their cells still call
``hm.exercises.solution(key)`` and ``hm.exercises.check_answer(key, None)``; those two calls keep their old output
while this module exists, so the stored outputs stay valid. Some of these texts are out of date (03.1 says 0.51, which
its own checker rejects) and several give code instead of the number: the new solutions
(:func:`hinge_model.exercises.worked_solution`, the widget's "Solution" button, docs/answer_key.md) replace them.

DELETE THIS MODULE when no notebook calls ``solution(`` or ``check_answer(..., None)`` any more
(tests/test_exercise_notebooks.py has the check, marked xfail until then): ``solution(key)`` then shows the new
worked solution and an unanswered ``check_answer`` the neutral prompt.
"""

from __future__ import annotations

#: Label of an unanswered check in the old output (the new one is neutral).
UNANSWERED_LABEL = "Not yet"
#: The old prompts for an unanswered check.
UNANSWERED_NUMBER = "please answer with a number in {unit}."
UNANSWERED_WORD = "please answer with one word (see the question)."

#: The old solution texts, shown by ``solution(key)`` as "Solution KEY: TEXT".
SOLUTIONS: dict[str, str] = {
    '01.1': (
        "a = moves['hinge'].analysis; hip x = a.points['hip'][pickup][0] (m, forward +). It is negative "
        'because the hips are behind the ankle; the distance behind it is -100 * x cm.'
    ),
    '01.2': (
        'Compare moves[name].poses.lumbar[pickup]: the bend (stoop) keeps the knees straight, so the lower '
        'back must round (about 50 deg of its ~60 deg range) to bring the hands down; the hinge stays within '
        '10 deg of neutral and the modelled squat at neutral.'
    ),
    '01.3': (
        "moves['squat'].analysis.moments['L5S1'][pickup]. It is smaller than the hinge's because the squat's "
        "trunk is more upright, so the upper body's weight acts closer in front of L5/S1 (a shorter lever "
        'arm).'
    ),
    '02.1': (
        'Weight = 20 kg x 9.81 m/s² = 196 N; moment = 196 N x 0.30 m ≈ 58.9 N·m.'
    ),
    '02.2': (
        "a = hm.analyze(body, pose, 15); F = a.moments['L5S1'] / 0.055 ≈ 165 N·m / 0.055 m ≈ 3000 N, about 20"
        " times the load's weight (147 N)."
    ),
    '02.3': (
        "m = hm.analyze(body, hm.Pose(hip=[30, 90], shoulder=[30, 90]), 0).moments['L5S1']; m[1] / m[0]. The "
        'lever arm of the upper body grows roughly like the sine of the tilt.'
    ),
    '03.1': (
        "hm.Body(60, 1.65, 'female').upper_body_mass / 60: abdomen + thorax + head + both arms ≈ 0.51 (de "
        'Leva).'
    ),
    '03.2': (
        "Extra moment = 10 kg x 9.81 m/s² x (x_hand - x_L5S1); with hm.analyze: a10.moments['L5S1'] - "
        "a0.moments['L5S1']."
    ),
    '04.1': (
        "np.max(moves['squat'].analysis.moments['knee']): with the knees far forward and the hips low, the "
        'weight of trunk and thighs acts far behind the knees, so the knee extensors must work hardest in the'
        ' squat.'
    ),
    '04.2': (
        "100 * (sweep.com[0, 0] - sweep.com[-1, 0]): only the legs' and pelvis' masses move back (about "
        "proportionally to how far each segment moves), so the whole CoM moves a fraction of the hips' "
        'distance.'
    ),
    '04.3': (
        "100 * hm.movements.hip_share(moves['hinge'].end_pose) = 100 * |hip| / (|ankle| + |knee| + |hip| + "
        '|lumbar|). From a low handle the hinge needs bent knees (a deadlift), so the hips do only about half'
        ' of the motion; from a higher handle (0.55 m) the share rises to about 80 %.'
    ),
    '05.1': (
        'a = hm.analyze(body, pose, 15); 100 * a.spine.passive_share: the passive moment at 55° of lumbar '
        'flexion (a.spine.passive_moment) divided by the net L5/S1 moment.'
    ),
    '05.2': (
        'a.spine.shear for the flexed pose: with the spine near full flexion the erector fibres no longer '
        'pull the vertebra backwards and the stretched ligaments pull it forwards, so the shear is anterior '
        'and above the 700 N frequent limit (it reaches the 1000 N occasional limit only at full flexion, '
        '60°).'
    ),
    '05.3': (
        'hm.spine.passive_moment(48, "female") ≈ 28 N·m: only about a third of the full-flexion value at 80 %'
        ' of the range, because the tissues stiffen steeply near the end of it.'
    ),
    '06.1': (
        "m = hm.movement('hinge', body, 15, 0.35); 100 * m.analysis.capacity['hip'][m.pickup]: the net hip "
        "moment divided by the hip extensors' maximum isometric moment at that hip angle (both sides)."
    ),
    '06.2': (
        "np.max(hm.movement('hinge', body, 15, 0.35).analysis.moments['L5S1']) / np.max(hm.movement('bend', "
        "body, 15, 0.35).analysis.moments['L5S1']): just below 1. The hinge barely lowers the net lumbar "
        'moment; it changes who carries it.'
    ),
    '06.3': (
        'Compare m.analysis.spine.shear[m.pickup] for the three movements: the bend rounds the lower back, so'
        " (in this model's spine, after McGill, Hughson & Parks 2000) the oblique erector fibres no longer "
        'hold L5 back and the stretched ligaments pull it forward. von Arx et al. (2021) found less L5/S1 '
        "shear in stoop than in squat lifts: the ordering is the model's, not settled fact."
    ),
    '07.1': (
        "m = hm.movement('hinge', body, 15, 0.22); np.max(m.analysis.spine.compression)."
    ),
    '07.2': (
        'H ~ 6.5 cm < 25 cm so HM = 1; VM = 1 - 0.003 |22 - 75| = 0.84; D = standing grip height (~0.82 m) - '
        '0.22 m ~ 60 cm, DM = 0.82 + 4.5/60 ~ 0.90; RWL = 23 x 1 x 0.84 x 0.90 ~ 17 kg '
        '(hm.niosh.recommended_weight_limit).'
    ),
    '07.3': (
        "(peak at 40 kg - peak at 0 kg) / 40 kg ~ 1.9 N·m per kg: g x the load's lever arm (~0.19 m) at the "
        'posture of the peak. The moment grows linearly with the load.'
    ),
    '08.1': (
        "hm.claims.evaluate_claim('push_hips_back', body).evidence['com_shift_m'] x 100: about 14 cm, more "
        "than half of the foot's length, which puts the CoM in front of the toes."
    ),
    '08.2': (
        "evaluate_claim('vertical_shins', body, 15, flexibility='tight'): with tight hamstrings even the "
        'knee-height hinge needs the shins about 14° forward, so the rule (|ankle| <= 10° at knee height AND '
        "at the floor) fails at both heights: 'not supported'."
    ),
    '08.3': (
        "evidence['bend_peak_L5S1_Nm'] / evidence['hinge_peak_L5S1_Nm'] ~ 1.1: the net moment is only ~10 % "
        'higher in the bend; the big differences are the passive share and the shear.'
    ),
    '09.1': (
        "m = hm.movement('hinge', body, 15, HANDLE, frames=121, duration=1.0); "
        "np.max(m.dynamics.moments['L5S1']). Upward accelerations of up to about 2 g just after the pick-up "
        'more than triple the static peak.'
    ),
    '09.2': (
        "(peak[1.0]['L5S1'] - static_peak['L5S1']) / (peak[2.0]['L5S1'] - static_peak['L5S1']) ≈ 4: the same "
        'path in half the time has four times the accelerations (a ∝ distance / T²), and the extra moment is '
        'proportional to them.'
    ),
    '09.3': (
        'np.max(m.dynamics.spine.compression) for duration=2.0: it is above the 3400 N action limit although '
        'the static value is below it.'
    ),
    '10.1': (
        'Moment = weight x perpendicular distance = (15 kg x 9.81 m/s²) x 0.40 m ≈ 58.8 N·m (extensor).'
    ),
    '10.2': (
        "a = hm.analyze(body, pose, 15); a.points['hand'][0] - a.points['L5S1'][0]"
    ),
    '10.3': (
        "a.moments['L5S1']: the load's weight x its lever plus each upper-body segment's weight x its lever."
    ),
    '10.4': (
        'Sum the masses of abdomen, thorax, head and both arms (body.upper_body_mass, about half the body '
        'mass) and multiply by g.'
    ),
    '10.5': (
        "Compare np.max(hm.movement(name, body, 15, 0.22).analysis.moments['knee']) for the three techniques:"
        ' the squat moves the knees forward and the hips down, so the thighs and trunk sit far behind the '
        'knees.'
    ),
    '10.6': (
        'RWL = 23 kg x (25/40) x (1 - 0.003 |20 - 75|) x (0.82 + 4.5/55) (Waters et al. 1993).'
    ),
    '99.1': (
        'model dynamic ~240 N·m - static ~150 N·m ~ 90 N·m: a brisk 2 s lift adds about 60 % to the static '
        'moment (hm.literature.model_values(keys=hm.literature.MODEL_ONLY)).'
    ),
    '99.2': (
        '(0.836 - 0.818) x 1.75 m ~ 0.032 m ~ 3 cm: the shoulder joint is placed at the top of the thorax '
        "segment (GEOMETRY_ASSUMPTIONS['shoulder_position'])."
    ),
}
