#!/usr/bin/env python3
"""Checks deploy/kubernetes/ and deploy/compose.yaml offline (no cluster, no
Docker engine):
- yamllint over deploy/ (deploy/.yamllint.yaml);
- every manifest against tests/deploy/kubernetes.schema.json, a closed
  subset of the Kubernetes schema for the kinds used (python3-jsonschema);
- what a schema cannot see: the probes call endpoints the query API serves,
  on the port the engine listens on (--http); --db lies on the volume of a
  volumeClaimTemplate; the Services select the engine's pods and name its
  port; each container runs a real `relance` subcommand with options it
  knows (`relance ... --help`); every RELANCE_* variable of the ConfigMap is
  an option; pods run as the image's non-root user; the policy ConfigMap is
  deploy/policies/fr-default.json, passes `relance policy validate`, and is
  mounted where the publishing Job reads it; the CronJob runs `tick`;
- compose.yaml: Kafka's log dir on a volume, healthchecks, the engines'
  /readyz and ports.
What it cannot tell: whether a cluster accepts the manifests (admission,
storage classes, quotas) or the containers start; that takes a cluster.

Usage: kubernetes_test.py RELANCE_BINARY SOURCE_DIR
"""
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
failures = []


def fail(message):
    failures.append(message)


def option_value(args, name):
    for i, arg in enumerate(args):
        if arg == name and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def help_text(binary, words):
    result = subprocess.run([binary, *words, "--help"], capture_output=True, text=True)
    return result.returncode, result.stdout


def check_command(binary, args, where):
    """args: a relance command line without the program. Checks that the
    subcommand exists and that each --option is one it (or relance) knows."""
    words = []
    for arg in args:
        if arg.startswith("-"):
            break
        words.append(arg)
    # Positionals (a policy file) follow the subcommand words: find the
    # longest prefix that is a command.
    while words:
        code, text = help_text(binary, words)
        if code == 0 and text:
            break
        words.pop()
    if not words:
        fail(f"{where}: `relance {' '.join(args)}` names no relance subcommand")
        return
    code, text = help_text(binary, words)
    _, global_text = help_text(binary, [])
    for arg in args:
        if arg.startswith("--"):
            option = arg.split("=", 1)[0]
            if not re.search(re.escape(option) + r"\b", text + global_text):
                fail(f"{where}: `relance {' '.join(words)}` has no option {option}")


def env_options(binary, commands):
    """The RELANCE_* names of the options of `commands` and of relance itself."""
    names = set()
    for words in [[]] + commands:
        _, text = help_text(binary, words)
        for option in re.findall(r"(?:^|[\s,])--([a-z][a-z0-9-]*)", text):
            names.add("RELANCE_" + option.upper().replace("-", "_"))
    return names


def pod_specs(doc):
    if doc["kind"] == "StatefulSet":
        return [doc["spec"]["template"]["spec"]]
    if doc["kind"] == "Job":
        return [doc["spec"]["template"]["spec"]]
    if doc["kind"] == "CronJob":
        return [doc["spec"]["jobTemplate"]["spec"]["template"]["spec"]]
    return []


def relance_args(container):
    """The relance command line a container runs (without the program)."""
    command = container.get("command", [])
    args = container.get("args", [])
    if not command:
        return args
    if command[:2] == ["/bin/sh", "-c"] and args:
        script = args[0].replace("$(date -d yesterday +%F)", "2026-01-01")
        words = shlex.split(script)
        if words and words[0] == "exec":
            words = words[1:]
        if words and words[0].endswith("/relance"):
            return words[1:]
    return None


def main():
    binary, source = sys.argv[1], sys.argv[2]
    try:
        import jsonschema
        import yaml
    except ImportError as error:
        print(f"skipped: {error} (python3-jsonschema, python3-yaml)")
        return SKIP
    if shutil.which("yamllint") is None:
        print("skipped: yamllint not found")
        return SKIP
    deploy = os.path.join(source, "deploy")
    k8s = os.path.join(deploy, "kubernetes")

    lint = subprocess.run(["yamllint", "-f", "parsable", "-c", os.path.join(deploy, ".yamllint.yaml"), deploy],
                          capture_output=True, text=True)
    print(f"yamllint deploy/: exit {lint.returncode}")
    if lint.returncode != 0:
        fail("yamllint:\n" + lint.stdout + lint.stderr)

    kustomization = yaml.safe_load(open(os.path.join(k8s, "kustomization.yaml")))
    listed = kustomization["resources"]
    present = sorted(f for f in os.listdir(k8s) if f.endswith(".yaml") and f != "kustomization.yaml")
    if sorted(listed) != present:
        fail(f"kustomization.yaml lists {sorted(listed)}, the folder holds {present}")
    schema = json.load(open(os.path.join(source, "tests", "deploy", "kubernetes.schema.json")))
    jsonschema.Draft202012Validator.check_schema(schema)
    docs = []
    for file in listed:
        for doc in yaml.safe_load_all(open(os.path.join(k8s, file))):
            if doc is None:
                continue
            where = f"{file}: {doc.get('kind')} {doc.get('metadata', {}).get('name')}"
            kind = doc.get("kind")
            if kind not in schema["$defs"]:
                fail(f"{where}: kind {kind} is not in the schema subset")
                continue
            # Against the kind's own definition, so that an error names the
            # field (the top-level oneOf would report every kind).
            validator = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": f"#/$defs/{kind}"})
            for error in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
                fail(f"{where}: schema: at /{'/'.join(map(str, error.absolute_path))}: {error.message}")
            docs.append((where, doc))
    print(f"schema: {len(docs)} manifests")
    by_kind = {}
    for where, doc in docs:
        by_kind.setdefault(doc["kind"], {})[doc["metadata"]["name"]] = doc
    config_maps = by_kind.get("ConfigMap", {})

    # The endpoints of the query API, as its router names them.
    router = open(os.path.join(source, "projections", "api", "query_api.cc"), encoding="utf-8").read()
    endpoints = {"/" + name for name in re.findall(r'"(healthz|readyz|metrics)"', router)}
    dockerfile = open(os.path.join(deploy, "Dockerfile"), encoding="utf-8").read()
    image_user = re.search(r"^USER (\d+)", dockerfile, re.M)
    image_uid = int(image_user.group(1)) if image_user else None
    if image_uid is None or image_uid == 0:
        fail("Dockerfile: the image does not run as a numeric non-root USER")

    engines = by_kind.get("StatefulSet", {})
    if len(engines) != 1:
        fail(f"expected one StatefulSet, found {len(engines)}")
    for name, engine in engines.items():
        spec = engine["spec"]
        pod = spec["template"]["spec"]
        labels = spec["template"]["metadata"]["labels"]
        if any(labels.get(k) != v for k, v in spec["selector"]["matchLabels"].items()):
            fail(f"{name}: the selector does not match the pod labels")
        container = pod["containers"][0]
        args = relance_args(container)
        if not args or args[0] != "run":
            fail(f"{name}: the engine container does not run `relance run`")
            continue
        http = option_value(args, "--http")
        db = option_value(args, "--db")
        if http is None or db is None:
            fail(f"{name}: `relance run` needs --http (probes, /metrics) and --db")
            continue
        http_port = int(http.rsplit(":", 1)[1])
        ports = {p.get("name"): p["containerPort"] for p in container.get("ports", [])}
        if http_port not in ports.values():
            fail(f"{name}: --http listens on {http_port}, not a containerPort ({ports})")
        for probe_kind, expected in (("startupProbe", None), ("livenessProbe", "/healthz"),
                                     ("readinessProbe", "/readyz")):
            probe = container.get(probe_kind)
            if probe is None:
                fail(f"{name}: no {probe_kind}")
                continue
            path, port = probe["httpGet"]["path"], probe["httpGet"]["port"]
            if path not in endpoints:
                fail(f"{name}: {probe_kind} calls {path}, which the query API does not serve ({sorted(endpoints)})")
            if expected and path != expected:
                fail(f"{name}: {probe_kind} should call {expected}, calls {path}")
            number = ports.get(port) if isinstance(port, str) else port
            if number != http_port:
                fail(f"{name}: {probe_kind} probes port {port}, the engine listens on {http_port}")
        claims = {t["metadata"]["name"] for t in spec.get("volumeClaimTemplates", [])}
        mounts = [m for m in container.get("volumeMounts", []) if m["name"] in claims]
        if not any(os.path.commonpath([db, m["mountPath"]]) == m["mountPath"] for m in mounts):
            fail(f"{name}: --db {db} is on no volumeClaimTemplate's mount ({mounts})")
        for service in by_kind.get("Service", {}).values():
            sname = service["metadata"]["name"]
            if any(labels.get(k) != v for k, v in service["spec"]["selector"].items()):
                fail(f"Service {sname}: its selector matches no engine pod")
            for port in service["spec"]["ports"]:
                target = port.get("targetPort", port["port"])
                if (ports.get(target) if isinstance(target, str) else target) != http_port:
                    fail(f"Service {sname}: targetPort {target} is not the engine's port")
        if spec["serviceName"] not in by_kind.get("Service", {}) or \
                by_kind["Service"][spec["serviceName"]]["spec"].get("clusterIP") != "None":
            fail(f"{name}: serviceName {spec['serviceName']} is not a headless Service")

    commands = []
    for where, doc in docs:
        for pod in pod_specs(doc):
            security = pod.get("securityContext", {})
            if security.get("runAsNonRoot") is not True or security.get("runAsUser") != image_uid:
                fail(f"{where}: pods must run as non-root, as the image's user {image_uid}")
            volumes = {v["name"]: v for v in pod.get("volumes", [])}
            for container in pod["containers"]:
                args = relance_args(container)
                if args is None:
                    fail(f"{where}: container {container['name']} runs no relance command")
                    continue
                check_command(binary, args, where)
                commands.append([a for a in args if not a.startswith("-")][:2])
                for source_ref in container.get("envFrom", []):
                    ref = source_ref.get("configMapRef", {}).get("name")
                    if ref is not None and ref not in config_maps:
                        fail(f"{where}: envFrom names ConfigMap {ref}, which is not defined")
                if args[:2] == ["policy", "publish"]:
                    check_policy_job(binary, source, where, args, container, volumes, config_maps)
            if doc["kind"] == "CronJob" and not any((relance_args(c) or [""])[0] == "tick"
                                                    for c in pod["containers"]):
                fail(f"{where}: the CronJob does not run `relance tick`")
    if "CronJob" not in by_kind:
        fail("no CronJob for the daily tick")

    known = env_options(binary, [["run"], ["tick"], ["policy", "publish"]])
    for name, config_map in config_maps.items():
        for key in config_map.get("data", {}):
            if key.startswith("RELANCE_") and key not in known:
                fail(f"ConfigMap {name}: {key} is the variable of no option of run, tick or policy publish")

    check_compose(deploy, yaml)
    for failure in failures:
        print("FAIL " + failure)
    if not failures:
        print("ok: manifests and compose file checked")
    return 1 if failures else 0


def check_policy_job(binary, source, where, args, container, volumes, config_maps):
    path = [a for a in args[2:] if not a.startswith("-")]
    if not path:
        fail(f"{where}: policy publish names no file")
        return
    path = path[0]
    for mount in container.get("volumeMounts", []):
        directory = mount["mountPath"].rstrip("/")
        if os.path.dirname(path) != directory:
            continue
        volume = volumes.get(mount["name"], {})
        config_map = config_maps.get(volume.get("configMap", {}).get("name"))
        if config_map is None:
            fail(f"{where}: {directory} is not a ConfigMap volume")
            return
        text = config_map.get("data", {}).get(os.path.basename(path))
        if text is None:
            fail(f"{where}: ConfigMap {config_map['metadata']['name']} has no key {os.path.basename(path)}")
            return
        shipped = json.load(open(os.path.join(source, "deploy", "policies", "fr-default.json")))
        if json.loads(text) != shipped:
            fail(f"{where}: the policy ConfigMap differs from deploy/policies/fr-default.json")
        with tempfile.TemporaryDirectory() as work:
            file = os.path.join(work, os.path.basename(path))
            open(file, "w", encoding="utf-8").write(text)
            result = subprocess.run([binary, "policy", "validate", file], capture_output=True, text=True)
            print(f"relance policy validate (ConfigMap {config_map['metadata']['name']}): exit {result.returncode}")
            if result.returncode != 0:
                fail(f"{where}: the ConfigMap's policy is invalid:\n{result.stdout}{result.stderr}")
        return
    fail(f"{where}: {path} is on no mounted volume")


def check_compose(deploy, yaml):
    compose = yaml.safe_load(open(os.path.join(deploy, "compose.yaml")))
    services = compose["services"]
    kafka = services["kafka"]
    log_dirs = kafka.get("environment", {}).get("KAFKA_LOG_DIRS")
    volumes = [v.split(":") for v in kafka.get("volumes", [])]
    if not log_dirs or not any(v[0] in compose.get("volumes", {}) and v[1] == log_dirs for v in volumes):
        fail("compose.yaml: Kafka's KAFKA_LOG_DIRS is not on a named volume")
    if "healthcheck" not in kafka:
        fail("compose.yaml: kafka has no healthcheck")
    dockerfile = open(os.path.join(deploy, "Dockerfile"), encoding="utf-8").read()
    cmd = json.loads(re.search(r"^CMD (\[.*?\])\s*$", dockerfile, re.M | re.S).group(1).replace("\\\n", ""))
    http_port = option_value(cmd, "--http").rsplit(":", 1)[1]
    db = option_value(cmd, "--db")
    engines = [name for name, s in services.items() if "build" in s]
    if len(engines) < 1:
        fail("compose.yaml: no engine built from deploy/Dockerfile")
    for name in engines:
        service = services[name]
        test = " ".join(service.get("healthcheck", {}).get("test", []))
        if f"127.0.0.1:{http_port}/readyz" not in test:
            fail(f"compose.yaml: {name}'s healthcheck does not call /readyz on port {http_port}")
        if not any(str(p).endswith(f":{http_port}") for p in service.get("ports", [])):
            fail(f"compose.yaml: {name} does not publish port {http_port} (query API, /metrics, /readyz)")
        if not any(v.split(":")[1] != "" and db.startswith(v.split(":")[1]) for v in service.get("volumes", [])):
            fail(f"compose.yaml: {name}'s database {db} is not on a volume")


if __name__ == "__main__":
    sys.exit(main())
