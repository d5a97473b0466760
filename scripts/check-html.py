#!/usr/bin/env python3
"""Checks HTML reports: each parses without a single error in html5lib's strict mode, and is
self-contained (no script, nothing loaded from outside it: no src=, no external href, no url(),
no @import), and each chart has a title and a description. Prints one line per problem and
exits 1 if there was any.

    python3 scripts/check-html.py Notebooks/*.html
"""
import re, sys
import html5lib

problems = []
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    try:
        html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text)
    except Exception as error:  # html5lib raises ParseError at the first problem in strict mode
        problems.append(f"{path}: not valid HTML: {error}")
    lowered = text.lower()
    for pattern, what in [
        (r"<script", "a script"), (r"\ssrc\s*=", "a src attribute"), (r"<link", "a link element"),
        (r"href\s*=\s*\"(?!#)", "a link that leaves the page"), (r"url\(", "a CSS url()"), (r"@import", "a CSS @import"),
    ]:
        if re.search(pattern, lowered):
            problems.append(f"{path}: {what}")
    charts = len(re.findall(r"<svg\b", text))
    titled = len(re.findall(r"<svg[^>]*>\n<title id=\"[^\"]+\">[^<]+</title>\n<desc id=\"[^\"]+\">[^<]+</desc>", text))
    if charts != titled:
        problems.append(f"{path}: {charts - titled} of {charts} charts lack a title and description")
for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
