#!/usr/bin/env python3
"""Score `wicrun extract` on an annotated folder against its floor.

usage: run_accuracy.py WICRUN FOLDER FLOOR.json

Runs `WICRUN extract --format jsonl FOLDER`, scores the figures against
FOLDER/gold.jsonl with score.py (positions validated against the
articles), prints the scores, and exits 1 when any score is below the
floor recorded in FLOOR.json under the folder's name.  The floors are the
measured scores rounded down, so the test fails on a regression, not on
noise: raise them when the extractor improves.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    wicrun, folder, floor_path = argv
    with open(floor_path) as f:
        floors = json.load(f)
    name = os.path.basename(os.path.normpath(folder))
    if name not in floors:
        sys.stderr.write("run_accuracy.py: no floor for %s in %s\n"
                         % (name, floor_path))
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        predicted = os.path.join(tmp, "predicted.jsonl")
        with open(predicted, "w") as out:
            run = subprocess.run([wicrun, "extract", "--format", "jsonl",
                                  folder], stdout=out, timeout=120)
        if run.returncode != 0:
            sys.stderr.write("run_accuracy.py: wicrun extract failed (%d)\n"
                             % run.returncode)
            return 1
        floor_file = os.path.join(tmp, "floor.json")
        with open(floor_file, "w") as f:
            json.dump(floors[name], f)
        score = subprocess.run(
            [sys.executable, os.path.join(HERE, "score.py"),
             os.path.join(folder, "gold.jsonl"), predicted,
             "--validate", folder, "--floor", floor_file], timeout=120)
        return score.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
