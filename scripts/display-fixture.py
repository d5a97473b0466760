#!/usr/bin/env python3
"""Writes Tests/Fixtures/display/numbers.tsv: how tnb must display numbers, computed with
Python's decimal module from each double's exact value, for a differential test of
Sources/Units/NumberFormatter.swift (Tests/UnitsTests/NumberFormatterDifferentialTests.swift).

Each line: the double as Python's repr (read back exactly), the significant digits, a style
(plain, money or percent) and the expected text. The rules, from docs/language.md: round once,
from the exact value, ties away from zero; choose the magnitude class after rounding.

Run: python3 scripts/display-fixture.py > Tests/Fixtures/display/numbers.tsv
"""
import math
import random
from decimal import ROUND_HALF_UP, Decimal, getcontext

getcontext().prec = 2000


def rounded(d, position):
    """d rounded to a multiple of 10**position, ties away from zero."""
    return d.quantize(Decimal(1).scaleb(position), rounding=ROUND_HALF_UP)


def plain(d, minimum_decimals=0):
    d = d.normalize()
    _, _, exponent = d.as_tuple()
    decimals = max(minimum_decimals, -exponent)
    return format(d, f".{decimals}f")


def grouped(d):
    text = plain(d)
    whole, _, fraction = text.partition(".")
    whole = f"{int(whole):,}"
    return whole + ("." + fraction if fraction else "")


def scientific(d):
    mantissa = d.scaleb(-d.adjusted())
    return plain(mantissa) + "e" + str(d.adjusted())


def magnitude_text(d, significant, money):
    position = d.adjusted() - significant + 1
    r = rounded(d, position)
    if r.adjusted() < -6:
        return scientific(r)
    if money and d.adjusted() < 3:
        cents = rounded(d, min(position, -2))
        if cents.adjusted() < 3:
            fractional = cents != cents.to_integral_value()
            return plain(cents, 2 if fractional else 0)
    elif r.adjusted() < 3:
        return plain(r)
    whole = rounded(d, min(0, position))
    if whole.adjusted() < 6:
        return grouped(whole)
    if r.adjusted() >= 18:
        return scientific(r)
    if r.adjusted() >= 15:
        trillions = rounded(d, min(12, position))
        return scientific(r) if trillions.adjusted() >= 18 else grouped(trillions.scaleb(-12)) + "T"
    power, letter = (12, "T") if r.adjusted() >= 12 else (9, "B") if r.adjusted() >= 9 else (6, "M")
    return plain(r.scaleb(-power)) + letter


def display(x, significant, style):
    if x == 0:
        return "0"
    d = Decimal(abs(x))  # the double's exact binary value
    if style == "percent":
        d = d.scaleb(2)
    return ("-" if x < 0 else "") + magnitude_text(d, significant, style == "money")


def values():
    rng = random.Random(12)
    out = [0.025, 0.0149, 0.00825, 999.99, 999999.5, 4975000000.0, -1e-18, 582.814, 0.145, 1234.5,
           999.5, 999.4999999, 9.995, 0.5, 2.5, 0.125, 1e18, 9.9999999e17, 1e-6, 9.99999e-7, 1.5e15]
    for _ in range(700):  # random magnitudes
        out.append(rng.uniform(1, 10) * 10 ** rng.randint(-12, 19) * rng.choice([1, -1]))
    for _ in range(500):  # exact ties at some digit: k + 0.5 at a random scale
        digits = rng.randint(1, 6)
        k = rng.randint(10 ** (digits - 1), 10 ** digits - 1)
        out.append((k + 0.5) * 10.0 ** rng.randint(-4, 14))
    for _ in range(300):  # the double just either side of a decimal tie
        tie = (rng.randint(100, 9999) + 0.5) * 10.0 ** rng.randint(-6, 12)
        out.append(math.nextafter(tie, math.inf) if rng.random() < 0.5 else math.nextafter(tie, 0))
    for _ in range(300):  # short decimals, as people type them, near class boundaries
        out.append(float(f"{rng.choice([9.99, 9.995, 99.95, 999.5, 999.95, 1, 1.005])}e{rng.randint(-8, 16)}"))
    return out


def main():
    for x in values():
        for significant, style in [(1, "plain"), (2, "plain"), (3, "plain"), (5, "plain"), (3, "money"), (6, "money"), (3, "percent")]:
            print(f"{x!r}\t{significant}\t{style}\t{display(x, significant, style)}")


if __name__ == "__main__":
    main()
