#!/usr/bin/env python3
"""Loads Kalkan's OSCAL exports with compliance-trestle's own OSCAL models.

Usage: check-oscal-exports.py KALKAN_BINARY [OUT_DIR]

Runs `kalkan export oscal-ar` and `kalkan export oscal-poam` on every example assessment
(examples/*.assessment.json; the agency baseline with its framework file, the others with
their built-in frameworks), then reads each output with
`trestle.oscal.assessment_results.AssessmentResults.oscal_read` and
`trestle.oscal.poam.PlanOfActionAndMilestones.oscal_read` (pydantic models of OSCAL 1.2.1,
compliance-trestle as pinned in bindings-python/requirements-dev.txt). It also checks that
trestle refuses a broken copy (a finding whose target type is not an OSCAL one), so that a
loader accepting anything cannot pass.

Exit status: 0 when every export loads, 1 when one fails, 2 on a usage or setup problem
(trestle missing, the binary not runnable).
"""

import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

# (assessment, framework file or None for the built-in one)
CASES = [
    ("agency-baseline.assessment.json", "agency-baseline.framework.json"),
    ("public-institution.assessment.json", None),
    ("public-institution-2.0.assessment.json", None),
    ("national-capacity.assessment.json", None),
    ("nist-csf.assessment.json", None),
    ("nist-csf-1.1.assessment.json", None),
]


def export(kalkan, kind, assessment, framework, out):
    cmd = [kalkan, "export", kind, str(EXAMPLES / assessment), "-o", str(out)]
    if framework:
        cmd += ["--framework", str(EXAMPLES / framework)]
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {run.returncode}: {run.stderr.strip()}")


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    kalkan = argv[1]
    try:
        from trestle.oscal.assessment_results import AssessmentResults
        from trestle.oscal.poam import PlanOfActionAndMilestones
    except ImportError as e:
        print(f"compliance-trestle is not installed: {e}", file=sys.stderr)
        return 2
    out_dir = pathlib.Path(argv[2]) if len(argv) > 2 else pathlib.Path(tempfile.mkdtemp(prefix="kalkan-oscal-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    failures = []
    loaded = 0
    first_ar = None
    for assessment, framework in CASES:
        stem = assessment.removesuffix(".assessment.json")
        for kind, model in (("oscal-ar", AssessmentResults), ("oscal-poam", PlanOfActionAndMilestones)):
            out = out_dir / f"{stem}.{kind}.json"
            try:
                export(kalkan, kind, assessment, framework, out)
                doc = model.oscal_read(out)
                if doc is None:
                    raise ValueError("trestle read nothing")
                if kind == "oscal-ar":
                    n = len(doc.results[0].findings or [])
                    if n == 0:
                        raise ValueError("no findings")
                    first_ar = first_ar or out
                else:
                    n = len(doc.poam_items)
                    if n == 0 or doc.system_id is None:
                        raise ValueError("no items or no system-id")
                loaded += 1
                print(f"ok   {out.name}: {n} {'findings' if kind == 'oscal-ar' else 'items'}")
            except Exception as e:  # noqa: BLE001 - every failure is reported
                failures.append(f"{out.name}: {type(e).__name__}: {e}")
                print(f"FAIL {out.name}: {type(e).__name__}: {str(e)[:2000]}")
    # The loader must refuse what OSCAL forbids.
    if first_ar is not None:
        broken = json.loads(first_ar.read_text(encoding="utf-8"))
        broken["assessment-results"]["results"][0]["findings"][0]["target"]["type"] = "not-an-oscal-type"
        bad = out_dir / "broken.oscal-ar.json"
        bad.write_text(json.dumps(broken), encoding="utf-8")
        try:
            AssessmentResults.oscal_read(bad)
            failures.append("trestle accepted a finding target of type `not-an-oscal-type`")
            print("FAIL trestle accepted a broken document")
        except Exception:  # noqa: BLE001 - any refusal will do
            print("ok   a broken document is refused")
    print(f"{loaded} exports loaded in compliance-trestle, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
