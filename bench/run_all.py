"""Run every ``bench/bench_*.py`` script and print one table of their results (``make bench``).

Each script runs in its own process (this environment's Python, the repository as working directory,
``MPLBACKEND=Agg``) and reports results as lines on stdout::

    BENCH|<measure>|<value>|<unit>|<target>|<ratio vs baseline>

See bench/README.md for the protocol. Every other line a script prints is shown with ``-v`` only.
The table is also written to bench/out/results.json.

Exit status: 1 if a script fails (non-zero exit, time-out, a malformed BENCH row, or no BENCH row at all);
with ``--strict`` also when a measure misses its target. Missed targets are otherwise only marked ``MISS``,
because timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
_TARGET = re.compile(r"^\s*(<=|>=|<|>|==)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*$")


@dataclass
class Row:
    script: str
    measure: str
    value: float | None
    value_text: str
    unit: str
    target: str
    ratio: float | None
    status: str  # "ok", "MISS" or "" (no target / value not numeric)


@dataclass
class ScriptRun:
    script: str
    returncode: int | None  # None: timed out
    seconds: float
    rows: list[Row]
    errors: list[str]
    output: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.errors and bool(self.rows)


def _number(text: str) -> float | None:
    try:
        value = float(text.strip().replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def check_target(value: float | None, target: str) -> str:
    """'ok' / 'MISS' for a target such as '< 30' or '>= 5'; '' when there is nothing to check."""
    match = _TARGET.match(target or "")
    if value is None or match is None:
        return ""
    op, bound = match.group(1), float(match.group(2))
    passed = {"<": value < bound, "<=": value <= bound, ">": value > bound, ">=": value >= bound,
              "==": value == bound}[op]
    return "ok" if passed else "MISS"


def parse_row(script: str, line: str) -> Row:
    """Parse one ``BENCH|measure|value|unit|target|ratio`` line (the ratio field may be left out)."""
    fields = line.rstrip("\n").split("|")
    if fields[0] != "BENCH" or len(fields) not in (5, 6):
        raise ValueError(f"expected BENCH|measure|value|unit|target|ratio, got {line!r}")
    _, measure, value_text, unit, target, *rest = (f.strip() for f in fields)
    if not measure:
        raise ValueError(f"empty measure in {line!r}")
    value = _number(value_text)
    if value is None:
        raise ValueError(f"value {value_text!r} is not a number in {line!r}")
    if target and not _TARGET.match(target):
        raise ValueError(f"target {target!r} is not like '< 30' or '>= 5' in {line!r}")
    ratio_text = rest[0] if rest else ""
    ratio = _number(ratio_text) if ratio_text else None
    if ratio_text and ratio is None:
        raise ValueError(f"ratio {ratio_text!r} is not a number in {line!r}")
    return Row(script, measure, value, value_text, unit, target, ratio, check_target(value, target))


_TIMEOUT_LINE = re.compile(r"^# bench-timeout: (\d+)\s*$", re.MULTILINE)


def script_timeout(path: Path, default: float) -> float:
    """The script's own ``# bench-timeout: <seconds>`` line (for long browser runs), else ``default``."""
    match = _TIMEOUT_LINE.search(path.read_text(errors="replace"))
    return max(default, float(match.group(1))) if match else default


def run_script(path: Path, timeout: float) -> ScriptRun:
    timeout = script_timeout(path, timeout)
    env = dict(os.environ, MPLBACKEND="Agg", PYTHONUNBUFFERED="1")
    t0 = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, str(path)], cwd=REPO_ROOT, env=env, capture_output=True,
                              text=True, timeout=timeout)
        returncode, stdout, stderr = proc.returncode, proc.stdout, proc.stderr
    except subprocess.TimeoutExpired as err:
        returncode = None
        stdout = err.stdout.decode() if isinstance(err.stdout, bytes) else (err.stdout or "")
        stderr = err.stderr.decode() if isinstance(err.stderr, bytes) else (err.stderr or "")
    seconds = time.perf_counter() - t0
    rows, errors = [], []
    for line in stdout.splitlines():
        if line.startswith("BENCH|"):
            try:
                rows.append(parse_row(path.name, line))
            except ValueError as err:
                errors.append(str(err))
    if returncode is None:
        errors.append(f"timed out after {timeout:.0f} s")
    elif returncode != 0:
        errors.append(f"exit status {returncode}: " + "\n".join(stderr.strip().splitlines()[-15:]))
    if not rows and returncode == 0:
        errors.append("printed no BENCH row")
    return ScriptRun(path.name, returncode, seconds, rows, errors, stdout + stderr)


def format_table(rows: list[Row]) -> str:
    headers = ("script", "measure", "value", "unit", "target", "status", "ratio vs baseline")
    body = [(r.script.removesuffix(".py"), r.measure, r.value_text, r.unit, r.target, r.status,
             "" if r.ratio is None else f"{r.ratio:g}") for r in rows]
    widths = [max(len(h), *(len(b[i]) for b in body)) if body else len(h) for i, h in enumerate(headers)]
    right = {2, 6}

    def fmt(cells):
        pairs = enumerate(zip(cells, widths, strict=True))
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in pairs)

    lines = [fmt(headers), "  ".join("-" * w for w in widths)]
    lines += [fmt(b) for b in body]
    return "\n".join(lines)


def discover(bench_dir: Path, only: list[str] | None = None) -> list[Path]:
    scripts = sorted(bench_dir.glob("bench_*.py"))
    if only:
        scripts = [s for s in scripts if any(o in s.name for o in only)]
    return scripts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("only", nargs="*", help="run only scripts whose name contains one of these")
    parser.add_argument("--dir", type=Path, default=BENCH_DIR, help="folder with bench_*.py (default: bench/)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per script (default 900)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a measure misses its target")
    parser.add_argument("--json", type=Path, default=None, help="where to write the results (default bench/out/)")
    parser.add_argument("-v", "--verbose", action="store_true", help="echo every script's own output")
    args = parser.parse_args(argv)

    scripts = discover(args.dir, args.only)
    if not scripts:
        print(f"no bench_*.py script found in {args.dir}", file=sys.stderr)
        return 1
    runs = []
    for path in scripts:
        print(f"running {path.name} ...", flush=True)
        run = run_script(path, args.timeout)
        runs.append(run)
        state = "ok" if run.ok else "FAILED"
        print(f"  {state} in {run.seconds:.1f} s, {len(run.rows)} measures", flush=True)
        for err in run.errors:
            print("  " + err.replace("\n", "\n    "))
        if args.verbose:
            print("\n".join("    | " + ln for ln in run.output.splitlines()))

    rows = [r for run in runs for r in run.rows]
    print()
    print(format_table(rows))
    missed = [r for r in rows if r.status == "MISS"]
    failed = [run.script for run in runs if not run.ok]
    print()
    print(f"{len(rows)} measures from {len(runs)} scripts; {sum(r.status == 'ok' for r in rows)} targets met, "
          f"{len(missed)} missed; {len(failed)} scripts failed" + (f": {', '.join(failed)}" if failed else ""))

    out = args.json or (BENCH_DIR / "out" / "results.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "python": sys.version.split()[0],
        "scripts": [{"script": r.script, "ok": r.ok, "seconds": round(r.seconds, 2), "errors": r.errors}
                    for r in runs],
        "rows": [asdict(r) for r in rows],
    }, indent=1))
    print(f"written {out.relative_to(REPO_ROOT) if out.is_relative_to(REPO_ROOT) else out}")
    if failed or (args.strict and missed):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
