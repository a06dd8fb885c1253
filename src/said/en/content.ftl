## Reading the site's files (src/files.rs).

# A symbolic link where senda reads (after the file's name).
file-symbolic-link = is a symbolic link; senda does not follow links, so that nothing from outside the site is published. Copy the file here instead
# A file saved in another encoding than UTF-8.
file-not-utf8 = this file is not valid UTF-8 text; save it again as UTF-8

## Writing the output folder (src/write/).

# --output names the site's own folder. $output: the folder given; $site: the site's folder.
write-refused-site = refusing to write the site to `{ $output }`: that folder holds the site itself (`{ $site }`), and a build replaces everything in its output folder. Write to a folder of its own, like `--output public`. Nothing was written
# --output names one of the site's source folders. $output: the folder given; $name: the source folder (content, themes…).
write-refused-source = refusing to write the site to `{ $output }`: `{ $name }` is a folder of the site's own, which the build would replace. Write to a folder of its own, like `--output public`. Nothing was written
# --output names a file. $output: what was given.
write-refused-file = refusing to write the site to `{ $output }`: it is a file, not a folder. Name a folder, like `--output public`. Nothing was written
# --output names a folder of someone's files. $output: the folder; $mark: the file an earlier build leaves.
write-refused-foreign = refusing to write the site to `{ $output }`: it already holds files that senda did not make (it has no `{ $mark }` file from an earlier build), and a build replaces everything in it. Name a new or empty folder, or move those files away first. Nothing was written

## Pages and the content/ folder (src/content/).

# A folder below content/ cannot be read. $reason: the system's words, in English.
file-unreadable = cannot be read: { $reason }
# A page's recording is missing. $file: the audio file named in front matter; $lang: the language folder.
recording-missing = the recording `{ $file }` named in its front matter is not in content/{ $lang }/: put the audio file there, or correct its name
# A file directly in content/ (after its name).
content-outside-language = pages go inside a language folder, for example content/es/
# A folder in content/ that is no language of the site. $folder: its name.
content-unknown-language = the folder `{ $folder }` is not a language declared in senda.toml; add it to [[languages]] or rename it
# A page saved as .MD, .markdown or .md.txt. $page: the name it should have.
page-named-otherwise = this looks like a page, but senda reads only files whose names end in `.md`, in small letters, and would publish this one as a download: rename it to `{ $page }`
# A problem in a page made from a catalogue, shown in the source page. $problem: the problem, in English; $catalogue: the catalogue file.
page-problem-untranslated = { $problem } (as { $catalogue } shows it where it has no translation)
# A page file too large. $size: its size in MB; $limit: the limit in MB.
page-too-large = this page is { $size } MB; a page must be under { $limit } MB (readers pay for every kilobyte): split it into several pages
# A page with neither a title in front matter nor a # heading.
page-no-title = this page has no title: add `title = "…"` to its front matter, or start its text with a `# Title` line
# A page not starting with +++.
page-no-front-matter = a page must start with front matter between two `+++` lines (at least `title` and `updated`)
# Front matter with no closing +++.
page-front-matter-unclosed = the front matter opened here is never closed: add a line with `+++` after it
# title = "" in front matter.
page-title-empty = the title is empty
# An index.md with a slug.
page-index-slug = an index page takes its folder's address; remove its slug
# updated or review_by with a time of day. $date: what was written.
page-date-plain = `{ $date }` should be a plain date like 2026-11-25
# An alias (old address) not starting with /. $alias: what was written.
alias-slash = the old address `{ $alias }` should start with `/`: write it from the site's root, like `/old/page/`
# An alias with a character no address can have. $alias: what was written; $character: the character.
alias-character = the old address `{ $alias }` contains `{ $character }`, which cannot be part of a published address
# An alias that is the root or has . or .. parts. $alias: what was written.
alias-dots = the old address `{ $alias }` cannot be the site's root or contain `.` or `..` parts
# slug = "".
slug-empty = the slug is empty
# A slug starting with a dot. $slug: what was written.
slug-dot = the slug `{ $slug }` cannot start with a dot
# A slug with a character no address part can have. $slug: what was written; $character: the character.
slug-character = the slug `{ $slug }` contains `{ $character }`; use letters, digits and `-` only (it becomes one part of the address)
# A source in front matter without a name.
source-no-name = the source has no name: write who published it, and its title if it helps
# A source's date senda cannot read. $date: what was written.
source-date = `{ $date }` is not a date senda reads here: write the year and month it was published, like "2021-03", or only the year, like "2021"

## Catalogues of pages for translators, po/<code>.po (src/catalogue/).

# A warning on a po/ file no language reads (after its name). $languages: the site's other languages, comma-separated.
catalogue-unread = no language of senda.toml reads this catalogue, so its translations are never shown: name it po/<code>.po with the code of one of the site's other languages ({ $languages })

## Reading a PO file, po/<code>.po (src/po/). Translators read these: keep the PO words (msgid, msgstr, msgctxt, #|) as they are.

# A #| line that is none of the forms a PO file has.
po-previous-line = a `#|` line gives the text a fuzzy translation was made from, as `#| msgid "…"`, `#| msgctxt "…"` or `#| "…"` right after one of those
# A msgstr without a msgid before it.
po-msgstr-without-msgid = this `msgstr` has no `msgid` above it: each translation comes right after the text it translates, `msgid "…"` then `msgstr "…"`
# The same message twice in a file. $first: the line of the first; $line: the line of this one.
po-duplicate = this message is already in the file, at line { $first }: a message may appear only once. Keep the entry with the better translation (line { $first } or line { $line }) and delete the other
# A header line without "Name: value". $line: the line.
po-header-line = the header line `{ $line }` is not a field: each line of the header's `msgstr` reads `Name: value\n`, like `Language: quc\n`
# A PO file in another encoding than UTF-8. $charset: the encoding it declares.
po-charset = this file says it is written in `{ $charset }`, but senda reads and writes UTF-8 only: save it as UTF-8 and change the header to `charset=UTF-8`
# A msgid without msgstr.
po-msgid-without-msgstr = this `msgid` has no `msgstr` after it: add the translation on the next line, as `msgstr "…"` (or `msgstr ""` if it is not translated yet)
# A keyword given twice in one entry. $keyword: msgid, msgstr or msgctxt; $line: where it was first.
po-twice = this entry already has a `{ $keyword }`, on line { $line }: a text that goes on over several lines continues with lines holding only quoted text "…", and a new message begins with its own `msgid`
# A plural entry (msgid_plural), which page catalogues never have.
po-plural = pages have no plural forms, so senda's catalogues have no `msgid_plural` or `msgstr[…]`: this entry did not come from senda's template; delete it, from its comments down to its last `msgstr[…]` line
# A line starting with an unknown word. $word: the word.
po-unknown-keyword = `{ $word }` is not something a PO file can say here: a line starts with `msgid`, `msgstr` or `msgctxt`, with a quoted text "…", or with `#` for a comment (text always goes between double quotes)
# The same, when the word looks like a keyword misspelt. $word: the word; $keyword: the keyword probably meant.
po-unknown-keyword-suggest = `{ $word }` is not something a PO file can say here: did you mean `{ $keyword }`? a line starts with `msgid`, `msgstr` or `msgctxt`, with a quoted text "…", or with `#` for a comment (text always goes between double quotes)
# A text without its opening quote. $keyword: msgid, msgstr, msgctxt or text.
po-no-opening-quote = this `{ $keyword }` has no opening quote: its text goes between double quotes, like { $keyword } "…"
# Something after a text's closing quote.
po-after-closing-quote = there is more after the closing quote: if that `"` belongs to the text, write it as `\"`; if it ends the text, delete what follows it
# A text without its closing quote.
po-no-closing-quote = this text has no closing quote: add `"` at the end of the line (a quote inside the text is written `\"`)
# A line ending in a backslash.
po-trailing-backslash = this line ends in a backslash: a text ends with `"`, and a backslash in the text is written `\\`
# An escape a PO file does not have. $character: the letter after the backslash.
po-unknown-escape = `\{ $character }` is not an escape a PO file knows: a backslash is written `\\`, a quote `\"`, a line break `\n` and a tab `\t`
# A numeric escape that is no letter.
po-escape-not-letter = this escape does not stand for a letter: write the letter itself (the file is UTF-8)
