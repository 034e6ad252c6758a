"""bench/run_all.py (``make bench``): the BENCH row protocol of bench/README.md, the table, the exit status."""

from __future__ import annotations

import importlib.util
import json
import sys
import textwrap
from pathlib import Path

import pytest

RUN_ALL = Path(__file__).resolve().parents[1] / "bench" / "run_all.py"


@pytest.fixture(scope="module")
def run_all():
    spec = importlib.util.spec_from_file_location("bench_run_all", RUN_ALL)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_parse_row_full_and_without_ratio(run_all):
    row = run_all.parse_row("bench_x.py", "BENCH|analyze 100k poses|169.1|ms|< 200|3.5")
    assert (row.measure, row.value, row.unit, row.target, row.ratio, row.status) == (
        "analyze 100k poses", 169.1, "ms", "< 200", 3.5, "ok")
    row = run_all.parse_row("bench_x.py", "BENCH|speed-up|4|x|>= 5")
    assert row.ratio is None and row.status == "MISS"
    row = run_all.parse_row("bench_x.py", "BENCH|no target|1,250|ms||")
    assert row.value == 1250 and row.status == ""


@pytest.mark.parametrize("line", [
    "BENCH|only|three",
    "BENCH||1|ms||",
    "BENCH|value not a number|fast|ms||",
    "BENCH|bad target|1|ms|about 3|",
    "BENCH|bad ratio|1|ms||lots",
])
def test_parse_row_rejects_malformed_lines(run_all, line):
    with pytest.raises(ValueError):
        run_all.parse_row("bench_x.py", line)


@pytest.mark.parametrize(("value", "target", "status"), [
    (29.9, "< 30", "ok"), (30, "< 30", "MISS"), (30, "<= 30", "ok"), (5, ">= 5", "ok"), (4.9, "> 5", "MISS"),
    (1.0, "", ""),
])
def test_check_target(run_all, value, target, status):
    assert run_all.check_target(value, target) == status


def _script(folder: Path, name: str, body: str) -> None:
    (folder / name).write_text(textwrap.dedent(body))


def test_main_runs_every_script_and_reports_failures(run_all, tmp_path, capsys):
    bench = tmp_path / "bench"
    bench.mkdir()
    _script(bench, "bench_good.py", """
        print("some readable line")
        print("BENCH|fast thing|12.5|ms|< 30|4")
        print("BENCH|slow thing|45|ms|< 30|")
    """)
    _script(bench, "bench_crash.py", "raise SystemExit(3)\n")
    _script(bench, "bench_silent.py", "print('no rows')\n")
    _script(bench, "gallery.py", "raise SystemExit('not a benchmark: must not run')\n")
    out_json = tmp_path / "results.json"

    status = run_all.main(["--dir", str(bench), "--json", str(out_json)])
    printed = capsys.readouterr().out
    assert status == 1
    assert "fast thing" in printed and "slow thing" in printed and "MISS" in printed
    assert "exit status 3" in printed and "printed no BENCH row" in printed
    results = json.loads(out_json.read_text())
    assert [s["script"] for s in results["scripts"]] == ["bench_crash.py", "bench_good.py", "bench_silent.py"]
    assert [r["measure"] for r in results["rows"]] == ["fast thing", "slow thing"]

    # only the good script: passes, unless --strict and a target is missed
    assert run_all.main(["--dir", str(bench), "--json", str(out_json), "good"]) == 0
    assert run_all.main(["--dir", str(bench), "--json", str(out_json), "--strict", "good"]) == 1


def test_every_committed_bench_script_follows_the_protocol():
    """Static check of bench/bench_*.py (running them is `make bench`'s job): each prints BENCH rows."""
    scripts = sorted(RUN_ALL.parent.glob("bench_*.py"))
    for script in scripts:
        assert "BENCH|" in script.read_text(), f"{script.name} prints no BENCH| row (see bench/README.md)"
