#!/usr/bin/env python3
"""Benchmark: import and full analysis (understanding, aggregation, themes) of generated rounds of growing size, with
the release build: the first (cold) `status`, which reads every message and keeps its reading and the themes in the
store, a second (warm) `status` over the unchanged round, which reuses them, and a warm JSON export. Prints seconds,
the warm/cold ratio, time per 1,000 responses and peak memory; asserts nothing.
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
    print("responses   import s   cold status s   warm status s   warm/cold   warm export s   per 1,000 cold (s)   peak MB")
    for size in [int(s) for s in args.sizes.split(",")]:
        work = tempfile.mkdtemp()
        mailbox = os.path.join(work, "round.mbox")
        subprocess.run(["python3", os.path.join(ROOT, "bench", "make_round.py"), "--count", str(size), "--out", mailbox], check=True)
        workspace = os.path.join(work, "ws")
        subprocess.run([binary, "new", workspace, "--example", "fsu-2024"], check=True, stdout=subprocess.DEVNULL)
        imported, _ = timed([binary, "import", workspace, mailbox])
        status = [binary, "status", workspace]
        cold, memory = timed(status)
        warm, warm_memory = timed(status)
        exported, _ = timed([binary, "export", workspace, "--format", "json", "--out", os.path.join(work, "e.json")])
        total = imported + cold
        print(f"{size:9d}   {imported:8.2f}   {cold:13.2f}   {warm:13.2f}   {warm / cold:9.3f}   {exported:13.2f}   "
              f"{total / size * 1000:18.2f}   {max(memory, warm_memory) / 1024:7.0f}", flush=True)
        shutil.rmtree(work)


main()
