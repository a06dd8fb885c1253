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
content-outside-language = pages go inside a language folder, for example content/es/; files that every language shares go in content/assets/
# A folder in content/ that is no language of the site. $folder: its name.
content-unknown-language = the folder `{ $folder }` is not a language declared in senda.toml; add it to [[languages]] or rename it. Files that every language shares (images, documents) go in content/assets/, published at /assets/
# A page in content/assets/, the folder of files every language shares.
content-shared-page = content/assets/ holds the files that every language shares, not pages: move this page into a language's folder
# A file of content/assets/ whose address a file of the theme's static/ folder has too. $other: that file; $path: the address.
content-shared-taken = this file and { $other } would both be published at /{ $path }: rename one of them
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

## senda status: the translation table, and stamping a translation (src/status/).

# A page's state in one language, a word in the table's cells. $state: its name (source, ok, stale, unknown, missing, review, partial). Keep the words short.
status-state = { $state ->
        [source] source
        [ok] ok
        [stale] stale
        [unknown] unknown
        [missing] missing
        [review] review
       *[partial] partial
    }
# The first column's heading in status tables.
status-page-column = page
# The catalogue table's headings: messages translated, to check again, untranslated.
status-translated-column = translated
status-to-check-column = to check
status-untranslated-column = untranslated
# Under the table. $stale, $missing, $review: how many translations are in each state.
status-summary = { $stale } stale, { $missing } missing, { $review } waiting for review. After updating a translation, run `senda status --stamp content/<lang>/<page>.md`.
# A stale translation, before what changed. $page: the translation; $source: its source page.
status-source-changed = { $page }: { $source } changed since it was translated
# After the list of stale translations.
status-translate-what-changed = Translate what changed, then run `senda status --stamp` on the translation.
# After a stale translation whose stamp kept no copy of the source (in parentheses).
status-no-copy-kept = (stamped by an older senda, which kept no copy of the source: compare the two files; from the next stamp on, each change is shown)
# Words before each changed text: the text as it was and as it is now (the two are aligned).
status-before = before
status-after = after
# After the line of a text added to the source.
status-new = new
# A text removed from the source.
status-taken-out = taken out
# A language's catalogue. $catalogue: the file; $done, $total, $fuzzy: messages translated, in all, to check again.
status-catalogue-counts = { $catalogue }: { $done } of { $total } messages translated, { $fuzzy } to check again (the source changed)
# A note in the catalogue table: the language has its own page file. $page: that file.
status-catalogue-page-instead = { $page } is published instead
# A note in the catalogue table: every message of the page is translated.
status-catalogue-translated = translated
# A note in the catalogue table: some messages are not translated.
status-catalogue-rest-in-source = the rest is shown in the source language
# Heading of the recordings' list.
status-recordings = recordings:
# A recording's state. $state: ok, stale or unknown.
status-recording-state = { $state ->
        [ok] ok
        [stale] stale: the page changed after the recording was checked
       *[unknown] unknown: never checked against the page
    }
# After the recordings' list.
status-recordings-how = After checking a recording against its page, run `senda status --stamp-recording content/<lang>/<page>.md`.
# Heading of the services' list.
status-services = services:
# A service's words in one language. $state: ok, partial or missing. Keep the words short.
status-service-state = { $state ->
        [ok] ok
        [partial] partial
       *[missing] missing
    }
# A service past its review date. $date: the date.
status-service-overdue = OVERDUE: due { $date }
# A service's next review date. $date: the date.
status-service-due = verify by { $date }
# After the services' list.
status-services-how = A service's words in a language go under `[text.<code>]` in its file (`partial`: some of the words the main language has are missing); after calling or visiting it, update `verified_on`, `verified_by` and `review_by`.
# senda status --stamp on a page without a source (after the file's name).
stamp-no-source = has no source page
# senda status --stamp on the source page (after the file's name).
stamp-source-itself = is the source text itself; stamp its translations instead
# A warning: the stamped page is a draft (after the file's name).
stamp-draft = is still a draft (`draft = true`): it is not published, and its readers get another language. Remove `draft = true` once it is translated
# A warning: the stamped page has its source's text (after the file's name). $source: the source page.
stamp-same-text = has the same text as { $source }: it is not translated yet, though it is now marked up to date
# senda status --stamp-recording on a page without a recording (after the file's name). $name: the page's file name without .md.
stamp-no-recording = has no recording: put it beside the page with the same name (`{ $name }.mp3`)
# A stamped file outside content/<lang>/ (after its name).
stamp-not-under-content = is not a page under content/<lang>/
# A stamped file that is no page (after its name).
stamp-not-a-page = is not a page of this site

## senda check's warnings and its summary of translations (src/check/). A value "senda-none" or "senda-nowhere" stands for no language: keep those variant keys as they are.

# A page whose newest source is old. $date: year-month of the newest source; $years: the limit in years.
check-old-source = its newest source is from { $date }, more than { $years } years ago: check its facts against a newer source, or raise `[check] source_years` in senda.toml if they still hold
# A template asks for a message no language defines. $key: the message; $lang: the language code.
check-template-message-missing = the message `{ $key }` is not defined for `{ $lang }` nor any language it falls back to; add it to locales/<lang>/*.ftl
# A translated message uses a value the template does not give. $key: the message; $name: the value's name; $gives: the values given, in backticks, or senda-none; $dropped: the value given that the translation lost, or senda-none.
check-template-not-given = the message `{ $key }`: `{"{"} ${ $name } {"}"}` is not a value the theme gives this message ({ $gives ->
        [senda-none] it gives none
       *[other] it gives { $gives }
    }): { $dropped ->
        [senda-none] keep the names inside `{"{"} {"}"}` as the source language has them: they are the theme's, and are not translated
       *[other] write { $dropped } as it was: the names inside `{"{"} {"}"}` are the theme's, and are not translated
    }
# A recording that may not read its page's text any more. $why: changed (the page changed since it was checked) or never (never checked); $page: the page.
check-recording-stale = { $why ->
        [changed] its text changed after its recording was checked against it
       *[never] nobody has said that its recording reads its text as it is
    }: listen to the recording against the page, record it again if they differ, then run `senda status --stamp-recording { $page }`
# A translation whose source page is gone. $gone: the source's file; $name: the default language's name; $shown: the language its readers get now, or senda-none; $measured: the page translations are measured against now, or senda-none.
check-orphan = its source, { $gone }, is gone: readers of { $name } { $shown ->
        [senda-none] no longer get this page
       *[other] now get it in { $shown }
    }{ $measured ->
        [senda-none] {""}
       *[other] , and translations are measured against { $measured }
    }. Put the source back, or, if the page is retired, delete its translations too
# A page not translated into a language. $language: the language its readers get, or senda-none.
check-translation-missing = not translated yet: readers get it in { $language ->
        [senda-none] no language (it is not published)
       *[other] { $language }
    }
# A stale translation. $changes: what changed in the source, on lines of their own (or a note).
check-translation-stale = stale: its source changed since it was translated; update it, then run `senda status --stamp` on it{ $changes }
# A page a catalogue translates in part. $done, $total: messages translated and in all; $page: the page; $language: the language of the rest, or senda-none.
check-translation-partial = translates { $done } of the { $total } messages of the page `{ $page }`: the rest is shown in { $language ->
        [senda-none] no language (it is not published)
       *[other] { $language }
    }
# A translation marked for review.
check-translation-review = waiting for review (`review` in its front matter)
# A translation never stamped.
check-translation-unknown = never stamped: check it against its source, then run `senda status --stamp` on it
# A service with some of its words in a language. $code: the language's code; $lacking: description, hours or both; $language: the language's name.
check-service-partial = `[text.{ $code }]` has no { $lacking ->
        [description] description
        [hours] hours
       *[both] description and no hours
    }: readers in { $language } get it from another language until you add it
# A service with no words in a language. $code, $language: the language's code and name; $shown: the language its readers get instead, or senda-none.
check-service-missing = has no `[text.{ $code }]`: readers in { $language } { $shown ->
        [senda-none] get no description and no hours; add its words in { $language }
       *[other] get its description and hours in { $shown }
    }
# Interface strings the default language lacks. $keys: the messages, comma-separated.
check-strings-undefined = messages used but not defined in the default language: { $keys }
# An interface string nothing uses. $key: the message.
check-string-unused = the message `{ $key }` is never used
# Interface strings a language lacks. $count: how many; $language: the language readers see them in, or senda-nowhere; $default: the default language's code; $file: the .ftl file; $keys: the messages.
check-strings-untranslated = { $count } interface strings are not translated (readers see them in { $language ->
        [senda-nowhere] no language
       *[other] { $language }
    }); copy them from locales/{ $default }/{ $file } and translate them: { $keys }
# A language's own .ftl file with words copied word for word from another language's (the site's name, the disclaimer shown on every page). $keys: the messages; $lines: their lines in the file; $count: how many; $language: the language's name; $from: the name of the language the words are in.
check-strings-copied = { $keys } ({ $count ->
        [one] line
       *[other] lines
    } { $lines }) { $count ->
        [one] is
       *[other] are
    } word for word the { $from } text, so { $language } readers see { $count ->
        [one] it
       *[other] them
    } in another language on every page: translate { $count ->
        [one] it
       *[other] them
    } into { $language }
# A heading level skipped. $previous, $level: the levels; $marks: the heading marks to use (##).
check-heading-jump = this heading jumps from level { $previous } to { $level }; screen-reader users navigate by levels: use { $marks }
# A long sentence. $words: its length; $limit: the limit; $opening: its first words.
check-long-sentence = a sentence of { $words } words (more than { $limit }); shorter sentences are easier for children: “{ $opening } …”
# Several long sentences on one page, said once. $count: how many; $limit: the limit; $longest: the longest one's length; $opening: the first one's first words.
check-long-sentences = { $count } sentences of more than { $limit } words on this page (the longest has { $longest }); shorter sentences are easier for children. The first: “{ $opening } …”
# Long sentences on average. $words: the average; $aim: what to aim for.
check-average-sentence = sentences average { $words } words; aim for { $aim } or fewer
# A phone number or address that differs from the source's. $written: as the translation has it; $source: the source page; $expected: the source's, in backticks.
check-fact-differs = `{ $written }` is not what the source ({ $source }) has: { $expected }. Copy it digit by digit: a wrong digit sends a reader to a stranger
# A phone number or address only the translation has. $written: it; $source: the source page.
check-fact-extra = `{ $written }` is not in the source ({ $source }): add it there too, or take it out here
# Phone numbers or addresses the translation leaves out. $source: the source page; $expected: them, in backticks.
check-fact-missing = the source ({ $source }) has { $expected }, which this translation leaves out
# In the summary: how many readers get what in a language. $count: how many; $language: the language, senda-none (not published) or senda-nowhere (no language defines the string).
check-summary-in = { $count } in { $language ->
        [senda-none] no language (it is not published)
        [senda-nowhere] no language
       *[other] { $language }
    }
# In the summary. $done, $total: pages up to date, pages in all.
check-summary-pages = { $done } of { $total } pages up to date
# In the summary. $count: how many pages; $state: stale, unknown or review.
check-summary-state = { $count } { $state ->
        [stale] stale
        [unknown] never stamped
       *[review] waiting for review
    }
# In the summary. $count: pages not translated; $readers: what readers get (a list of check-summary-in).
check-summary-missing = { $count } not translated (readers get { $readers })
# In the summary. $count, $total: interface strings not translated, in all; $readers: what readers see (a list of check-summary-in).
check-summary-strings = { $count } of { $total } interface strings not translated (readers see { $readers })
# In the summary. $count, $total: services not (fully) translated, in all.
check-summary-services = { $count } of { $total } services' words not (fully) translated

# A PO file's quoted line with no msgid or msgstr before it.
po-text-without-keyword = this quoted text follows no `msgid` or `msgstr`: a text that goes on over several lines continues right after its keyword line

# A page file with nothing written in it, when no other language has the page either.
content-empty-everywhere = this page is empty, and no other language has it either: write its front matter between two `+++` lines (at least `title` and `updated`) and its text, or delete the file
