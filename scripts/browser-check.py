#!/usr/bin/env python3
"""Renders HTML reports in headless Chromium and checks what a reader would see.

For each report: the whole page renders (its screenshot is not all one colour), no request
leaves the page (Chromium's network log has no URL but the report's own file), and every chart
draws: each <svg> is rendered alone at a known size, and its box in that screenshot holds
enough pixels that are not the background. With --screenshots DIR, keeps a screenshot of the
top of each page there (docs/screenshots/ holds the committed ones). Prints one line per
problem and exits 1 if there was any.

    python3 scripts/browser-check.py [--screenshots DIR] Notebooks/*.html
"""
import json, os, re, shutil, subprocess, sys, tempfile
from PIL import Image

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"


def render(page, png, width, height, netlog=None):
    # The browser's own background traffic (updates, sync, time) is switched off, so that what
    # the network log holds is what the page asked for.
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run", "--disable-default-apps", "--disable-extensions",
               f"--screenshot={png}", f"--window-size={width},{height}"]
    if netlog:
        command.append(f"--log-net-log={netlog}")
    subprocess.run(command + ["file://" + os.path.abspath(page)], capture_output=True, timeout=120)
    return Image.open(png).convert("RGB")


def requests_of_page(netlog):
    """The URLs the page itself asked for, other than files: requests started for a page of
    the file:// origin (the browser's own traffic has no such network isolation key)."""
    log = json.load(open(netlog, encoding="utf-8"))
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = set()
    for event in log["events"]:
        params = event.get("params", {})
        if event.get("type") == start and params.get("network_isolation_key", "").startswith("file://"):
            if not params.get("url", "").startswith(("file://", "data:")):
                urls.add(params["url"])
    return sorted(urls)


def foreground(image, box):
    """The share of pixels in box that differ from the box's corner colour (the background)."""
    crop = image.crop(box)
    background = crop.getpixel((1, 1))
    data = crop.tobytes()
    pixels = [data[i:i + 3] for i in range(0, len(data), 3)]
    return sum(1 for p in pixels if max(abs(a - b) for a, b in zip(p, background)) > 40) / len(pixels)


def main(arguments):
    keep = None
    if arguments[:1] == ["--screenshots"]:
        keep, arguments = arguments[1], arguments[2:]
        os.makedirs(keep, exist_ok=True)
    problems = []
    work = tempfile.mkdtemp(prefix="tnb-browser-")
    for path in arguments:
        name = os.path.splitext(os.path.basename(path))[0]
        text = open(path, encoding="utf-8").read()
        shot = os.path.join(work, name + ".png")
        netlog = os.path.join(work, name + ".netlog.json")
        page = render(path, shot, 1000, 1400, netlog)
        if (page.getcolors(maxcolors=4) or [None] * 4).__len__() < 3:
            problems.append(f"{path}: the page rendered blank")
        if keep:
            shutil.copy(shot, os.path.join(keep, name + ".png"))
        try:
            leaving = requests_of_page(netlog)
            if leaving:
                problems.append(f"{path}: requests left the page: {leaving[:3]}")
        except (OSError, ValueError, KeyError):
            problems.append(f"{path}: chromium wrote no readable network log")
        # Each chart alone, 640x260 CSS pixels, one under another in a page of known layout.
        charts = re.findall(r"<svg\b.*?</svg>", text, flags=re.S)
        if not charts:
            continue
        style = re.search(r"<style>.*?</style>", text, flags=re.S).group(0)
        boxes = "".join(f'<div style="width:640px;height:260px;margin:0;padding:0">{svg}</div>' for svg in charts)
        alone = os.path.join(work, name + "-charts.html")
        with open(alone, "w", encoding="utf-8") as out:
            out.write(f"<!DOCTYPE html><html><head><meta charset='utf-8'>{style}"
                      "<style>body{margin:0}main{padding:0}</style></head><body>" + boxes + "</body></html>")
        image = render(alone, os.path.join(work, name + "-charts.png"), 640, 260 * len(charts))
        for index in range(len(charts)):
            share = foreground(image, (0, index * 260, 640, (index + 1) * 260))
            if share < 0.01:
                problems.append(f"{path}: chart {index + 1} drew nothing visible ({share:.2%} of its box)")
    shutil.rmtree(work, ignore_errors=True)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


sys.exit(main(sys.argv[1:]))
