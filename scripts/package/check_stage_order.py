#!/usr/bin/env python3
"""Fails when a pipeline stage's target depends on a later stage's.

The stages are SwiftPM targets in Package.swift, in this order:
Support → Load → Model → Rank → Chart → Render → Write → Core (the build as a
whole). Each may depend only on targets before it; the compiler then keeps
the arrows pointing forward, and this check keeps Package.swift from
turning one around. It also keeps the C libraries with the one stage whose
wrapper uses them, and reads the `import` lines under Sources/<stage>/: SwiftPM
lets a file import any module already built, declared or not.

    python3 scripts/package/check_stage_order.py            # reads `swift package dump-package`
    python3 scripts/package/check_stage_order.py dump.json  # reads a saved dump
"""
import json
import os
import re
import subprocess
import sys

STAGES = ["ThiduaSupport", "ThiduaLoad", "ThiduaModel", "ThiduaRank",
          "ThiduaChart", "ThiduaRender", "ThiduaWrite", "ThiduaCore"]
# Which stages may name each system library (its wrapper files live there).
C_LIBRARIES = {
    "CCmark": {"ThiduaModel"},        # Markdown.swift
    "CLibXML2": {"ThiduaModel"},      # XLSX/XMLEventReader.swift
    "CRsvg": {"ThiduaWrite"},         # SVGRasterizer.swift
    "CPango": {"ThiduaWrite"},        # SVGRasterizer.swift (the cards' own text)
    "CDeflate": {"ThiduaWrite", "ThiduaCore"},  # PNGEncoder.swift, Publish/GzipCopies.swift
}


def dependency_names(target):
    """The names of a target's dependencies, whatever their kind in the dump."""
    names = []
    for dependency in target.get("dependencies", []):
        for kind in ("byName", "target", "product"):
            if kind in dependency:
                names.append(dependency[kind][0])
    return names


def problems(package):
    targets = {t["name"]: t for t in package["targets"]}
    found = []
    for stage in STAGES:
        if stage not in targets:
            found.append(f"{stage}: no such target in Package.swift")
    for name, target in sorted(targets.items()):
        deps = dependency_names(target)
        if name in STAGES:
            rank = STAGES.index(name)
            for dep in deps:
                if dep in STAGES and STAGES.index(dep) >= rank:
                    found.append(f"{name} depends on {dep}, which is not an earlier stage "
                                 f"(order: {' → '.join(STAGES)})")
                elif dep in targets and dep not in STAGES and dep not in C_LIBRARIES:
                    found.append(f"{name} depends on {dep}, which is not a stage or a C library")
        for dep in deps:
            if dep in C_LIBRARIES and name not in C_LIBRARIES[dep]:
                found.append(f"{name} depends on {dep}, which only "
                             f"{', '.join(sorted(C_LIBRARIES[dep]))} may use")
    return found


def import_problems(package, sources):
    """Imports of a stage or a C library that the importing stage may not use."""
    targets = {t["name"]: t for t in package["targets"]}
    found = []
    for stage in STAGES:
        allowed = set(STAGES[:STAGES.index(stage)]) | set(dependency_names(targets.get(stage, {})))
        for folder, _, files in os.walk(os.path.join(sources, stage)):
            for name in sorted(files):
                if not name.endswith(".swift"):
                    continue
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        match = re.match(r"\s*(?:@\w+\s+)*import\s+(\w+)", line)
                        if not match:
                            continue
                        module = match.group(1)
                        if (module in STAGES or module in C_LIBRARIES) and module not in allowed:
                            found.append(f"{path}:{number}: {stage} imports {module}")
    return found


def main():
    if len(sys.argv) > 1:
        with open(sys.argv[1]) as f:
            package = json.load(f)
    else:
        dump = subprocess.run(["swift", "package", "dump-package"], check=True,
                              capture_output=True, text=True).stdout
        package = json.loads(dump)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    found = problems(package) + import_problems(package, os.path.join(root, "Sources"))
    for problem in found:
        print("stage order: " + problem, file=sys.stderr)
    if found:
        sys.exit(1)
    print(f"stage order: {' → '.join(STAGES)}: every stage depends only on earlier ones")


if __name__ == "__main__":
    main()
