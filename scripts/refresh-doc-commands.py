#!/usr/bin/env python3
"""Rewrites the output under each `$ tnb ...` line of the ```console blocks in README.md and
docs/*.md with what the debug build prints now, the way Tests/CLITests/DocCommandsTests.swift
reads them (`2>&1` merges standard error after standard output; `[exit N]` records a status;
a block whose expected output ends in `...` is left alone). Review the diff before committing:
the test exists so that a changed output is a decision, not an accident.

    swift build && python3 scripts/refresh-doc-commands.py [FILE.md ...]
"""
import glob, os, shlex, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TNB = os.path.join(ROOT, ".build", "debug", "tnb")


def run(command):
    words = shlex.split(command)
    merges = words[-1] == "2>&1"
    if merges:
        words = words[:-1]
    expanded = []
    for word in words[1:]:
        matches = sorted(glob.glob(os.path.join(ROOT, word))) if "*" in word else []
        expanded += [os.path.relpath(m, ROOT) for m in matches] or [word]
    done = subprocess.run([TNB] + expanded, cwd=ROOT, capture_output=True, text=True)
    out = done.stdout + (done.stderr if merges else "")
    lines = out.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if done.returncode != 0:
        lines.append(f"[exit {done.returncode}]")
    return lines


def refresh(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out, i, changed = [], 0, False
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if line.strip() != "```console":
            continue
        block = []
        while i < len(lines) and lines[i].strip() != "```":
            block.append(lines[i])
            i += 1
        j, new = 0, []
        while j < len(block):
            if block[j].startswith("$ tnb "):
                command = block[j][2:]
                k = j + 1
                while k < len(block) and not block[k].startswith("$ "):
                    k += 1
                old = block[j + 1 : k]
                trailing = []
                while old and not old[-1].strip():
                    trailing.insert(0, old.pop())
                new.append(block[j])
                if old and old[-1] == "...":
                    new += old
                else:
                    fresh = run(command)
                    changed |= fresh != old
                    new += fresh
                new += trailing
                j = k
            else:
                new.append(block[j])
                j += 1
        out += new
    if changed:
        open(path, "w", encoding="utf-8").write("\n".join(out))
        print("refreshed", os.path.relpath(path, ROOT))


files = sys.argv[1:] or [os.path.join(ROOT, "README.md")] + sorted(glob.glob(os.path.join(ROOT, "docs", "*.md")))
for file in files:
    refresh(file)
