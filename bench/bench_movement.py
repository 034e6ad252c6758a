"""Benchmark of the movement solver (issue 6): time to solve one 60-frame movement (target < 50 ms).

"Solve" = hm.movement(): pick-up posture solver, minimum-jerk trajectory, balance check and analyze() of all 60
frames (with spine and capacity). Median of repeats per technique; the inverse dynamics of the movement is timed
separately. Prints readable lines and ``BENCH|measure|value|unit|target|ratio`` rows (see bench/README.md).
"""

from __future__ import annotations

import statistics
import time

import hinge_model as hm


def median_ms(fn, repeats: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e3


def main() -> None:
    body = hm.Body(75.0, 1.75, "male")
    hm.movement("hinge", body, 15.0, 0.22)  # warm-up: lazy imports, data file
    results = {}
    for name in ("hinge", "bend", "squat"):
        results[name] = median_ms(lambda n=name: hm.movement(n, body, 15.0, 0.22, frames=60), 21)
        print(f"movement({name!r}, 75 kg / 1.75 m, 15 kg, floor bar 0.22 m, 60 frames): "
              f"median {results[name]:.1f} ms (target < 50 ms)")
    objects = {}
    for name in ("hinge", "bend", "squat"):  # a box in front of the toes: fitted posture + clearance in every frame
        objects[name] = median_ms(lambda n=name: hm.movement(n, body, load=hm.series.FLOOR_BOX, frames=60), 11)
        print(f"movement({name!r}, load=hm.series.FLOOR_BOX, 60 frames): median {objects[name]:.1f} ms "
              f"(target < 50 ms; {objects[name] / results[name]:.2f} x the point-load call in this run)")
    worst = max(results.values())
    m = hm.movement("hinge", body, 15.0, 0.22)
    from hinge_model.dynamics import inverse_dynamics

    t_dyn = median_ms(lambda: inverse_dynamics(m), 21)
    print(f"inverse dynamics of that 60-frame hinge: median {t_dyn:.1f} ms")
    for name, ms in results.items():
        print(f"BENCH|movement {name} 60 frames|{ms:.1f}|ms|< 50|")
    print(f"BENCH|movement slowest technique 60 frames|{worst:.1f}|ms|< 50|")
    for name, ms in objects.items():
        print(f"BENCH|movement {name} with a box 60 frames|{ms:.1f}|ms|< 50|{ms / results[name]:.2f}")
    print(f"BENCH|inverse dynamics 60 frames|{t_dyn:.1f}|ms||")


if __name__ == "__main__":
    main()
