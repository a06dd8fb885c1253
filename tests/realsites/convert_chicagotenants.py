#!/usr/bin/env python3
"""Chicago Tenants Movement (Jekyll, github:ChicagoTenants/chicagotenants.org) -> /tmp/realsites/chicagotenants/.

Source layout: two collections, `_homepage/<lang>/index.md` (published at / and /es/)
and `_pages/<lang>/<name>.md` (published at /:title and /es/:title, see _config.yml);
a page's translations are tied by `lang-ref`, not by file name
(_pages/en/organizations.md <-> _pages/es/organizaciones.md). Language names in
_data/translations.yml.

File names are kept as written, so senda sees organizations.md and organizaciones.md
as two different pages; --by-lang-ref names each page after its lang-ref instead
(homepage stays index.md), which is how senda would pair them.

  python3 convert_chicagotenants.py [--git-dir DIR] [--by-lang-ref]
"""
import argparse
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sendaconv as sc  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--git-dir", default="/work/.mirror/ChicagoTenants+chicagotenants.org/repo")
ap.add_argument("--out-name", default="chicagotenants")
ap.add_argument("--by-lang-ref", action="store_true")
args = ap.parse_args()

repo = sc.Repo(args.git_dir)
site = sc.Site(args.out_name)
site.reset()
all_files = repo.files()

tr = yaml.safe_load(repo.text("_data/translations.yml"))
collection_langs = sorted({p.split("/")[1] for p in all_files if p.startswith(("_homepage/", "_pages/"))})
langs = [{"code": c, "name": tr.get(c, c)} for c in sorted(collection_langs, key=lambda c: (c != "en", c))]
site.write_config("https://chicagotenants.org/", "en", langs)

for path in all_files:
    parts = path.split("/")
    if parts[0] not in ("_homepage", "_pages") or len(parts) < 3:
        continue
    lang, rel = parts[1], "/".join(parts[2:])
    if not rel.endswith(".md"):
        site.note("non-Markdown collection files (not copied)", path)
        continue
    kind, fm, body = sc.split_front_matter(repo.text(path))
    data = sc.parse_front_matter(kind, fm)
    if args.by_lang_ref and parts[0] == "_pages" and data.get("lang-ref"):
        new_rel = data["lang-ref"] + ".md"
        if new_rel != rel:
            site.note("renamed after lang-ref", f"{path} -> content/{lang}/{new_rel}")
        rel = new_rel
    if parts[0] == "_pages" and data.get("lang-ref") and data["lang-ref"] + ".md" != rel:
        site.note("file name differs from lang-ref (translations tied by lang-ref, not path)",
                  f"{path} (lang-ref: {data['lang-ref']})")
    fields = sc.convert_fields(site, data, body, path)
    site.write_page(lang, rel, fields, body, path)

site.note("assets outside the content tree (not copied)",
          "assets/images/** (og-image.png, og-image-es.png...), _includes/comp-button.html used by {% include %}")
site.save_report(repo, {"repository": "https://github.com/ChicagoTenants/chicagotenants.org", "languages": langs})
