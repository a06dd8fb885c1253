#!/usr/bin/env python3
"""Writes a deterministic multilingual corpus twice: as a senda site and as a Hugo site with a
comparable minimal theme (same inline CSS, language switcher, hreflang links, section menu).

usage: corpus.py OUT --pages N --locales es,en,quc [--words 300-600] [--no-bundles] [--flat]

N pages per locale, in sections of 50 (or, with --flat, all in one folder, as question lists,
glossaries and country guides are often laid out), each 300-600 words with headings, a list and
links to three other pages. The first locale is the source; the others translate every page."""

import argparse
import random
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORDS = """derecho protección niña niño familia frontera asilo abogado ayuda seguro peligro camino
pedir puerto entrada oficina albergue organización confianza información persona adulto
documento país regreso escuela salud comida agua noche día semana mes viaje grupo madre padre
hermana hermano tía tío abuela abuelo ciudad pueblo calle casa trabajo dinero teléfono número
nombre edad idioma intérprete juez corte audiencia carta formulario firma copia tiempo lugar
gobierno programa servicio centro hospital médico enfermera psicólogo maestra amiga amigo
violencia miedo calma respeto cuidado interés superior decisión proceso caso solicitud
respuesta pregunta cita fecha hora mañana tarde lunes martes miércoles jueves viernes""".split()
SECTION = 50
FLAT = False


def sentence(rng, lo=6, hi=14):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def body(rng, n, total, words, link):
    target = rng.randint(*words)
    parts, count = [], 0
    while count < target:
        parts.append("## " + sentence(rng, 2, 5)[:-1])
        para = " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))
        parts.append(para)
        count += len(para.split())
        if rng.random() < 0.4:
            items = [f"- {sentence(rng, 3, 8)}" for _ in range(rng.randint(2, 4))]
            parts.append("\n".join(items))
            count += sum(len(i.split()) for i in items)
    links = " ".join(link(rng.randrange(total), i) for i in range(3))
    parts.append(f"Lee también: {links}")
    return "\n\n".join(parts) + "\n"


def page_id(i):
    if FLAT:
        return f"tema-{i + 1:04d}"
    return f"seccion-{i // SECTION + 1:02d}/tema-{i + 1:04d}"


def sections(pages):
    return 0 if FLAT else (pages + SECTION - 1) // SECTION


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def senda_site(out, pages, locales, words, bundles):
    root = out / "senda"
    langs = "\n".join(
        f'[[languages]]\ncode = "{l}"\nname = "{l.upper()}"\n' for l in locales
    )
    outputs = "" if bundles else "\n[outputs]\noffline = false\nprecompress = false\n"
    write(root / "senda.toml", f'base_url = "https://bench.example/"\ndefault_language = "{locales[0]}"\nname = "bench"\n\n{langs}{outputs}')
    for lang in ("es", "en"):
        if lang in locales:
            shutil.copytree(REPO / "locales" / lang, root / "locales" / lang, dirs_exist_ok=True)
    shutil.copytree(REPO / "themes", root / "themes", dirs_exist_ok=True)
    for lang in locales:
        base = root / "content" / lang
        write(base / "index.md", f'+++\ntitle = "Inicio {lang}"\nupdated = 2026-11-25\n+++\n\nBienvenida.\n')
        for s in range(sections(pages)):
            write(base / f"seccion-{s + 1:02d}" / "index.md", f'+++\ntitle = "Sección {s + 1}"\nweight = {s + 1}\nupdated = 2026-11-25\n+++\n\nTemas de esta sección.\n')
        for i in range(pages):
            rng = random.Random(i)
            up = "" if FLAT else "../"
            link = lambda j, _k: f"[tema {j + 1}]({up}{page_id(j)}.md)"
            text = body(rng, i, pages, words, link)
            write(base / f"{page_id(i)}.md", f'+++\ntitle = "Tema {i + 1}: {sentence(rng, 2, 4)[:-1]}"\ndescription = "{sentence(rng)}"\nweight = {i}\nupdated = 2026-11-25\n+++\n\n{text}')
    return root


HUGO_BASEOF = """<!DOCTYPE html>
<html lang="{{ .Language.Lang }}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{{ .Title }} · {{ .Site.Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}
<style>{{ readFile "style.css" | safeCSS }}</style>
</head>
<body>
<a class="skip" href="#main">Ir al contenido</a>
<header>
<a class="site" href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
<nav class="langs"><ul>{{ range .AllTranslations }}<li>{{ if eq .Language.Lang $.Language.Lang }}<strong>{{ .Language.LanguageName }}</strong>{{ else }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a>{{ end }}</li>{{ end }}</ul></nav>
</header>
<main id="main">{{ block "main" . }}{{ end }}</main>
<nav class="menu"><h2>Temas</h2><ul>
{{ range .Site.Home.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul></nav>
</body>
</html>
"""
HUGO_SINGLE = """{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>
<footer class="meta"><p>Revisado por última vez: {{ .Lastmod.Format "2006-01-02" }}</p><p>Esta es información general, no es asesoría legal.</p></footer>{{ end }}
"""
HUGO_LIST = """{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></article>{{ end }}
"""


def hugo_site(out, pages, locales, words):
    root = out / "hugo"
    langs = "\n".join(
        f'[languages.{l}]\nlanguageName = "{l.upper()}"\ncontentDir = "content/{l}"\nweight = {i + 1}\n'
        for i, l in enumerate(locales)
    )
    write(root / "hugo.toml", f'baseURL = "https://bench.example/"\ntitle = "Tus derechos"\ndefaultContentLanguage = "{locales[0]}"\ndefaultContentLanguageInSubdir = true\ndisableKinds = ["taxonomy", "term", "RSS"]\n\n{langs}')
    write(root / "layouts" / "_default" / "baseof.html", HUGO_BASEOF)
    write(root / "layouts" / "_default" / "single.html", HUGO_SINGLE)
    write(root / "layouts" / "_default" / "list.html", HUGO_LIST)
    shutil.copy(REPO / "themes" / "default" / "css" / "style.css", root / "style.css")
    for lang in locales:
        base = root / "content" / lang
        write(base / "_index.md", f'+++\ntitle = "Inicio {lang}"\n+++\n\nBienvenida.\n')
        for s in range(sections(pages)):
            write(base / f"seccion-{s + 1:02d}" / "_index.md", f'+++\ntitle = "Sección {s + 1}"\nweight = {s + 1}\n+++\n\nTemas de esta sección.\n')
        for i in range(pages):
            rng = random.Random(i)
            link = lambda j, _k: f"[tema {j + 1}](/{lang}/{page_id(j)}/)"
            text = body(rng, i, pages, words, link)
            write(base / f"{page_id(i)}.md", f'+++\ntitle = "Tema {i + 1}: {sentence(rng, 2, 4)[:-1]}"\ndescription = "{sentence(rng)}"\nweight = {i}\nlastmod = 2026-11-25\n+++\n\n{text}')
    return root


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--locales", default="es,en,quc")
    parser.add_argument("--words", default="300-600")
    parser.add_argument("--no-bundles", action="store_true", help="no offline files, zips or .gz/.br")
    parser.add_argument("--flat", action="store_true", help="every page in one folder")
    args = parser.parse_args()
    global FLAT
    FLAT = args.flat
    locales = args.locales.split(",")
    words = tuple(int(w) for w in args.words.split("-"))
    if args.out.exists():
        shutil.rmtree(args.out)
    senda_site(args.out, args.pages, locales, words, not args.no_bundles)
    hugo_site(args.out, args.pages, locales, words)
    print(f"{args.pages} pages x {len(locales)} locales in {args.out}/senda and {args.out}/hugo")


if __name__ == "__main__":
    main()
