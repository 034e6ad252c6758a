"""Benchmark of the model core (issue 4), all measured in one run on this machine.

- analyze() on 100 000 poses at once (target < 0.2 s);
- speed-up over a Python loop of scalar analyze() calls (target >= 50x);
- speed-up over sympy ``.subs`` evaluation of the symbolic twin per pose (target >= 1000x);
- ``import hinge_model`` time in a fresh interpreter (target < 0.3 s).

Prints readable lines and ``BENCH|measure|value|unit|target|ratio`` rows (see bench/README.md).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

import numpy as np

import hinge_model as hm
from hinge_model.conventions import ANGLE_RANGES, JOINTS


def random_pose(n: int, seed: int = 0) -> hm.Pose:
    rng = np.random.default_rng(seed)
    return hm.Pose(**{j: rng.uniform(*ANGLE_RANGES[j], size=n) for j in JOINTS})


def best_of(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    body = hm.Body(75.0, 1.75, "male")
    n = 100_000
    pose = random_pose(n)
    load = np.full(n, 15.0)
    hm.analyze(body, pose[:10], load[:10])  # warm caches (data file, lazy imports)
    t_vec = best_of(lambda: hm.analyze(body, pose, load), 5)
    per_pose_vec = t_vec / n

    n_loop = 1000
    scalars = [pose[i] for i in range(n_loop)]
    t_loop = best_of(lambda: [hm.analyze(body, p, 15.0) for p in scalars], 3)
    per_pose_loop = t_loop / n_loop

    from hinge_model import symbolic

    symbolic.joint_moment("L5S1", absolute=False, readable=False)  # one-off derivation, not timed
    n_subs = 10
    t_subs = best_of(lambda: [symbolic.evaluate_subs(body, scalars[i], 15.0, "L5S1") for i in range(n_subs)], 2)
    per_pose_subs = t_subs / n_subs
    # sanity: the three routes agree
    a = hm.analyze(body, scalars[3], 15.0)
    assert abs(symbolic.evaluate_subs(body, scalars[3], 15.0, "L5S1") - float(a.moments["L5S1"])) < 1e-6

    code = "import time; t=time.perf_counter(); import hinge_model; print(time.perf_counter()-t)"
    imports = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                    check=True).stdout) for _ in range(7)]
    t_import = statistics.median(imports)

    speed_loop = per_pose_loop / per_pose_vec
    speed_subs = per_pose_subs / per_pose_vec
    print(f"analyze on {n} poses (with spine and capacity): {t_vec * 1e3:.1f} ms  (target < 200 ms)")
    print(f"python loop of scalar analyze: {per_pose_loop * 1e6:.1f} us/pose -> vectorised is {speed_loop:.0f}x "
          "faster (target >= 50x)")
    print(f"sympy .subs of the L5S1 moment: {per_pose_subs * 1e3:.1f} ms/pose -> vectorised analyze (all joints) "
          f"is {speed_subs:.0f}x faster (target >= 1000x)")
    print(f"import hinge_model (median of 7 fresh interpreters): {t_import * 1e3:.0f} ms (target < 300 ms)")
    print(f"BENCH|analyze 100k poses|{t_vec * 1e3:.1f}|ms|< 200|")
    print(f"BENCH|speed-up vs scalar loop|{speed_loop:.0f}|x|>= 50|{speed_loop:.0f}")
    print(f"BENCH|speed-up vs sympy subs|{speed_subs:.0f}|x|>= 1000|{speed_subs:.0f}")
    print(f"BENCH|import hinge_model|{t_import * 1e3:.0f}|ms|< 300|")


if __name__ == "__main__":
    main()
