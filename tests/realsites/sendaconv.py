"""Shared helpers for the convert_<name>.py scripts: turn a real multilingual site
(Hugo, Jekyll, VitePress...) into senda's layout without touching Markdown bodies.

Python 3 stdlib + PyYAML. Nothing here runs senda or cargo.
"""
import collections
import datetime as _dt
import json
import os
import re
import shutil
import subprocess
import sys

import yaml

SENDA = "/work/main"
DEFAULT_UPDATED = "2026-11-29"
SENDA_FIELDS = ("title", "description", "weight", "draft", "slug", "updated", "aliases")

# Languages written right to left, used only when the source site does not say.
RTL = {"ar", "fa", "he", "ur", "ps", "ckb", "dv", "yi", "syr", "sd", "ug"}


# ---------------------------------------------------------------- git access

class Repo:
    """Read files from a bare git directory (as brought by `fetch`)."""

    def __init__(self, git_dir, rev="HEAD"):
        self.git_dir = git_dir
        self.rev = rev
        self.commit = self._git("rev-parse", rev).decode().strip()
        self.commit_date = self._git("log", "-1", "--format=%cI", rev).decode().strip()

    def _git(self, *args):
        return subprocess.run(["git", "--git-dir", self.git_dir, *args],
                              check=True, stdout=subprocess.PIPE).stdout

    def files(self, under=""):
        out = self._git("ls-tree", "-r", "-z", "--name-only", self.rev, *( [under] if under else []))
        return [p for p in out.decode("utf-8").split("\0") if p]

    def read(self, path):
        return self._git("show", f"{self.rev}:{path}")

    def text(self, path):
        return self.read(path).decode("utf-8")

    def size(self, path):
        return int(self._git("cat-file", "-s", f"{self.rev}:{path}").decode())


# ---------------------------------------------------------------- front matter

_FM_RE = {
    "yaml": re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M),
    "toml": re.compile(r"\A\+\+\+[ \t]*\r?\n(.*?)(?:\r?\n)?^\+\+\+[ \t]*(?:\r?\n|\Z)", re.S | re.M),
}


def split_front_matter(text):
    """Return (kind, front_matter_text, body). kind is 'yaml', 'toml' or None.
    The body is every character after the closing delimiter line, untouched."""
    bom = ""
    if text.startswith("\ufeff"):
        bom, text = "\ufeff", text[1:]
    for kind, rx in _FM_RE.items():
        m = rx.match(text)
        if m:
            return kind, m.group(1), text[m.end():]
    return None, "", bom + text


class _Loader(yaml.SafeLoader):
    pass


def parse_front_matter(kind, fm):
    if kind == "yaml":
        data = yaml.load(fm, Loader=_Loader)
    elif kind == "toml":
        import tomllib
        data = tomllib.loads(fm)
    else:
        data = {}
    return data if isinstance(data, dict) else {}


# ---------------------------------------------------------------- TOML output

def toml_string(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\u{o:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, _dt.date) and not isinstance(v, _dt.datetime):
        return v.isoformat()
    if isinstance(v, str):
        return toml_string(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    raise TypeError(f"no TOML for {v!r}")


def senda_front_matter(fields):
    lines = ["+++"]
    for k in SENDA_FIELDS:
        if k in fields and fields[k] is not None:
            lines.append(f"{k} = {toml_value(fields[k])}")
    lines.append("+++")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- field helpers

_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def as_date(v):
    """A plain date from a YAML/TOML date, datetime or string; None if not one."""
    if isinstance(v, _dt.datetime):
        return v.date()
    if isinstance(v, _dt.date):
        return v
    if isinstance(v, str):
        m = _DATE_RE.match(v)
        if m:
            try:
                return _dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None


def as_int(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str) and re.fullmatch(r"\s*-?\d+\s*", v):
        return int(v)
    return None


def as_bool(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, str) and v.strip().lower() in ("true", "false"):
        return v.strip().lower() == "true"
    return None


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def first_h1(body):
    """The text of the first level-1 heading outside code fences, or None."""
    fence = None
    lines = body.splitlines()
    for i, line in enumerate(lines):
        m = _FENCE.match(line)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
            continue
        if m:
            fence = m.group(1)
            continue
        h = re.match(r"^ {0,3}#(?!#)[ \t]+(.*?)[ \t#]*$", line)
        if h and h.group(1).strip():
            return clean_heading(h.group(1))
        if (i + 1 < len(lines) and line.strip() and not line.startswith((" " * 4, "\t"))
                and re.fullmatch(r" {0,3}=+[ \t]*", lines[i + 1])):
            return clean_heading(line)
    return None


def clean_heading(s):
    s = re.sub(r"\s*\{[#.][^}]*\}\s*$", "", s)          # {#custom-id}
    s = re.sub(r"<[^>]+>", "", s)                       # inline HTML
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)      # links
    s = re.sub(r"[*_`]", "", s)
    return s.strip()


# ---------------------------------------------------------------- site output

class Site:
    def __init__(self, name, out_root="/tmp/realsites"):
        self.name = name
        self.out = os.path.join(out_root, name)
        self.report_path = os.path.join(out_root, "reports", f"{name}.json")
        self.pages = collections.Counter()          # lang -> pages written
        self.assets = collections.Counter()         # lang -> assets copied
        self.dropped = collections.Counter()        # field -> times dropped
        self.mapped = collections.Counter()         # "src -> dst" -> times
        self.notes = collections.defaultdict(list)  # topic -> [items]
        self.written = set()

    def reset(self):
        if os.path.isdir(self.out):
            shutil.rmtree(self.out)
        os.makedirs(os.path.join(self.out, "content"))

    def note(self, topic, item):
        self.notes[topic].append(item)

    def write_page(self, lang, rel, fields, body, source):
        """rel: path inside content/<lang>/ ending in .md."""
        if not fields.get("title"):
            raise ValueError(f"{source}: no title")
        if not fields.get("updated"):
            raise ValueError(f"{source}: no updated")
        dest = os.path.join(self.out, "content", lang, rel)
        if dest in self.written:
            self.note("collisions (second file skipped)", f"{source} -> content/{lang}/{rel}")
            return
        self.written.add(dest)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="") as f:
            f.write(senda_front_matter(fields))
            f.write(body)
        self.pages[lang] += 1

    def write_asset(self, lang, rel, data, source):
        dest = os.path.join(self.out, "content", lang, rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "wb") as f:
            f.write(data)
        self.assets[lang] += 1

    def write_config(self, base_url, default_language, languages):
        """languages: list of dicts with code, name, optional dir, fallback."""
        lines = [
            f"# Converted from a real site by {os.path.basename(sys.argv[0])}; see /tmp/realsites/README.md.",
            f"base_url = {toml_string(base_url)}",
            f"default_language = {toml_string(default_language)}",
            f"name = {toml_string(self.name)}",
        ]
        for lang in languages:
            lines += ["", "[[languages]]", f"code = {toml_string(lang['code'])}",
                      f"name = {toml_string(lang['name'])}"]
            if lang.get("dir") == "rtl":
                lines.append('dir = "rtl"')
            if lang.get("fallback"):
                lines.append("fallback = [" + ", ".join(toml_string(x) for x in lang["fallback"]) + "]")
        with open(os.path.join(self.out, "senda.toml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        # Interface strings and theme come from senda's example site.
        for lang in languages:
            d = os.path.join(self.out, "locales", lang["code"])
            os.makedirs(d, exist_ok=True)
            shutil.copy(os.path.join(SENDA, "locales", "en", "main.ftl"), os.path.join(d, "main.ftl"))
        shutil.copytree(os.path.join(SENDA, "themes"), os.path.join(self.out, "themes"))

    def save_report(self, repo, extra=None):
        os.makedirs(os.path.dirname(self.report_path), exist_ok=True)
        rep = {
            "site": self.name,
            "git_dir": repo.git_dir,
            "commit": repo.commit,
            "commit_date": repo.commit_date,
            "pages": dict(sorted(self.pages.items())),
            "pages_total": sum(self.pages.values()),
            "assets": dict(sorted(self.assets.items())),
            "dropped_fields": dict(self.dropped.most_common()),
            "mapped_fields": dict(self.mapped.most_common()),
            "notes": {k: v for k, v in self.notes.items()},
        }
        if extra:
            rep.update(extra)
        with open(self.report_path, "w", encoding="utf-8") as f:
            json.dump(rep, f, ensure_ascii=False, indent=1, default=str)
        print(f"{self.name}: {rep['pages_total']} pages "
              + ", ".join(f"{k}={v}" for k, v in rep["pages"].items()))
        print(f"  assets: {sum(self.assets.values())}; dropped: "
              + ", ".join(f"{k}({v})" for k, v in self.dropped.most_common(12)))
        for k, v in self.notes.items():
            print(f"  {k}: {len(v)}")
        print(f"  report: {self.report_path}")


def convert_fields(site, data, body, source, *, extra_map=None, default_updated=DEFAULT_UPDATED,
                   title_fallback=None):
    """Map a parsed front matter dict onto senda's fields. Records what was dropped.

    extra_map: {source_field: callable(value, data) -> (senda_field, value) or None}
    for site-specific mappings (menu weight, Jekyll `order`, `excerpt`...).
    """
    out = {}
    used = set()
    extra_map = extra_map or {}

    title = data.get("title")
    if isinstance(title, (str, int, float)) and str(title).strip():
        out["title"] = str(title)
        used.add("title")

    for key in ("description",):
        v = data.get(key)
        if isinstance(v, str) and v.strip():
            out[key] = v
            used.add(key)

    w = as_int(data.get("weight"))
    if w is not None:
        out["weight"] = w
        used.add("weight")

    d = as_bool(data.get("draft"))
    if d is not None:
        out["draft"] = d
        used.add("draft")

    s = data.get("slug")
    if isinstance(s, (str, int)) and str(s).strip():
        out["slug"] = str(s)
        used.add("slug")

    a = data.get("aliases")
    if isinstance(a, str):
        a = [a]
    if isinstance(a, list) and all(isinstance(x, str) for x in a) and a:
        out["aliases"] = ["/" + x.lstrip("/") for x in a]
        used.add("aliases")
        site.mapped["aliases -> aliases"] += 1

    # updated: lastmod first (the last review), then date.
    for key in ("lastmod", "last_modified_at", "updated", "date"):
        dt = as_date(data.get(key))
        if dt is not None:
            out["updated"] = dt
            used.add(key)
            site.mapped[f"{key} -> updated"] += 1
            break
    else:
        out["updated"] = _dt.date.fromisoformat(default_updated)
        site.mapped[f"(none) -> updated = {default_updated}"] += 1

    for key, fn in extra_map.items():
        if key in data:
            r = fn(data[key], data)
            if r:
                field, value = r
                if field not in out and value is not None:
                    out[field] = value
                    used.add(key)
                    site.mapped[f"{key} -> {field}"] += 1

    if "title" not in out:
        how = "first # heading"
        if title_fallback is None:
            t = first_h1(body)
        else:
            t, how = title_fallback(data, body)
        if not t:
            t = os.path.splitext(os.path.basename(source))[0]
            how = "file name"
        out["title"] = t
        site.note(f"title taken from {how}", source)
        site.mapped[f"(none) -> title from {how}"] += 1

    for key in data:
        if key not in used:
            site.dropped[key] += 1
    return out
