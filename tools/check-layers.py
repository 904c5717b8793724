#!/usr/bin/env python3
# The source folders are layers (README, "Layout"): a file includes only its own folder and the
# folders below it. Prints each #include "..." that reaches up or sideways, with file and line,
# and exits 1 when there is one.
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Bottom to top; folders on one line are siblings and do not include each other.
LAYERS = [
    ["src/sql"],
    ["src/dialects"],
    ["src/meta"],
    ["src/query"],
    ["src/core"],
    ["src/associations", "src/schema"],
    ["qml"],
]
LEVEL = {folder: level for level, folders in enumerate(LAYERS) for folder in folders}


def folder_of(path):
    rel = os.path.relpath(path, ROOT)
    for folder in LEVEL:
        if rel == folder or rel.startswith(folder + os.sep):
            return folder
    return None


def main():
    problems = []
    for top in ("src", "qml"):
        for directory, _, names in os.walk(os.path.join(ROOT, top)):
            for name in sorted(names):
                if not name.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(directory, name)
                mine = folder_of(path)
                if mine is None:
                    problems.append(f"{os.path.relpath(path, ROOT)}: in no layer (add its folder "
                                    "to tools/check-layers.py)")
                    continue
                with open(path, encoding="utf-8") as source:
                    for number, line in enumerate(source, 1):
                        match = re.match(r'\s*#\s*include\s+"([^"]+)"', line)
                        if not match:
                            continue
                        target = os.path.normpath(os.path.join(directory, match.group(1)))
                        theirs = folder_of(target)
                        if theirs is None or theirs == mine:
                            continue
                        if LEVEL[theirs] >= LEVEL[mine]:
                            problems.append(
                                f"{os.path.relpath(path, ROOT)}:{number}: includes "
                                f"{match.group(1)} ({theirs} is not below {mine})")
    for problem in problems:
        print(problem)
    if problems:
        print(f"layer check: {len(problems)} include(s) against the layer order", file=sys.stderr)
        return 1
    print("layer check: every include goes to its own folder or one below")
    return 0


if __name__ == "__main__":
    sys.exit(main())
