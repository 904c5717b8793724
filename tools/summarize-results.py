#!/usr/bin/env python3
"""Prints one summary line per dialect from the QtTest JUnit files of a test run.

Every behavioural test is data-driven with the dialect as its data tag
(`save(sqlite)`); tests without a dialect tag are counted as "no database".
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DIALECTS = ["sqlite", "postgres", "mariadb"]


def main(folder: str) -> int:
    counts = {d: {"passed": 0, "failed": 0, "skipped": 0} for d in DIALECTS + ["no database"]}
    reasons = {}
    files = sorted(Path(folder).glob("*.xml"))
    for f in files:
        try:
            root = ET.parse(f).getroot()
        except ET.ParseError as e:
            print(f"{f.name}: unreadable results ({e}); the test crashed?")
            counts["no database"]["failed"] += 1
            continue
        for case in root.iter("testcase"):
            name = case.get("name", "")
            if name in ("initTestCase", "cleanupTestCase"):
                continue
            # Data tags are "<dialect>" or "<dialect>/<detail>": save(sqlite), roundTrip(mariadb/blob)
            m = re.search(r"\(([^()]*)\)$", name)
            tag = m.group(1).split("/")[0] if m else ""
            dialect = tag if tag in DIALECTS else "no database"
            if case.find("failure") is not None or case.find("error") is not None:
                counts[dialect]["failed"] += 1
            elif case.find("skipped") is not None:
                counts[dialect]["skipped"] += 1
                msg = case.find("skipped").get("message", "")
                reasons.setdefault(dialect, msg)
            else:
                counts[dialect]["passed"] += 1
    for dialect, c in counts.items():
        line = f"{dialect:>12}: {c['passed']} passed, {c['failed']} failed, {c['skipped']} skipped"
        if c["skipped"] and dialect in reasons:
            line += f" (e.g. {reasons[dialect]})"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
