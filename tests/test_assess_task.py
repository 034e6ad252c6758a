"""hm.assess.task: one result for a movement, an analysis or a (body, pose, load) tuple; tissue limits and
balance; the one-page HTML and PDF report."""

from __future__ import annotations

import re
import subprocess
import sys
from types import SimpleNamespace

import numpy as np
import pytest

import hinge_model as hm
from hinge_model.assess import limits
from hinge_model.spine import LIMITS

BODY = hm.Body(75, 1.75, "male")


@pytest.fixture(scope="module")
def bend() -> object:
    return hm.movement("bend", BODY, 15.0, 0.22)


def test_import_hinge_model_does_not_import_assess() -> None:
    code = "import sys, hinge_model; print(any(m.startswith('hinge_model.assess') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"
    assert callable(hm.assess.task) and hm.assess.__name__ == "hinge_model.assess"


def test_every_kind_of_task_gives_every_method(bend) -> None:
    tasks = {"movement": bend, "analysis": bend.analysis, "tuple": (BODY, hm.Pose(hip=70, lumbar=20,
                                                                                  shoulder=60), 15.0)}
    for kind, t in tasks.items():
        r = hm.assess.task(t, reps_per_day=200)
        assert [m.method for m in r.methods] == ["population", "NIOSH", "LiFFT", "tissue limits", "balance"]
        assert set(r.capable) == {"men", "women"}
        assert set(r.capable_by_joint) == {"hip", "knee", "ankle"}
        for m in r.methods:
            assert m.inputs and m.values and m.says and m.why, (kind, m.method)
        assert len(r.table()) == 5


def test_an_analysis_like_object_is_accepted(bend) -> None:
    """A recording's analysis (another branch) only needs the Analysis fields: a stand-in with exactly those."""
    a = bend.analysis
    fields = ("body", "pose", "points", "moments", "com", "load_mass", "spine")
    rec = SimpleNamespace(**{k: getattr(a, k) for k in fields})
    r = hm.assess.task(rec, reps_per_day=100)
    assert r.capable == hm.assess.task(a, reps_per_day=100).capable


def test_movement_and_its_analysis_agree_where_they_should(bend) -> None:
    a = hm.assess.task(bend, reps_per_day=150)
    b = hm.assess.task(bend.analysis, reps_per_day=150)
    assert a.capable == b.capable
    assert a.lifft.values["cumulative_damage"] == pytest.approx(b.lifft.values["cumulative_damage"])
    assert a.limits.values == b.limits.values
    # the movement's origin is its pick-up frame
    assert a.inputs["origin_frame"] == bend.pickup
    # only the movement knows the dynamic centre of pressure
    assert "cop_margin_heel" in a.balance.values and "cop_margin_heel" not in b.balance.values


def test_tissue_limits_against_the_published_numbers(bend) -> None:
    r = hm.assess.task(bend, reps_per_day=50)
    level = r.limits.values["L5S1"]
    assert level["compression"] == pytest.approx(float(np.max(bend.analysis.spine.compression)))
    assert level["shear"] == pytest.approx(float(np.max(np.abs(bend.analysis.spine.shear))))
    assert r.limits.inputs["shear_limit"] == LIMITS["SHEAR_LIMIT_OCCASIONAL"] == 1000.0
    assert hm.assess.task(bend, reps_per_day=500).limits.inputs["shear_limit"] == 700.0
    assert limits.compression_verdict(3000) == "within"
    assert limits.compression_verdict(5000) == "caution"
    assert limits.compression_verdict(7000) == "exceeds"
    # this model has one spine level until the spine-levels branch lands: L4/L5 is reported as not modelled
    if getattr(bend.analysis, "spine_levels", None) is None:
        assert r.limits.values["L4L5"] == "not modelled"


def test_limits_use_spine_levels_and_bands_when_present() -> None:
    """The contract's analysis.spine_levels and SpineLoads.band: a stand-in object with both."""
    class Loads:
        def __init__(self, c: float, s: float) -> None:
            self.compression, self.shear = np.array([c / 2, c]), np.array([s / 2, -s])

        def band(self, name: str) -> tuple[np.ndarray, np.ndarray]:
            v = np.abs(getattr(self, name))
            return 0.8 * v, 1.25 * v

    a = SimpleNamespace(spine=Loads(3000.0, 500.0), spine_levels={"L5S1": Loads(3000.0, 500.0),
                                                                  "L4L5": Loads(3600.0, 300.0)})
    r = limits.assess_limits(a, reps_per_day=10)
    assert r.values["L4L5"]["compression"] == 3600.0 and r.values["L4L5"]["compression_verdict"] == "caution"
    assert r.values["L4L5"]["compression_band"] == pytest.approx((0.8 * 3600, 1.25 * 3600))
    assert r.values["L5S1"]["shear"] == 500.0  # magnitude: the peak is the backward -500 N
    assert r.verdict == "caution" and "L4L5" in r.says
    # without spine_levels: the FALLBACK to analysis.spine; without band: no band
    plain = SimpleNamespace(compression=np.array([3000.0]), shear=np.array([500.0]))
    r2 = limits.assess_limits(SimpleNamespace(spine=plain), reps_per_day=10)
    assert r2.values["L4L5"] == "not modelled" and "compression_band" not in r2.values["L5S1"]


def test_balance_margins() -> None:
    a = hm.analyze(BODY, hm.Pose(hip=40), 5.0)
    r = limits.assess_balance(a)
    x = float(a.com[0])
    assert r.values["com_margin_heel"] == pytest.approx(x - BODY.heel_x)
    assert r.values["com_margin_toe"] == pytest.approx(BODY.toe_x - x)
    assert r.verdict == "within"
    leaning = hm.analyze(BODY, hm.Pose(ankle=30), 0.0)  # shins forward, knees straight: CoM beyond the toes
    assert not bool(leaning.balanced)
    out = limits.assess_balance(leaning)
    assert out.verdict == "exceeds" and out.values["com_margin_toe"] < 0 and "beyond the toe" in out.says


@pytest.mark.parametrize("kwargs, pattern", [
    ({"reps_per_day": -1}, r"reps_per_day = -1"),
    ({"reps_per_day": 5000}, r"reps_per_day = 5000 .*shear limit.*\[0, 1000\]"),
    ({"reps_per_day": True}, r"boolean"),
    ({"shift_hours": 12}, r"shift_hours = 12 h"),
    ({"coupling": "great"}, r"coupling = 'great'"),
    ({"travel": -0.1}, r"travel = -0.1 m"),
    ({"travel": False}, r"travel = False is a boolean"),
    ({"age_group": "teen"}, r"age_group = 'teen'"),
])
def test_bad_inputs_raise_naming_the_input(bend, kwargs: dict, pattern: str) -> None:
    with pytest.raises(ValueError, match=pattern):
        hm.assess.task(bend, **kwargs)


def test_bad_tasks_raise() -> None:
    with pytest.raises(ValueError, match="task must be"):
        hm.assess.task("a heavy box")
    with pytest.raises(ValueError, match="task tuple"):
        hm.assess.task((BODY, "hip=70", 10.0))
    with pytest.raises(ValueError, match="load_mass"):
        hm.assess.task((BODY, hm.Pose(), -3.0))


def test_the_methods_disagree_where_they_should() -> None:
    """Static vs cumulative, per-joint vs whole task: the same bend from the floor, occasional vs all day."""
    m = hm.movement("bend", BODY, 15.0, 0.22)
    few, many = hm.assess.task(m, reps_per_day=20), hm.assess.task(m, reps_per_day=1000)
    assert few.limits.values["L5S1"]["compression"] == many.limits.values["L5S1"]["compression"]
    assert many.lifft.values["probability"] > few.lifft.values["probability"]
    assert many.niosh.values["LI"] > few.niosh.values["LI"]
    assert few.capable == many.capable


def test_report_html_and_pdf(tmp_path, bend) -> None:
    r = hm.assess.task(bend, reps_per_day=300)
    page = r.report(tmp_path / "lift.html").read_text()
    for m in r.methods:
        assert f'data-method="{m.method}"' in page
    assert len(re.findall(r'<img src="data:image/png;base64,[A-Za-z0-9+/=]+" alt="[^"]{40,}"', page)) == 2
    assert page.count("<table") == 1
    with pytest.raises(ValueError, match="must end in"):
        r.report(tmp_path / "lift.docx")
    pytest.importorskip("playwright.sync_api")
    from hinge_model.assess import report

    try:
        report.chromium_executable()
    except RuntimeError as err:
        pytest.skip(str(err))
    pdf = r.report(tmp_path / "lift.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1, "the report must be one page"


def test_band_of_a_signed_quantity_is_a_band_of_its_peak_magnitude() -> None:
    """Shear changes sign: the band's ends per frame are signed, the verdict's peak is a magnitude. The reported
    band is low <= high and brackets the peak |shear| of every parameter corner."""
    class Loads:
        compression = np.array([1000.0, 2000.0])
        shear = np.array([-300.0, 200.0])

        def band(self, name: str) -> tuple[np.ndarray, np.ndarray]:
            if name == "shear":  # frame 0 entirely backward, frame 1 crosses zero
                return np.array([-900.0, -50.0]), np.array([-100.0, 400.0])
            return 0.9 * self.compression, 1.1 * self.compression

    a = SimpleNamespace(spine=Loads(), spine_levels={"L5S1": Loads(), "L4L5": None})
    r = limits.assess_limits(a, reps_per_day=10)
    low, high = r.values["L5S1"]["shear_band"]
    assert (low, high) == (100.0, 900.0)
    assert low <= r.values["L5S1"]["shear"] <= high
    assert "shear 100-900 N" in r.says
