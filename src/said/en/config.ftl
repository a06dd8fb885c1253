## senda.toml: reading and checking the site's configuration (src/config/).

# senda was run outside a site's folder.
config-missing = no senda.toml here: run senda in a site's folder, or pass --root
# base_url does not start as an address must. $flag: "--base-url: " when given on the command line, else empty; $url: the address written.
config-base-url-start = { $flag }base_url `{ $url }` must start with https://, http:// or /
# base_url has spaces. $flag and $url as above.
config-base-url-spaces = { $flag }base_url `{ $url }` must not contain spaces
# A warning: base_url is a documentation example (example.org). $url: the address.
config-base-url-placeholder = `{ $url }` is a placeholder, not your site's address: links people share and the QR codes printed on leaflets would point there. Write your site's address here
# A language code in [[languages]] is malformed. $code: what was written.
config-language-code = language code `{ $code }` is not a BCP 47 code (letters, digits and `-`, like `quc` or `pt-BR`)
# The same language code appears twice in [[languages]]. $code: the code.
config-language-twice = language `{ $code }` is configured twice
# senda.toml has no [[languages]] table.
config-no-languages = no [[languages]] configured
# default_language names a language not in [[languages]]. $code: the code.
config-default-language = default_language `{ $code }` is not one of the configured [[languages]]
# A field with two allowed values (dir, apostrophe). $field: the field; $first, $second: the values allowed; $value: what was written.
config-choice = { $field } must be "{ $first }" or "{ $second }", not "{ $value }"
# A language's fallback is not configured. $fallback: the fallback's code; $code: the language's code.
config-fallback = fallback language `{ $fallback }` of `{ $code }` is not configured
# `name` or `theme` has characters other than letters, digits, - and _. $field: name or theme; $value: what was written.
config-plain-name = { $field } `{ $value }` must be letters, digits, `-` and `_` only ({ $field ->
        [theme] it is a folder under themes/
       *[other] it names files
    })
# [budgets] audio_kbps out of range.
config-audio-kbps = budgets.audio_kbps is the bit rate of recordings: a whole number from 6 to 64 (16 to 24 is clear speech)
# A [budgets] size is zero or negative. $field: page_kb, image_kb or audio_kb.
config-budget-positive = budgets.{ $field } must be a positive number of kilobytes
# [safety] quick_exit_url is not https.
config-quick-exit-url = safety.quick_exit_url must be an https:// address
# [markdown] raw_html has another value. $value: what was written.
config-raw-html = raw_html must be "sanitize" or "allow", not "{ $value }"
# host = "…" names a host senda does not know. $host: what was written; $known: the hosts senda knows, comma-separated.
config-host-unknown = host `{ $host }` is not one senda knows: write one of { $known }, or remove the line to write the files of every host
# `audience = "…"` with a value senda does not know. $audience: the value; $known: the three it takes, in backticks.
config-audience-unknown = audience `{ $audience }` is not one senda knows: write one of { $known }

## TOML mistakes in senda.toml, front matter and service files (src/toml_error.rs).

# A value between curly quotes (“…”), as Word writes them. $key: the field; $quote, $close: the quotes used; $fixed: the text to write between straight quotes.
toml-curly-quotes = the text of `{ $key }` is between curly quotes ({ $quote }…{ $close }), as word processors and phones write them; senda reads only straight quotes: `{ $key } = "{ $fixed }"`
# A number field with words in it. $key: the field; $value: what was written.
toml-number = `{ $key }` is a number written in digits, like `{ $key } = 10` (not `{ $value }`)
# A true/false field with something else. $key: the field; $value: what was written.
toml-switch = `{ $key }` is `true` or `false`, without quotes (not `{ $value }`)
# Text without quotes. $key: the field; $value: the text.
toml-text = text goes between double quotes: `{ $key } = "{ $value }"`
# A whole number written in quotes or with decimals. $key: the field; $number: the number rounded.
toml-whole-number = `{ $key }` is a whole number, without quotes: `{ $key } = { $number }`
# Text whose closing quote is missing.
toml-no-closing-quote = this text has no closing quote: end it with `"` on the same line
# An impossible date (month 13). $detail: the TOML reader's own words, in English (like "month between 01 and 12").
toml-date-does-not-exist = this date does not exist ({ $detail }): write year-month-day, like `2026-11-29`
# A required field is missing. $field: the field; $example: a value to write (a date or …).
toml-missing-field = the field `{ $field }` is missing: add a line `{ $field } = { $example }`
# A date like 05/11/2026 that reads two ways. $key: the field; $first, $second: the two dates as year-month-day; $day, $month: numbers of the first reading (the second reading swaps them).
toml-date-two-ways = write the date as year-month-day, without quotes: `{ $key } = { $first }` if you mean { $day } { $month ->
            [1] January
            [2] February
            [3] March
            [4] April
            [5] May
            [6] June
            [7] July
            [8] August
            [9] September
            [10] October
            [11] November
           *[12] December
        }, or `{ $key } = { $second }` if you mean { $day ->
            [1] January
            [2] February
            [3] March
            [4] April
            [5] May
            [6] June
            [7] July
            [8] August
            [9] September
            [10] October
            [11] November
           *[12] December
        } { $month }
# A date written otherwise (29/11/2026, or in quotes). $key: the field; $date: the date as it should be written.
toml-date = write the date as year-month-day, without quotes: `{ $key } = { $date }`
# A date senda could not read at all. $key: the field; $value: what was written.
toml-date-unreadable = write the date as year-month-day, without quotes, like `{ $key } = 2026-11-29` (not `{ $value }`)
# Text in single quotes with an apostrophe inside. $key: the field; $text: the text.
toml-apostrophe = this text is between single quotes and has an apostrophe inside, which ends it early: put it between double quotes instead: `{ $key } = "{ $text }"`
# A double quote inside text in double quotes.
toml-quote-inside = a `"` inside the text ends it early: use curly quotes “ ” inside it, or write `\"`
# A field misspelt. $unknown: what was written; $candidate: the field probably meant.
toml-unknown-field = unknown field `{ $unknown }` (did you mean `{ $candidate }`?)
# Any other TOML mistake. $detail: the TOML reader's own words, in English.
toml-error = { $detail }


## senda init and senda new (src/scaffold.rs).

# senda init: what is left to do by hand to publish on GitHub Pages (after "to publish it: ").
init-publish-github = put the folder in a GitHub repository, push it, and in the repository's Settings > Pages set Source to "GitHub Actions" (.github/workflows/senda.yml does the rest)
# The same for GitLab Pages.
init-publish-gitlab = put the folder in a GitLab project and push it: .gitlab-ci.yml builds and publishes it on GitLab Pages
# The same for Netlify.
init-publish-netlify = put the folder in a repository and add it in Netlify as a new site: netlify.toml gives the build settings
# The same for Cloudflare Pages. $version: senda's version.
init-publish-cloudflare = in Cloudflare Pages, connect the repository with build command `pip install senda-ssg=={ $version } && senda build` and output folder `public`
# The same for an Apache server reached by FTP.
init-publish-apache = run senda build, then upload everything in public/, with the hidden file .htaccess, to your web folder by FTP
# senda init would overwrite a file (after the file's name).
scaffold-file-exists = already exists; nothing was changed
# senda init --base-url with something that is not an address. $url: what was given.
init-base-url = --base-url `{ $url }` is not a web address: write it whole, like https://derechos.example.org/
# senda init in a folder with files in it (after the folder's name).
init-folder-not-empty = is not empty; choose a new folder for the site
# senda new with a path that cannot be a page's. $path: what was given.
new-page-path = `{ $path }` is not a page path: use letters, digits and `-`, with `/` between folders, like `guias/mexico`
# senda new for a page every language already has. $path: the page.
new-page-exists = `{ $path }` already exists in every language; nothing was changed
