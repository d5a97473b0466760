#!/usr/bin/env python3
"""Times the real REPL redefining a value that thousands of others depend on, through a pipe.

    python3 scripts/repl-latency.py [TNB] [--dependents N] [--redefinitions K] [--shape chain|fan]

It starts `TNB repl` with its standard input and output as pipes (the REPL then reads lines
without readline, as it does under a script), defines `v0` and N definitions that depend on it
(a chain `v1 = v0 * 1.0001 + $1/yr`, ... or, with --shape fan, N definitions of v0 each), and
then redefines `v0` K times. Each redefinition is timed from writing its line to reading the
marker line the REPL prints after it (a string typed right after the redefinition), so the
time includes recomputing every dependent and printing what changed. It prints the median,
the slowest and the figures' count; no timing is asserted anywhere.
"""

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("tnb", nargs="?", default=".build/release/tnb")
    parser.add_argument("--dependents", type=int, default=10_000)
    parser.add_argument("--redefinitions", type=int, default=20)
    parser.add_argument("--shape", choices=["chain", "fan"], default="chain")
    args = parser.parse_args()
    if not os.access(args.tnb, os.X_OK):
        print(f"no tnb binary at {args.tnb}: build it first (swift build -c release)", file=sys.stderr)
        return 2

    process = subprocess.Popen(
        [args.tnb, "repl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, bufsize=0
    )
    out = process.stdout
    buffer = b""

    def send(text: str) -> threading.Thread:
        # Written from a thread: the REPL answers as it reads, and a writer that waited for the
        # whole text to go in before reading would fill both pipes and wait forever.
        def write() -> None:
            process.stdin.write(text.encode())
            process.stdin.flush()

        writer = threading.Thread(target=write)
        writer.start()
        return writer

    def wait_for(marker: bytes) -> None:
        nonlocal buffer
        while marker not in buffer:
            chunk = os.read(out.fileno(), 1 << 20)
            if not chunk:
                raise SystemExit(f"the REPL exited before printing {marker!r}")
            buffer += chunk
        buffer = buffer[buffer.index(marker) + len(marker) :]

    lines = ["let v0 = $7M/yr"]
    for index in range(1, args.dependents + 1):
        if args.shape == "chain":
            lines.append(f"let v{index} = v{index - 1} * 1.0001 + $1/yr")
        else:
            lines.append(f"let v{index} = v0 * {1 + index / 100_000} + $1/yr")
    started = time.perf_counter()
    writer = send("\n".join(lines) + '\n"defined"\n')
    wait_for(b'"defined"')
    writer.join()
    defined = time.perf_counter() - started

    times = []
    for index in range(args.redefinitions):
        marker = f'"mark {index}"'
        started = time.perf_counter()
        writer = send(f"let v0 = ${7 + (index + 1) / 10}M/yr\n{marker}\n")
        wait_for(marker.encode())
        writer.join()
        times.append(time.perf_counter() - started)
    process.stdin.close()
    process.wait(timeout=30)

    print(f"tnb repl, {args.dependents:,} dependents ({args.shape}), {args.redefinitions} redefinitions")
    print(f"  defining them: {defined * 1000:.0f} ms")
    print(f"  redefinition: median {statistics.median(times) * 1000:.1f} ms, slowest {max(times) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
