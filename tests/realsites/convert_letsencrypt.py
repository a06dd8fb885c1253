#!/usr/bin/env python3
"""Let's Encrypt website (Hugo, github:letsencrypt/website) -> senda site at /tmp/realsites/letsencrypt/.

Source layout: content/<lang>/**.md|.markdown|.html, one Hugo language per
config/_default/languages.<lang>.toml (contentDir, label, locale, weight).

  python3 convert_letsencrypt.py [--git-dir DIR] [--bcp47] [--section-index]

--bcp47          use each language's `locale` (pt-BR, zh-Hant-TW...) as the senda code
                 instead of the content folder name (pt-br, zh-tw...), which is the default.
--section-index  rename Hugo's `_index.md` (section page) to `index.md` (senda's folder page).
                 Off by default: file names are kept as written.
"""
import argparse
import os
import re
import sys
import tomllib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sendaconv as sc  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--git-dir", default="/work/.mirror/letsencrypt+website/repo")
ap.add_argument("--out-name", default="letsencrypt")
ap.add_argument("--bcp47", action="store_true")
ap.add_argument("--section-index", action="store_true")
args = ap.parse_args()

repo = sc.Repo(args.git_dir)
site = sc.Site(args.out_name)
site.reset()

all_files = repo.files()

# ---- languages, from config/_default/languages.<lang>.toml
ENDONYMS = {"el": "Ελληνικά", "pl": "Polski", "th": "ไทย"}  # the site's label is English there
langs = []
for path in sorted(p for p in all_files if re.fullmatch(r"config/_default/languages\.[^.]+\.toml", p)):
    key = path.split(".")[1]
    cfg = tomllib.loads(repo.text(path))
    label = cfg.get("label", key)
    if key in ENDONYMS:
        site.note("language name replaced by endonym (site label is in English)",
                  f"{key}: {label!r} -> {ENDONYMS[key]!r}")
        label = ENDONYMS[key]
    langs.append({
        "key": key,
        "dir_src": cfg.get("contentDir", f"content/{key}"),
        "code": cfg.get("locale", key) if args.bcp47 else key,
        "locale": cfg.get("locale"),
        "name": label,
        "weight": cfg.get("weight", 0),
        "dir": "rtl" if (cfg.get("languageDirection") == "rtl" or key in sc.RTL) else "ltr",
    })
    if key in sc.RTL and cfg.get("languageDirection") != "rtl":
        site.note("dir = rtl set by the converter (Hugo config does not say)", key)
langs.sort(key=lambda l: (l["weight"], l["key"]))
configured = {l["dir_src"] for l in langs}
for d in sorted({"/".join(p.split("/")[:2]) for p in all_files if p.startswith("content/")}):
    if d not in configured:
        n = sum(1 for p in all_files if p.startswith(d + "/"))
        site.note("content folders with no Hugo language (not converted)", f"{d} ({n} files)")

site.write_config("https://letsencrypt.org/", "en" if not args.bcp47 else
                  next(l["code"] for l in langs if l["key"] == "en"), langs)

PAGE_EXT = (".md", ".markdown", ".html")
# Hugo's `[permalinks] post = "/:year/:month/:day/:slug/"` (config/_default/hugo.toml).
# senda has no address patterns: a post's slug carries the same parts, and the Hugo address
# becomes an alias, so links written to it still reach the post.
POST_PERMALINK = True


def post_address(rel, data, fields, path):
    if not rel.startswith("post/") or not POST_PERMALINK:
        return
    date = sc.as_date(data.get("date"))
    if date is None:
        site.note("posts without a date (no Hugo permalink)", path)
        return
    slug = fields.get("slug") or os.path.splitext(os.path.basename(rel))[0]
    fields["slug"] = f"{date:%Y-%m-%d}-{slug}"
    hugo = f"/{date:%Y/%m/%d}/{slug}/"
    fields["aliases"] = list(fields.get("aliases", [])) + [hugo]
    site.mapped["post permalink /:year/:month/:day/:slug/ -> slug YYYY-MM-DD-slug + alias"] += 1


def menu_weight(v, data):
    # menu: {main: {weight: 30, parent: about}}  or  menu: main
    if isinstance(v, dict):
        for entry in v.values():
            if isinstance(entry, dict) and sc.as_int(entry.get("weight")) is not None:
                return "weight", sc.as_int(entry["weight"])
    return None


def excerpt(v, data):
    return ("description", v) if isinstance(v, str) and v.strip() else None


# every page body of every language, to decide which non-page files are referenced
bodies = []
pending_assets = []

for lang in langs:
    prefix = lang["dir_src"] + "/"
    for path in [p for p in all_files if p.startswith(prefix)]:
        rel = path[len(prefix):]
        low = rel.lower()
        if low.endswith(PAGE_EXT):
            raw = repo.read(path)
            text = raw.decode("utf-8")
            kind, fm, body = sc.split_front_matter(text)
            try:
                data = sc.parse_front_matter(kind, fm)
            except Exception as e:  # noqa: BLE001
                site.note("front matter that does not parse (page skipped)", f"{path}: {e}")
                continue
            if data.get("untranslated"):
                site.note("untranslated stubs skipped (senda falls back instead)", path)
                continue
            if kind is None:
                site.note("pages without front matter", path)
            fields = sc.convert_fields(site, data, body, path,
                                       extra_map={"menu": menu_weight, "excerpt": excerpt})
            post_address(rel, data, fields, path)
            out_rel = rel
            if low.endswith(".markdown"):
                out_rel = rel[: -len(".markdown")] + ".md"
                site.note(".markdown renamed to .md", path)
            if low.endswith(".html"):
                out_rel = rel[: -len(".html")] + ".md"
                site.note(".html content pages renamed to .md (their HTML is Markdown's raw HTML)", path)
            if args.section_index and os.path.basename(out_rel) == "_index.md":
                out_rel = os.path.join(os.path.dirname(out_rel), "index.md")
            site.write_page(lang["code"], out_rel, fields, body, path)
            bodies.append(body)
        else:
            pending_assets.append((lang, path, rel))

alltext = "\n".join(bodies)
for lang, path, rel in pending_assets:
    base = os.path.basename(rel)
    if base in alltext:
        site.write_asset(lang["code"], rel, repo.read(path), path)
    else:
        site.note("content-tree files no Markdown page references (not copied)", path)

site.save_report(repo, {
    "repository": "https://github.com/letsencrypt/website",
    "languages": [{k: l[k] for k in ("key", "code", "locale", "name", "dir")} for l in langs],
})

# Hugo's `static/` is served from the site root: the files pages link to (images, certificates)
# go into the theme's `static/`, which senda serves from the root in the same way.
static_files = [p for p in all_files if p.startswith("static/")]
copied = 0
for path in static_files:
    rel = path[len("static/"):]
    if "/" + rel in alltext:
        try:
            data = repo.read(path)
        except Exception:  # noqa: BLE001  (absent from the snapshot: too large)
            print(f"  static file missing from the snapshot: {path}")
            continue
        dest = os.path.join(site.out, "themes", "default", "static", rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "wb") as f:
            f.write(data)
        copied += 1
print(f"  static files pages link to, copied to the theme: {copied}")
