#!/usr/bin/env python3
"""Benchmark: memory and time of importing and analysing one very large message (a body with a big attachment), with
the release build. Prints seconds and peak memory of `import` and `status`; asserts nothing.
Usage: python3 bench/import.py [--mb 100]
"""
import argparse, base64, os, shutil, subprocess, tempfile, time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def timed(command):
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    return seconds, int(result.stderr.strip().splitlines()[-1]), result.returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=100)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "hearing"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build", "release", "hearing")
    work = tempfile.mkdtemp()
    message = os.path.join(work, "stor.eml")
    raw = bytes((i * 7919) % 251 for i in range(1 << 16)) * (args.mb * 3 // 4 * 16)
    with open(message, "wb") as out:
        out.write(b"From: Malvik kommune <postmottak@malvik.kommune.no>\nSubject: Svar med stort vedlegg\n"
                  b"Date: Thu, 30 May 2024 10:00:00 +0200\nMIME-Version: 1.0\n"
                  b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n"
                  b"Malvik kommune st\xc3\xb8tter forslag 2.\n--b\nContent-Type: application/octet-stream; "
                  b"name=data.bin\nContent-Transfer-Encoding: base64\n\n")
        out.write(base64.encodebytes(raw))
        out.write(b"--b--\n")
    size = os.path.getsize(message) / 1e6
    workspace = os.path.join(work, "ws")
    subprocess.run([binary, "new", workspace, "--example", "fsu-2024"], check=True, stdout=subprocess.DEVNULL)
    print(f"one message of {size:.0f} MB")
    for name, command in [("import", [binary, "import", workspace, message]),
                          ("cold status", [binary, "status", workspace]),
                          ("warm status", [binary, "status", workspace])]:
        seconds, peak, code = timed(command)
        print(f"{name:12s} {seconds:7.2f} s   peak {peak / 1024:6.0f} MB   exit {code}", flush=True)
    shutil.rmtree(work)


main()
