## The preview (senda serve) and the command's own lines (new, init, po, build's summary).

# The port is taken. $port: the port; $next: another to try.
preview-port-in-use = port { $port } is already in use, most likely by another preview (`senda serve`) that is still running: stop it (Ctrl-C in its window), or use another port: `senda serve --port { $next }`
# Names the first build in the terminal lines below.
preview-first-build = first build
# A rebuild's cause, for a folder that changed. $folder: locales, theme, services or catalogues.
preview-changed-folder = { $folder ->
        [locales] locales
        [theme] theme
        [services] services
       *[catalogues] catalogues
    }
# A build with problems. $what: the first build, or what changed; $count: the problems; $ms: the time.
preview-problems = { $what }: { $count } problem(s), shown in the browser ({ $ms } ms)
# A build that worked. $what: as above; $ms: the time; $stages: the time of each stage.
preview-rebuilt = { $what }: rebuilt in { $ms } ms ({ $stages })
# A panic while building, shown in the browser. $detail: what it said.
preview-internal-error = senda stopped on an internal error while building; this is a bug in senda, not in your files (please report it). Saving a file tries again. The error: { $detail }
# A request with another Host. $host: that host, quoted.
preview-host-refused = This preview answers only to http://localhost, http://127.0.0.1 or http://[::1] (or the address given to --bind), not to { $host }: a page elsewhere may be trying to read it.
# A request other than GET or HEAD.
preview-only-get = only GET
# An address with no file.
preview-not-found = not found
# A stage of a build and its time. $stage: its name; $ms: milliseconds.
build-stage = { $stage ->
        [load] load
        [leaflets] leaflets
        [pages] pages
        [other] other
        [compress] compress
        [write] write
        [serve] serve
       *[unnamed] { $stage }
    } { $ms } ms

## The command's lines.

# `senda serve` is ready. $url: its address (keep http://).
serve-serving = serving { $url } (translation table at { $url }_status); press Ctrl-C to stop
# senda was built without the preview.
serve-feature-missing = this copy of senda was built without the preview (cargo's `serve` feature). Install the released senda, or build it with `cargo build --release`
# `senda new` made a file. $file: it.
new-created = created { $file }
# `senda new` left a file as it was. $file: it.
new-kept = kept { $file } (it was already there)
# `senda new` wrote a stub again. $file: it.
new-refreshed = refreshed { $file } from its source (it still held the placeholder text)
# `senda init` made a site. $dir: its folder.
init-created = created a site in { $dir }; try: senda build --root { $dir }
# The next step to publish. $next: the step, for the host chosen.
init-publish = to publish it: { $next }
# `senda po`, the template. $file: it; $total: its messages; $state: written or unchanged.
po-template = { $file }: { $total } messages ({ $state ->
        [written] written
       *[unchanged] unchanged
    })
# `senda po`, one language's catalogue. $translated, $fuzzy: messages translated and to check again.
po-catalogue = { $file }: { $translated } of { $total } translated, { $fuzzy } to check again (the source changed) ({ $state ->
        [written] written
       *[unchanged] unchanged
    })
# The build's summary. $files: files written; $kb: their size; $output: the folder; $ms: the time; $stages: each stage's time; $languages: pages per language.
build-summary = built { $files } files ({ $kb } KB) into { $output } in { $ms } ms ({ $stages }): pages { $languages }
# A language with pages shown from another. $lang: its code; $translated, $fallback: its pages.
build-language-fallback = { $lang } { $translated } + { $fallback } untranslated
# $sizes: each text size and how many trifolds have it.
build-trifold-sizes = trifold text (the largest size that fills the panels): { $sizes }
# $sizes: each language's offline file size.
build-offline-sizes = offline.html after gzip: { $sizes }

## What the preview says of check's findings (serve/checked.rs).

# $detail: the internal error's own words.
preview-check-internal-error = senda stopped on an internal error while checking; this is a bug in senda, not in your files (please report it). Saving a file tries again. The error: { $detail }
# In the terminal after each save.
preview-check-counts = check: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }, shown on their pages and at /_check
# `senda split` removed the page it made a page in parts of. $file: it.
split-removed = removed { $file }: its words are now in the folder of the same name
# `senda split`: the same page in another language, left as one page. $file: it.
split-translation = { $file } is still one page: split it too with `senda split { $file }`, so that its parts follow these
# `senda split` refused: the page's folder is already there. $folder: it.
split-folder-exists = the folder `{ $folder }` is already there, so splitting this page would mix its parts with other pages: move that folder first
# `senda split` refused: fewer than two `##` sections.
split-too-few = this page has fewer than two `##` sections, so there is nothing to split it into: give its parts `##` headings first
# `senda split` refused: the file is not a page in a language folder. $file: it.
split-not-a-page = `{ $file }` is not a page of the site: give the page's file in its language folder, like `content/en/releases.md`
# `senda split` refused: the file is a section's own page. $file: it.
split-index = `{ $file }` is already a section's page: split one of the pages in its folder instead
