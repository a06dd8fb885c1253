#!/usr/bin/env python3
"""VitePress documentation (VitePress, github:vuejs/vitepress, folder docs/) -> /tmp/realsites/vitepress/.

Source layout: docs/<lang>/**.md, with English at docs/en/ published at the root
(rewrites 'en/:rest*' -> ':rest*'); locales (label, lang, dir) in
docs/.vitepress/config.ts; per-language sidebars and container labels in
docs/<lang>/config.ts (TypeScript, not converted). Page titles are usually the
first `# Heading`, not front matter.

  python3 convert_vitepress.py [--git-dir DIR] [--bcp47]

--bcp47  use each locale's `lang` (zh-Hans, pt-BR, fa-IR...) as the senda code
         instead of the folder name (zh, pt, fa...), which is the default.
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sendaconv as sc  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--git-dir", default="/work/.mirror/vuejs+vitepress/repo")
ap.add_argument("--out-name", default="vitepress")
ap.add_argument("--bcp47", action="store_true")
args = ap.parse_args()

repo = sc.Repo(args.git_dir)
site = sc.Site(args.out_name)
site.reset()
all_files = repo.files("docs")

# locales: { root: { label: 'English', lang: 'en-US', dir: 'ltr' }, zh: {...}, ... }
cfg = repo.text("docs/.vitepress/config.ts")
block = cfg[cfg.index("locales: {"):]
block = block[: block.index("\n  },")]
langs = []
for m in re.finditer(r"^\s*(\w+): \{ label: '([^']*)', lang: '([^']*)', dir: '(\w+)'", block, re.M):
    key, label, tag, direction = m.groups()
    folder = "en" if key == "root" else key
    langs.append({"folder": folder, "code": tag if args.bcp47 else folder, "lang": tag,
                  "name": label, "dir": direction})
if not langs:
    sys.exit("could not read locales from docs/.vitepress/config.ts")
default = langs[0]["code"]
site.write_config("https://vitepress.dev/", default, langs)


def home_title(data, body):
    hero = data.get("hero") or {}
    if hero.get("name"):
        return hero["name"], "hero.name (layout: home)"
    return sc.first_h1(body), "first # heading"


bodies, assets = [], []
for lang in langs:
    prefix = f"docs/{lang['folder']}/"
    for path in [p for p in all_files if p.startswith(prefix)]:
        rel = path[len(prefix):]
        if not rel.endswith(".md"):
            if rel == "config.ts":
                site.note("per-language config.ts (nav, sidebar, search strings; not converted)", path)
            else:
                assets.append((lang, path, rel))
            continue
        kind, fm, body = sc.split_front_matter(repo.text(path))
        data = sc.parse_front_matter(kind, fm)
        fb = home_title if data.get("layout") == "home" else None
        fields = sc.convert_fields(site, data, body, path, title_fallback=fb)
        site.write_page(lang["code"], rel, fields, body, path)
        bodies.append(body)

alltext = "\n".join(bodies)
for lang, path, rel in assets:
    if os.path.basename(rel) in alltext:
        site.write_asset(lang["code"], rel, repo.read(path), path)
    else:
        site.note("content-tree files no Markdown page references (not copied)", path)
site.note("files outside the content tree (not copied)",
          "docs/public/** (images, served at /), docs/snippets/** (pulled in by `<<< @/snippets/...` "
          "and `<!--@include: ...-->`), docs/components/*.vue")
site.save_report(repo, {"repository": "https://github.com/vuejs/vitepress (docs/)", "languages": langs})
