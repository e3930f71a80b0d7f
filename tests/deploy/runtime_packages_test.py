#!/usr/bin/env python3
"""Checks that the runtime stage of deploy/Dockerfile installs every shared
library the relance binary needs.

No Docker engine runs the tests, so the check reads the Dockerfile instead:
the package names of the last stage's `apt-get install`, against the Debian
package that owns each library `ldd` resolves (`dpkg -S`). A library passes
when its package is listed, or is a dependency of a listed one (Depends and
Pre-Depends, transitively, as dpkg's database of this machine records them):
apt installs those too. Package names are compared without their
architecture qualifier (`libfmt9:amd64` is `libfmt9`); a library dpkg knows
under /lib but ldd prints under /usr/lib (or the reverse: Debian 12's merged
/usr) is looked up under both.

Usage: runtime_packages_test.py RELANCE_BINARY DOCKERFILE
"""
import os
import re
import shutil
import subprocess
import sys

SKIP = 77  # SKIP_RETURN_CODE in tests/CMakeLists.txt


def runtime_packages(dockerfile):
    text = open(dockerfile, encoding="utf-8").read()
    text = re.sub(r"\\\n", " ", text)  # Join continuation lines.
    stages = re.split(r"(?im)^FROM\s", text)
    last = stages[-1]
    packages = set()
    for command in re.findall(r"apt-get\s+install\s+([^&;\n]*)", last):
        packages.update(word for word in command.split() if not word.startswith("-"))
    return packages


def linked_libraries(binary):
    out = subprocess.run(["ldd", binary], check=True, capture_output=True, text=True).stdout
    paths = []
    for line in out.splitlines():
        match = re.search(r"(/\S+)\s+\(0x", line)
        if match:
            paths.append(match.group(1))
    return paths


def candidates(path):
    """The names dpkg may know `path` by."""
    names = [path, os.path.realpath(path)]
    for p in list(names):
        if p.startswith("/usr/lib/"):
            names.append(p[len("/usr"):])
        elif p.startswith("/lib/") or p.startswith("/lib64/"):
            names.append("/usr" + p)
    return list(dict.fromkeys(names))


def owners(paths):
    """path -> its packages, from one `dpkg -S` over every candidate name
    (dpkg reads its whole file database per call: one call, not one per
    library)."""
    queries = sorted({name for path in paths for name in candidates(path)})
    # dpkg -S exits 1 when some name is unknown (an alternative that is not
    # dpkg's spelling): expected, the others are still answered.
    out = subprocess.run(["dpkg", "-S", *queries], capture_output=True, text=True).stdout
    found = {}
    for line in out.splitlines():
        packages, _, name = line.rpartition(": ")
        if name in queries:
            found[name] = {package.strip().split(":")[0] for package in packages.split(",")}
    result = {}
    for path in paths:
        for name in candidates(path):
            if name in found:
                result[path] = found[name]
                break
    return result


def dependency_graph():
    """Every installed package's Depends and Pre-Depends (first alternative
    of each: the one apt takes), from one dpkg-query."""
    out = subprocess.run(["dpkg-query", "-W", "-f", "${Package}\t${Depends}, ${Pre-Depends}\n"],
                         check=True, capture_output=True, text=True).stdout
    graph = {}
    for line in out.splitlines():
        package, _, depends = line.partition("\t")
        names = graph.setdefault(package, set())
        for clause in depends.split(","):
            first = clause.split("|")[0].strip()
            if first:
                names.add(re.split(r"[\s(]", first)[0].split(":")[0])
    return graph


def closure(packages, graph):
    seen, todo, unknown = set(), list(packages), []
    while todo:
        package = todo.pop()
        if package in seen:
            continue
        seen.add(package)
        if package not in graph:
            unknown.append(package)
            continue
        todo.extend(graph[package] - seen)
    return seen, unknown


def main():
    binary, dockerfile = sys.argv[1], sys.argv[2]
    for tool in ("ldd", "dpkg", "dpkg-query"):
        if shutil.which(tool) is None:
            print(f"skipped: {tool} not found")
            return SKIP
    listed = runtime_packages(dockerfile)
    if not listed:
        print(f"{dockerfile}: no `apt-get install` in the runtime stage")
        return 1
    installed, unknown = closure(listed, dependency_graph())
    for package in sorted(set(unknown) & listed):
        print(f"note: {package} is not installed here; its dependencies are not followed")
    failures = []
    libraries = linked_libraries(binary)
    if not libraries:
        failures.append(f"ldd found no library in {binary}")
    owned = owners(libraries)
    for library in libraries:
        owners_of = owned.get(library)
        if owners_of is None:
            failures.append(f"{library}: no Debian package owns it (dpkg -S)")
        elif not owners_of & installed:
            failures.append(f"{library}: from {', '.join(sorted(owners_of))}, which the runtime stage does not install")
        else:
            print(f"ok {library} ({', '.join(sorted(owners_of))})")
    for failure in failures:
        print("FAIL " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
