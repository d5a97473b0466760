#!/usr/bin/env python3
"""Writes Tests/Fixtures/display/arithmetic.tsv: IEEE double results of + - * / on pairs of
numbers, as Python's repr writes them (the shortest decimal that reads back as the same double),
for Tests/UnitsTests/JSONNumberTests.swift: tnb's JSON must carry the same digits.

Run: python3 scripts/ieee-fixture.py > Tests/Fixtures/display/arithmetic.tsv
"""
import random


def operands():
    rng = random.Random(12)
    typed = [0.1, 0.2, 0.3, 13.1, 40.9, 7e6, 25e6, 1.1, 3.0, 0.07, 1e-9, 123456.789, 2.5e15]
    for a in typed:
        for b in typed:
            yield a, b
    for _ in range(2000):
        a = float(f"{rng.randint(1, 99999)}e{rng.randint(-8, 12)}") * rng.choice([1, -1])
        b = float(f"{rng.randint(1, 99999)}e{rng.randint(-8, 12)}")
        yield a, b
    for _ in range(1000):
        yield rng.uniform(-1e6, 1e6), rng.uniform(1e-3, 1e3)


def main():
    for a, b in operands():
        print("\t".join(repr(x) for x in (a, b, a + b, a - b, a * b, a / b)))


if __name__ == "__main__":
    main()
