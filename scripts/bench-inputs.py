#!/usr/bin/env python3
"""Writes the benchmark inputs deterministically (a fixed seed) into a directory.

    scripts/bench-inputs.py [DIR]        (default: .build-bench/inputs)

chain-1k/10k/100k.tnb   notebooks of chained definitions with units and ranges, rendered by tnb run
chain-1k.qalc           a plain-number chain for qalc (its := is lazy, so =); 1,000 lines
chain-10k.py            the same chain for python3 with pint (units, no ranges)
small/NNNN.tnb          1,000 small notebooks for one `tnb run` call
projections.tnb         1,000 projections of 40 quarters each, with ranges
correlated-20k.tnb      20,000 lines mixing 50 range inputs through shared names, with the
                        median and p5-p95 of the last 100 values in prose
correlated-20k.py       the same model in numpy at 10,000 samples (inputs uniform, shared)
correlated-20k.sq.py    the same model with squigglepy's distributions, sampled once per input
"""
import os
import random
import sys

out = next((a for a in sys.argv[1:] if not a.startswith("--")), ".build-bench/inputs")
os.makedirs(os.path.join(out, "small"), exist_ok=True)


def chain(count, rng):
    lines = ["# Chained definitions", "", "let v0 = $7M/yr"]
    steps = ["* 1.0001", "+ $1k/yr", "- 0.01%", "* (1 to 1.0002)", "+ $2-3k/yr", "- $500/yr", "* 0.9999"]
    for i in range(1, count):
        lines.append(f"let v{i} = v{i - 1} {rng.choice(steps)}")
        if i % 1000 == 0:
            lines.append(f"> after {i} steps the spend is {{v{i}}}")
    lines.append(f"assert v{count - 1} > $1M/yr")
    return "\n".join(lines) + "\n"


# The same chain in Python on plain floats, for the "faster than python3" ratio: each
# step as the float arithmetic tnb does on the bounds' midpoint (a range becomes its midpoint,
# `- 0.01%` is the calculator rule, a multiplication by 0.9999; units are left out).
PLAIN = {
    "* 1.0001": "* 1.0001", "+ $1k/yr": "+ 1000.0", "- 0.01%": "* 0.9999", "* (1 to 1.0002)": "* 1.0001",
    "+ $2-3k/yr": "+ 2500.0", "- $500/yr": "- 500.0", "* 0.9999": "* 0.9999",
}


def plain_chain(tnb_text):
    lines = []
    for line in tnb_text.splitlines():
        if line.startswith("let v0 = "):
            lines.append("v0 = 7e6")
        elif line.startswith("let "):
            name, expr = line[4:].split(" = ", 1)
            previous, step = expr.split(" ", 1)
            lines.append(f"{name} = {previous} {PLAIN[step]}")
    last = lines[-1].split(" = ")[0]
    return "\n".join(lines + [f"print({last})"]) + "\n"


rng = random.Random(20260422)
for count, name in [(1_000, "1k"), (10_000, "10k"), (100_000, "100k")]:
    text = chain(count, rng)
    with open(os.path.join(out, f"chain-{name}.tnb"), "w") as f:
        f.write(text)
    if count == 100_000:
        with open(os.path.join(out, "chain-100k-floats.py"), "w") as f:
            f.write(plain_chain(text))
# A million lines, only when asked (`bench-inputs.py DIR --million`): 30 MB, for the linearity check.
if "--million" in sys.argv:
    with open(os.path.join(out, "chain-1m.tnb"), "w") as f:
        f.write(chain(1_000_000, random.Random(20260423)))

rng = random.Random(7)
qalc = ["v0 = 7000000"]
py = ["import pint", "u = pint.UnitRegistry()", "u.define('dollar = [currency]')", "v0 = 7e6 * u.dollar / u.year"]
for i in range(1, 10_000):
    factor = rng.choice(["1.0001", "0.9999", "1.00005"])
    qalc.append(f"v{i} = v{i - 1} * {factor} + 1000")
    py.append(f"v{i} = v{i - 1} * {factor} + 1000 * u.dollar / u.year")
qalc = qalc[:1_000] + ["v999"]  # qalc's stdin mode pauses on every line: 1,000 lines is plenty
py.append("print(v9999.to(u.dollar / u.day))")
with open(os.path.join(out, "chain-1k.qalc"), "w") as f:
    f.write("\n".join(qalc) + "\n")
with open(os.path.join(out, "chain-10k.py"), "w") as f:
    f.write("\n".join(py) + "\n")

for i in range(1_000):
    with open(os.path.join(out, "small", f"{i:04d}.tnb"), "w") as f:
        f.write(
            f"# Small notebook {i}\n\n"
            f"let payroll = ${20 + i % 7}M/yr\n"
            f"let spend = ${5 + i % 5}-{8 + i % 5}M/yr\n"
            f"let share = spend as % of payroll\n"
            f"> spend is {{share}} of payroll\n"
            f"assert share < 100%\n"
        )

lines = ["# 1,000 projections of 40 quarters", ""]
for i in range(1_000):
    lines.append(f"let s{i} = ${1 + i % 9}-{2 + i % 9}M/yr")
    lines.append(f"project s{i} growth 2-3x by Q2 2036")
with open(os.path.join(out, "projections.tnb"), "w") as f:
    f.write("\n".join(lines) + "\n")
# A model of 50 uncertain inputs: each line combines a recent value with one input, the way a
# spreadsheet model multiplies through by a growth or adds a cost; shared names correlate them.
# The same model for numpy and squigglepy, each at 10,000 samples with shared samples per input.
def correlated(count):
    rng = random.Random(50)
    tnb = [f"# {count:,} lines, 50 range inputs", ""]
    npy = ["import numpy as np", "rng = np.random.default_rng(1)", "n = 10_000"]
    sq = ["import sys", "import numpy as np", "import squigglepy as sq", "sys.setrecursionlimit(1_000_000)"]
    for i in range(50):
        low = 1 + i % 7
        tnb.append(f"let i{i} = {low} to {low + 1 + i % 3}")
        npy.append(f"i{i} = rng.uniform({low}, {low + 1 + i % 3}, n)")
        # squigglepy resamples a distribution at every use; one sample array per input keeps it shared.
        sq.append(f"i{i} = sq.sample(sq.uniform({low}, {low + 1 + i % 3}), n=10_000)")
    tnb.append("let v0 = i0 * 100")
    npy.append("v0 = i0 * 100")
    sq.append("v0 = i0 * 100")
    for k in range(1, count):
        a = rng.randrange(50)
        back = max(0, k - rng.randint(1, 3))
        form = rng.choice(["{v} * (1 + {i} * 0.1%)", "{v} + {i}", "{v} - {i} * 0.5", "{v} * 0.999 + {i}"])
        tnb.append(f"let v{k} = " + form.format(v=f"v{back}", i=f"i{a}"))
        npy.append(f"v{k} = " + form.replace("%", "/100").format(v=f"v{back}", i=f"i{a}"))
        sq.append(f"v{k} = " + form.replace("%", "/100").format(v=f"v{back}", i=f"i{a}"))
    for k in range(count - 100, count):
        tnb.append(f"> v{k}: median {{median(v{k})}}, 90% between {{percentile(v{k}, 5%)}} and {{percentile(v{k}, 95%)}}")
        npy.append(f"print(np.median(v{k}), np.percentile(v{k}, 5), np.percentile(v{k}, 95))")
        sq.append(f"print(np.median(v{k}), np.percentile(v{k}, 5), np.percentile(v{k}, 95))")
    name = f"correlated-{count // 1000}k"
    for ext, lines in [("tnb", tnb), ("py", npy), ("sq.py", sq)]:
        with open(os.path.join(out, f"{name}.{ext}"), "w") as f:
            f.write("\n".join(lines) + "\n")


correlated(20_000)
print(f"wrote benchmark inputs to {out}")
