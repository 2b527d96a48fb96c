#!/usr/bin/env python3
"""Mail parser benchmark: `hearing mail stats` beside Python and GMime on the same mbox, in the same run.

    python3 bench/mail.py [--mb 200] [--runs 3] [--file PATH]

Builds a deterministic mbox with ../shared/bench/make_mbox.py (cycled from the real messages in ../shared/corpora),
builds `hearing` in release mode and GMime's baseline (../shared/bench/c, needs libgmime-3.0-dev and pkg-config; it is
skipped with a note when missing), then runs each parser --runs times (warm cache) and prints the best MB/s,
messages/s and peak memory of each, with the ratios. `hearing` runs on one core and on all of them.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_BENCH = os.path.join(os.path.dirname(ROOT), "shared", "bench")
WORK = os.path.join(tempfile.gettempdir(), "hearing-bench")


def run(command):
    """Runs a command; returns (wall seconds, stdout)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        sys.exit(f"{command[0]} failed ({process.returncode}): {err.decode(errors='replace')[-400:]}")
    return seconds, out.decode(errors="replace")


def peak_of(command):
    """Runs once more under wait4 to read the child's own peak memory (ru_maxrss, kB on Linux)."""
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.execvp(command[0], command)
    _, _, usage = os.wait4(pid, 0)
    return usage.ru_maxrss / 1024 if sys.platform.startswith("linux") else usage.ru_maxrss / 1e6


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200, help="size of the generated mbox (default 200)")
    parser.add_argument("--runs", type=int, default=3, help="runs per parser; the best counts (default 3)")
    parser.add_argument("--file", help="use this mbox instead of generating one")
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)

    mbox = args.file or os.path.join(WORK, f"bench-{args.mb}.mbox")
    if not os.path.exists(mbox):
        subprocess.run([sys.executable, os.path.join(SHARED_BENCH, "make_mbox.py"), "--mb", str(args.mb), "--out", mbox], check=True)
    size = os.path.getsize(mbox)
    subprocess.run(["swift", "build", "-c", "release", "--product", "hearing"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    hearing = os.path.join(ROOT, ".build", "release", "hearing")

    gmime = None
    if shutil.which("pkg-config") and subprocess.run(["pkg-config", "--exists", "gmime-3.0"]).returncode == 0:
        build = os.path.join(WORK, "c")
        shutil.rmtree(build, ignore_errors=True)
        shutil.copytree(os.path.join(SHARED_BENCH, "c"), build)
        if subprocess.run(["make", "-s", "-C", build, "gmime_parse"], stdout=subprocess.DEVNULL).returncode == 0:
            gmime = os.path.join(build, "gmime_parse")
    if gmime is None:
        print("note: GMime baseline skipped (apt-get install -y libgmime-3.0-dev pkg-config)")

    cores = os.cpu_count() or 1
    contenders = [
        (f"hearing mail stats (1 core)", [hearing, "mail", "stats", mbox, "--workers", "1", "--json"]),
        (f"hearing mail stats ({cores} cores)", [hearing, "mail", "stats", mbox, "--json"]),
        ("Python email, fast path", [sys.executable, os.path.join(SHARED_BENCH, "py_parse.py"), "--mode", "fast", mbox]),
    ]
    if gmime:
        contenders.append(("GMime 3 (C)", [gmime, mbox]))

    messages = None
    results = []
    for name, command in contenders:
        best = min(run(command)[0] for _ in range(args.runs))
        output = run(command)[1]
        if name.startswith("hearing") and messages is None:
            messages = int(re.search(r'"messages"\s*:\s*(\d+)', output).group(1))
        peak = peak_of(command)
        results.append((name, best, peak))

    print(f"\n{os.path.basename(mbox)}: {size / 1e6:.1f} MB, {messages} messages, best of {args.runs} runs, warm cache\n")
    reference = {name: seconds for name, seconds, _ in results}
    print(f"{'parser':34} {'MB/s':>8} {'msgs/s':>9} {'peak MB':>8} {'x Python':>9} {'x GMime':>8}")
    python = reference.get("Python email, fast path")
    g = reference.get("GMime 3 (C)")
    for name, seconds, peak in results:
        print(f"{name:34} {size / 1e6 / seconds:8.1f} {messages / seconds:9.0f} {peak:8.1f} "
              f"{python / seconds:9.2f} " + (f"{g / seconds:8.2f}" if g else f"{'-':>8}"))
    print("\n(process wall time, start-up included; MB = 10^6 bytes of the mbox file)")


if __name__ == "__main__":
    main()
