#!/usr/bin/env python3
"""Open Source Guides (Jekyll, github:github/opensource.guide) -> /tmp/realsites/opensource_guide/.

Source layout: the `articles` collection, English at _articles/*.md, every other
language at _articles/<lang>/*.md (permalink /:path/, so /<lang>/<article>/);
language names in _data/locales/<lang>.yml (`locale_name`); notices.md is an
English page at the site root (/notices/) that every article links to.

  python3 convert_opensource_guide.py [--git-dir DIR]
"""
import argparse
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sendaconv as sc  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--git-dir", default="/work/.mirror/github+opensource.guide/repo")
ap.add_argument("--out-name", default="opensource_guide")
args = ap.parse_args()

repo = sc.Repo(args.git_dir)
site = sc.Site(args.out_name)
site.reset()
all_files = repo.files()

# The site's locale_name is English for these; senda wants the endonym.
ENDONYMS = {"bn": "বাংলা", "fa": "فارسی", "hi": "हिन्दी", "id": "Bahasa Indonesia",
            "ms": "Bahasa Melayu", "pcm": "Naijá", "ro": "Română", "sw": "Kiswahili"}

langs = []
for path in sorted(p for p in all_files if re.fullmatch(r"_data/locales/[^/]+\.yml", p)):
    data = yaml.safe_load(repo.text(path)) or {}
    for key, val in data.items():
        name = (val or {}).get("locale_name", key)
        if key in ENDONYMS:
            site.note("language name replaced by endonym (site's locale_name is in English)",
                      f"{key}: {name!r} -> {ENDONYMS[key]!r}")
            name = ENDONYMS[key]
        langs.append({"code": key, "name": name, "dir": "rtl" if key in sc.RTL else "ltr"})
        if key in sc.RTL:
            site.note("dir = rtl set by the converter (the site wraps bodies in <div dir=\"rtl\">)", key)
langs.sort(key=lambda l: (l["code"] != "en", l["code"]))
codes = {l["code"] for l in langs}
site.write_config("https://opensource.guide/", "en", langs)


def order(v, data):
    w = sc.as_int(v)
    return ("weight", w) if w is not None else None


def published(v, data):
    b = sc.as_bool(v)
    return ("draft", not b) if b is not None else None


bodies = []
assets = []
sources = [(p, "en", p[len("_articles/"):]) for p in all_files
           if p.startswith("_articles/") and p.count("/") == 1]
for p in all_files:
    parts = p.split("/")
    if parts[0] == "_articles" and len(parts) >= 3:
        if parts[1] in codes:
            sources.append((p, parts[1], "/".join(parts[2:])))
        else:
            site.note("_articles subfolders that are no language (not converted)", p)
sources.append(("notices.md", "en", "notices.md"))

for path, lang, rel in sources:
    if not rel.endswith(".md"):
        if rel.endswith(".html"):
            site.note("HTML pages skipped (senda reads .md only)", path)
        else:
            assets.append((path, lang, rel))
        continue
    text = repo.text(path)
    kind, fm, body = sc.split_front_matter(text)
    if kind is None:
        site.note("Markdown without front matter (Jekyll copies it as a static file; skipped)", path)
        continue
    data = sc.parse_front_matter(kind, fm)
    if data.get("lang") and data["lang"] != lang:
        site.note("front matter lang differs from folder", f"{path}: lang={data['lang']}")
    if lang != "en" and data.get("untranslated") is True:
        site.note("untranslated English copies in a language folder skipped (senda falls back instead)", path)
        continue
    fields = sc.convert_fields(site, data, body, path,
                               extra_map={"order": order, "published": published})
    site.write_page(lang, rel, fields, body, path)
    bodies.append(body)

alltext = "\n".join(bodies)
for path, lang, rel in assets:
    if os.path.basename(rel) in alltext:
        site.write_asset(lang, rel, repo.read(path), path)
    else:
        site.note("content-tree files no Markdown page references (not copied)", path)

site.note("assets outside the content tree (not copied)",
          f"assets/images/** ({sum(1 for p in all_files if p.startswith('assets/images/'))} files), "
          "referenced from pages as /assets/images/...")

site.save_report(repo, {"repository": "https://github.com/github/opensource.guide", "languages": langs})
