#!/usr/bin/env python3
"""Prints QtSequelize ÷ Sequelize per case, from the JSON lines of bench/main.cpp
(QSQ_BENCH_RESULTS) and of bench/sequelize/bench.js, both run on the same PostgreSQL."""
import json
import sys


def read(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip().startswith("{")]


def main(cpp_path, node_path):
    cpp = {r["case"]: r for r in read(cpp_path) if r["dialect"] == "postgres"}
    node = {r["case"]: r["sequelize"] for r in read(node_path)}
    print(f"\n{'case':<16} {'QtSequelize ms':>15} {'Sequelize ms':>13} {'ratio':>7} {'target':>7}")
    for case, r in cpp.items():
        if case in node:
            print(f"{case:<16} {r['orm']:>15.2f} {node[case]:>13.2f} {r['orm'] / node[case]:>7.2f} "
                  f"{'<= 0.2':>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
