#!/usr/bin/env python3
"""Count the Markdown patterns a static site generator may mishandle in the converted sites.

  python3 analyze.py [site ...]        (default: every folder with a senda.toml)

Prints, per site and pattern: how many pages and occurrences, and a few examples
(content path:line: text). Code fences are skipped for everything except the
fence patterns themselves. Writes reports/<site>.patterns.json too.
"""
import collections
import json
import os
import re
import sys
import tomllib

ROOT = os.path.dirname(os.path.abspath(__file__))

PATTERNS = {
    # links
    "link: absolute /path": r"\]\((/[^)\s]*)",
    "link: relative ../": r"\]\((\.\./[^)\s]*)",
    "link: relative ./": r"\]\((\./[^)\s]*)",
    "link: bare relative (no ./, not a URL)": r"\]\((?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#|\.\.?/|<)([^)\s]+)",
    "link: to a .md file": r"\]\((?![a-zA-Z][a-zA-Z0-9+.-]*:)([^)\s]*\.md(?:#[^)\s]*)?)\)",
    "link: #anchor only": r"\]\((#[^)\s]*)\)",
    "link: http(s) URL": r"\]\((https?://[^)\s]*)",
    "link: mailto:/tel:": r"\]\(((?:mailto|tel):[^)\s]*)",
    "link: reference definition [x]: url": r"^ {0,3}\[[^\]]+\]:\s*\S+",
    "link: autolink <https://...>": r"<https?://[^>]+>",
    "link: HTML <a href>": r"<a\s[^>]*href=",
    "image: Markdown ![..](..)": r"!\[[^\]]*\]\(([^)\s]*)",
    "image: HTML <img>": r"<img\s",
    # headings
    "heading: {#custom-id}": r"^#{1,6}\s.*\{#[^}]+\}\s*$",
    "heading: <a id=..> / <a name=..> inside": r"^#{1,6}\s.*<a\s+(?:id|name)=",
    "heading: more than one # (level-1) heading": None,  # computed
    "heading: setext (=== / ---)": None,                   # computed
    "heading: emphasis or link inside": r"^#{1,6}\s.*(\*\*|\[[^\]]+\]\()",
    # blocks and extensions
    "container ::: (VitePress/Docusaurus admonition)": r"^\s*:::+\s*\S*",
    "GitHub alert > [!NOTE]": r"^\s*>\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]",
    "footnote [^x]": r"\[\^[^\]]+\]",
    "table row |": r"^\s*\|.*\|\s*$",
    "definition list / kramdown IAL {: ...}": r"^\{:[^}]*\}\s*$|\{:\s*[.#][^}]*\}",
    "kramdown markdown=\"1\"": r"markdown=\"?1\"?",
    "math $$": r"\$\$",
    "TOC marker [[toc]]": r"\[\[toc\]\]",
    "code fence with attributes (```js title=.. / {1,3} / :line-numbers)": r"^\s*```+\s*\S+[ \t]*[{:\[]|^\s*```+\s*\S+\s+\S",
    "code import <<< @/ (VitePress snippet)": r"^\s*<<<\s",
    "include <!--@include: -->": r"<!--\s*@include:",
    "Hugo shortcode {{< >}} / {{% %}}": r"\{\{[<%]",
    "Liquid tag {% %}": r"(?<!\{)\{%-?\s*\w+",
    "Liquid/Vue/Hugo output {{ x }}": r"\{\{(?![<%])[^}]*\}\}",
    "raw HTML block-level tag": r"^\s*<(div|section|details|summary|table|p|figure|iframe|aside|center|br|hr|ul|ol|li|dl|h[1-6]|span|video|audio|form|button|blockquote|pre)\b",
    "raw HTML <script>/<style>": r"<(script|style)\b",
    "raw HTML comment <!-- -->": r"<!--(?!\s*@include)",
    "Vue/JSX component <Capitalized>": r"<[A-Z][A-Za-z0-9]*[\s/>]",
    "emoji shortcode :name:": r"^[^|]*?(?<![\w:]):[a-z0-9_+]{2,}:(?![\w:])",
    "attributes after inline element ){target=..} / {.class}": r"\)\{[^}]+\}",
    "heading {#id} with non-ASCII id": r"^#{1,6}\s.*\{#[^}]*[^\x00-\x7f][^}]*\}\s*$",
    "link fragment with non-ASCII (#ü...)": r"\]\([^)\s]*#[^)\s]*[^\x00-\x7f][^)\s]*\)",
    "HTML entity (&nbsp; &oacute; ...)": r"&[a-zA-Z]+;|&#\d+;",
    "bare URL in text": r"(?<![(<\"'=])\bhttps?://[^\s)>\]]+",
    "hard line break (two trailing spaces)": r"\S  $",
    "straight apostrophe in word (x'y)": r"\w'\w",
    "dir= attribute": r"\bdir=\"?(rtl|ltr|auto)",
    "ZWNJ/ZWJ U+200C/U+200D (letters' joiners: fa, si...)": "[\u200c\u200d]",
    "zero-width space U+200B / BOM U+FEFF in text": "[\u200b\ufeff]",
    "bidi controls (LRM/RLM U+200E/F, U+202A-E, U+2066-9)": "[\u200e\u200f\u202a-\u202e\u2066-\u2069]",
    "non-breaking space U+00A0": "\u00a0",
    "tab character": r"\t",
}
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
ALWAYS = {"code fence with attributes (```js title=.. / {1,3} / :line-numbers)",
          "ZWNJ/ZWJ U+200C/U+200D (letters' joiners: fa, si...)", "zero-width space U+200B / BOM U+FEFF in text",
          "bidi controls (LRM/RLM U+200E/F, U+202A-E, U+2066-9)", "non-breaking space U+00A0", "tab character"}


def body_of(text):
    m = re.match(r"\A\+\+\+\n.*?\n\+\+\+\n", text, re.S)
    return (text[m.end():], text[: m.end()].count("\n")) if m else (text, 0)


def scan_site(name):
    site_dir = os.path.join(ROOT, name)
    stats = collections.OrderedDict((k, {"pages": 0, "hits": 0, "examples": []}) for k in PATTERNS)
    files = {"spaces in name": [], "non-ASCII name": [], "uppercase name": [], "CRLF": [],
             "BOM": [], "no trailing newline": [], "empty body": []}
    fm = {"negative weight": [], "slug not [A-Za-z0-9-]": [], "duplicate slug in folder": [],
          "description with markup": []}
    slugs = collections.defaultdict(list)
    content = os.path.join(site_dir, "content")
    for dirpath, _, names in os.walk(content):
        for n in sorted(names):
            p = os.path.join(dirpath, n)
            rel = os.path.relpath(p, content)
            if " " in rel:
                files["spaces in name"].append(rel)
            if not rel.isascii():
                files["non-ASCII name"].append(rel)
            if rel != rel.lower():
                files["uppercase name"].append(rel)
            if not n.endswith(".md"):
                continue
            raw = open(p, "rb").read()
            text = raw.decode("utf-8")
            if b"\r\n" in raw:
                files["CRLF"].append(rel)
            if raw.startswith(b"\xef\xbb\xbf"):
                files["BOM"].append(rel)
            if raw and not raw.endswith(b"\n"):
                files["no trailing newline"].append(rel)
            front = tomllib.loads(text.split("+++\n")[1])
            if isinstance(front.get("weight"), int) and front["weight"] < 0:
                fm["negative weight"].append(f"{rel} ({front['weight']})")
            if "slug" in front:
                if not re.fullmatch(r"[A-Za-z0-9-]+", front["slug"]):
                    fm["slug not [A-Za-z0-9-]"].append(f"{rel} ({front['slug']!r})")
                slugs[(os.path.dirname(rel), front["slug"])].append(rel)
            if re.search(r"<[a-z]|\]\(|\*\*", front.get("description", "")):
                fm["description with markup"].append(rel)
            body, offset = body_of(text)
            if not body.strip():
                files["empty body"].append(rel)
            seen = set()
            fence = None
            h1 = 0
            lines = body.split("\n")
            for i, line in enumerate(lines):
                fm_ = FENCE.match(line)
                in_code = fence is not None
                if fence:
                    if fm_ and fm_.group(1)[0] == fence[0] and len(fm_.group(1)) >= len(fence) \
                            and not line.strip()[len(fm_.group(1)):].strip():
                        fence = None
                elif fm_:
                    fence = fm_.group(1)
                no_code = re.sub(r"(`+)(?!`).*?(?<!`)\1(?!`)", "``", line)
                for key, rx in PATTERNS.items():
                    if rx is None or (in_code and key not in ALWAYS):
                        continue
                    if key.startswith("code fence") and (in_code or not fm_):
                        continue
                    for m in re.finditer(rx, line if key in ALWAYS else no_code, re.M):
                        s = stats[key]
                        s["hits"] += 1
                        seen.add(key)
                        if len(s["examples"]) < 4 and not any(e.startswith(rel + ":") for e in s["examples"]):
                            s["examples"].append(f"{rel}:{i + 1 + offset}: {line.strip()[:110]}")
                if in_code or fm_:
                    continue
                if re.match(r"^ {0,3}#(?!#)\s", line):
                    h1 += 1
                if (i > 0 and lines[i - 1].strip() and re.fullmatch(r" {0,3}(=+|-{2,})\s*", line)
                        and not lines[i - 1].lstrip().startswith(("|", "-", "*", ">"))
                        and not re.fullmatch(r" {0,3}(=+|-+)\s*", lines[i - 1])):
                    s = stats["heading: setext (=== / ---)"]
                    s["hits"] += 1
                    seen.add("heading: setext (=== / ---)")
                    if len(s["examples"]) < 4:
                        s["examples"].append(f"{rel}:{i + offset}: {lines[i - 1].strip()[:80]} / {line.strip()}")
            if h1 > 1:
                s = stats["heading: more than one # (level-1) heading"]
                s["hits"] += h1
                seen.add("heading: more than one # (level-1) heading")
                if len(s["examples"]) < 4:
                    s["examples"].append(f"{rel}: {h1} level-1 headings")
            for key in seen:
                stats[key]["pages"] += 1
    for (d, slug), rels in slugs.items():
        if len(rels) > 1:
            fm["duplicate slug in folder"].append(f"{slug!r}: {', '.join(rels)}")
    return {"patterns": stats, "files": files, "front_matter": fm}


def main():
    names = sys.argv[1:] or sorted(d for d in os.listdir(ROOT)
                                  if os.path.isfile(os.path.join(ROOT, d, "senda.toml")))
    for name in names:
        res = scan_site(name)
        os.makedirs(os.path.join(ROOT, "reports"), exist_ok=True)
        with open(os.path.join(ROOT, "reports", f"{name}.patterns.json"), "w", encoding="utf-8") as f:
            json.dump(res, f, ensure_ascii=False, indent=1)
        print(f"===== {name}")
        for key, s in res["patterns"].items():
            if s["hits"]:
                print(f"{key}: {s['pages']} pages, {s['hits']} hits")
                for e in s["examples"]:
                    print(f"    {e}")
        for group in ("files", "front_matter"):
            for key, items in res[group].items():
                if items:
                    print(f"{key}: {len(items)}: {items[:4]}")


if __name__ == "__main__":
    main()
