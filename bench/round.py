#!/usr/bin/env python3
"""Benchmark: import and full analysis (understanding, aggregation, clusters, export) of generated rounds of growing
size, with the release build: the first (cold) analysis, which reads every message and keeps its reading in the store,
and a second (warm) one over the unchanged round, which reuses them. Prints seconds, time per 1,000 responses and peak
memory; asserts nothing.
Usage: python3 bench/round.py [--sizes 1000,2000,5000,10000]
"""
import argparse, os, re, shutil, subprocess, tempfile, time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def timed(command):
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, int(result.stderr.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,2000,5000,10000")
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "hearing"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build", "release", "hearing")
    print("responses   import s   cold export s   warm export s   warm/cold   per 1,000 cold (s)   peak MB")
    for size in [int(s) for s in args.sizes.split(",")]:
        work = tempfile.mkdtemp()
        mailbox = os.path.join(work, "round.mbox")
        subprocess.run(["python3", os.path.join(ROOT, "bench", "make_round.py"), "--count", str(size), "--out", mailbox], check=True)
        workspace = os.path.join(work, "ws")
        subprocess.run([binary, "new", workspace, "--example", "fsu-2024"], check=True, stdout=subprocess.DEVNULL)
        imported, _ = timed([binary, "import", workspace, mailbox])
        export = [binary, "export", workspace, "--format", "json", "--out", os.path.join(work, "e.json")]
        cold, memory = timed(export)
        warm, _ = timed(export)
        total = imported + cold
        print(f"{size:9d}   {imported:8.2f}   {cold:13.2f}   {warm:13.2f}   {warm / cold:9.2f}   "
              f"{total / size * 1000:18.2f}   {memory / 1024:7.0f}")
        shutil.rmtree(work)


main()
