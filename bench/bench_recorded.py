"""Benchmark of the recorded-lift route (issue 17): 600 frames from file to analysis with dynamics (target < 0.5 s).

"File to analysis" = ``hm.recorded.read`` of a 600-frame MediaPipe CSV (20 s at 30 fps, 33 landmarks, pixels
scaled from the stature, a confidence dip and a 5-frame gap filled) + ``Recording.analyze``: statics of every
frame (spine and capacity included) and the inverse dynamics of the low-pass filtered angles. The same for the
TRC file of the same keypoints. Baseline, measured in the same run: the same 600 frames analysed frame by frame
(``hm.analyze`` of each frame's pose in a Python loop, statics only), as a script without the vectorised path
would do it. Median of repeats. Prints readable lines and ``BENCH|measure|value|unit|target|ratio`` rows
(see bench/README.md).
"""

from __future__ import annotations

import statistics
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

import hinge_model as hm
from hinge_model.recorded import synthetic as sy


def median_s(fn, repeats: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    warnings.simplefilter("ignore", hm.recorded.angles.RecordingWarning)
    body = hm.Body(75.0, 1.75, "male")
    # 600 frames: five 4 s hinge lifts in a row (20 s at 30 fps)
    one = hm.movement("hinge", body, 15.0, 0.22, frames=120)
    reps = 5
    poses = hm.Pose(**{j: np.tile(v, reps) for j, v in one.poses.as_dict().items()})
    time_s = np.arange(120 * reps) / 30.0
    track = sy.Track(time=time_s, keypoints={}, confidence={})
    kp = hm.recorded.angles.model_keypoints(body, poses)
    rng = np.random.default_rng(0)
    for j in sy.JOINTS_OUT:
        track.keypoints[j] = kp[j] + rng.normal(0.0, 0.01, kp[j].shape)
        track.confidence[j] = rng.uniform(0.85, 0.99, len(time_s))
    track.keypoints["wrist"][300:305] = np.nan
    track.confidence["wrist"][300:305] = 0.0
    track.confidence["elbow"][400:403] = 0.2
    with tempfile.TemporaryDirectory() as tmp:
        csv = sy.write_mediapipe(track, Path(tmp) / "lift.csv", sy.Camera())
        trc = sy.write_trc(track, Path(tmp) / "lift.trc")
        frames = len(time_s)

        def from_csv():  # type: ignore[no-untyped-def]
            return hm.recorded.read(csv, height=1.75).analyze(body, 15.0)

        def from_trc():  # type: ignore[no-untyped-def]
            return hm.recorded.read(trc).analyze(body, 15.0)

        a = from_csv()  # warm-up: lazy imports, lookup tables
        assert a.shape == (frames,) and np.all(np.isfinite(a.extras["dynamics"].moments["L5S1"]))
        from_trc()
        t_csv = median_s(from_csv, 7)
        t_trc = median_s(from_trc, 7)

        pose = a.pose
        load = np.asarray(a.load_mass)

        def loop():  # type: ignore[no-untyped-def]
            for i in range(frames):
                hm.analyze(body, pose[i], float(load[i]))

        loop()
        t_loop = median_s(loop, 3)
    print(f"{frames} frames, MediaPipe CSV -> read -> analyze with dynamics: median {1e3 * t_csv:.0f} ms "
          f"(target < 500 ms)")
    print(f"{frames} frames, TRC -> read -> analyze with dynamics: median {1e3 * t_trc:.0f} ms")
    print(f"baseline: hm.analyze frame by frame (statics only): median {1e3 * t_loop:.0f} ms")
    print(f"BENCH|recorded 600 frames MediaPipe CSV to analysis + dynamics|{t_csv:.3f}|s|< 0.5|{t_loop / t_csv:.1f}")
    print(f"BENCH|recorded 600 frames TRC to analysis + dynamics|{t_trc:.3f}|s|< 0.5|{t_loop / t_trc:.1f}")
    print(f"BENCH|baseline: hm.analyze per frame, 600 frames, statics only|{t_loop:.3f}|s||1")


if __name__ == "__main__":
    main()
