#!/usr/bin/env python3
"""Checks deploy/monitoring/ offline with Debian's promtool:
- `promtool check rules` and `promtool test rules` on the alert rules (the
  unit tests fire each alert and hold it back);
- `promtool check config` on the example Prometheus configuration;
- the Grafana dashboard: valid JSON, unique panel ids, and each query parses
  as PromQL (written into a throwaway rule file for `promtool check rules`,
  with the dashboard's variables replaced);
- every metric the rules and the dashboard read is one the source exposes
  (a name in a string literal of projections/api/*.cc), so a renamed metric
  cannot leave an alert silently empty.

Usage: monitoring_test.py SOURCE_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
BUILTIN = {"up"}
HISTOGRAM_SUFFIXES = ("_bucket", "_sum", "_count")
PROMQL_WORDS = {"by", "without", "and", "or", "unless", "on", "ignoring", "group_left", "group_right", "offset",
                "bool", "le", "time", "vector", "scalar"}


def promtool(*args, cwd):
    result = subprocess.run(["promtool", *args], cwd=cwd, capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


def metric_names(expr):
    names = set()
    # Identifiers followed by a selector, a range, an operator or the end,
    # not by "(" (functions) and not inside a label matcher or a string.
    stripped = re.sub(r'\{[^}]*\}', "{}", re.sub(r'"[^"]*"', '""', expr))
    for match in re.finditer(r"\b([a-zA-Z_:][a-zA-Z0-9_:]*)\b(?!\s*\()", stripped):
        word = match.group(1)
        if word in PROMQL_WORDS or re.fullmatch(r"\d+[smhdwy]?", word):
            continue
        if word.startswith(("relance_", "process_")) or word in BUILTIN:
            names.add(word)
    return names


def exposed_names(source_dir):
    names = set()
    api = os.path.join(source_dir, "projections", "api")
    for file in os.listdir(api):
        if file.endswith(".cc"):
            text = open(os.path.join(api, file), encoding="utf-8").read()
            names.update(re.findall(r'"((?:relance|process)_[a-z0-9_]+)"', text))
    return names


def main():
    source_dir = sys.argv[1]
    if shutil.which("promtool") is None:
        print("skipped: promtool not found (Debian package prometheus)")
        return SKIP
    monitoring = os.path.join(source_dir, "deploy", "monitoring")
    failures = []
    for args in (("check", "rules", "relance.rules.yaml"), ("test", "rules", "relance.rules.test.yaml"),
                 ("check", "config", "prometheus.yml")):
        code, out = promtool(*args, cwd=monitoring)
        print(f"promtool {' '.join(args)}: exit {code}")
        if code != 0:
            failures.append(f"promtool {' '.join(args)}:\n{out}")

    rules_text = open(os.path.join(monitoring, "relance.rules.yaml"), encoding="utf-8").read()
    rule_exprs = []
    for block in re.findall(r"expr: (>-\n(?:\s{10}.*\n)+|.*\n)", rules_text):
        rule_exprs.append(block[2:] if block.startswith(">-") else block)

    dashboard = json.load(open(os.path.join(monitoring, "grafana-dashboard.json"), encoding="utf-8"))
    ids = [panel["id"] for panel in dashboard["panels"]]
    if len(ids) != len(set(ids)):
        failures.append("dashboard: panel ids repeat")
    dashboard_exprs = [target["expr"] for panel in dashboard["panels"] for target in panel.get("targets", [])]
    if not dashboard_exprs:
        failures.append("dashboard: no query")
    with tempfile.TemporaryDirectory() as work:
        with open(os.path.join(work, "dashboard.rules.yaml"), "w", encoding="utf-8") as out:
            out.write("groups:\n  - name: dashboard\n    rules:\n")
            for i, expr in enumerate(dashboard_exprs):
                expr = expr.replace("$instance", ".*")
                out.write(f"      - record: dashboard_query_{i}\n        expr: {json.dumps(expr)}\n")
        code, out = promtool("check", "rules", "dashboard.rules.yaml", cwd=work)
        print(f"dashboard queries parse: exit {code}")
        if code != 0:
            failures.append(f"dashboard queries:\n{out}")

    exposed = exposed_names(source_dir) | BUILTIN
    used = set()
    for expr in rule_exprs + dashboard_exprs:
        used |= metric_names(expr)
    for name in sorted(used):
        base = name
        for suffix in HISTOGRAM_SUFFIXES:
            if name.endswith(suffix) and name[: -len(suffix)] in exposed:
                base = name[: -len(suffix)]
        if base not in exposed:
            failures.append(f"{name}: read by a rule or the dashboard, exposed nowhere in projections/api")
    print(f"metrics read: {', '.join(sorted(used))}")
    for failure in failures:
        print("FAIL " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
