## The site's own Fluent strings (locales/<language>/*.ftl), and the words themes ask for (src/i18n/).

# A folder in locales/ whose name is no language of the site. $name: the folder.
strings-folder-not-a-language = the folder `{ $name }` is not a language declared in senda.toml, so its strings are not read: add the language to `[[languages]]` in senda.toml, or delete the folder
# Fluent's own words about a file it could not take in. $detail: Fluent's words (English).
strings-fluent-error = { $detail }
# A message the site needs and no language of a reader's chain defines. $id: the message; $lang: the reader's language.
strings-message-undefined = the message `{ $id }` is not defined for `{ $lang }` nor any language it falls back to; add it to this file
# A message Fluent failed to put into words, as a page asked for it. $id: the message.
strings-message-format-failed = the message `{ $id }`: could not be formatted
# The same, found when a file is tried message by message. $id: the message.
strings-message-unformattable = the message `{ $id }` could not be formatted
# A message uses a value the theme does not give it (often a translated `{ $name }`). $id: the message; $name: the name after `$`.
strings-message-unknown-variable = the message `{ $id }`: `{"{"} ${ $name } {"}"}` is not a value the theme gives this message: keep the names inside `{"{"} {"}"}` as the source language has them (they are the theme's, and are not translated), or ask whoever made the theme
# Another problem Fluent found in a message as a page asked for it. $id: the message; $detail: Fluent's words (English).
strings-message-fluent-error = the message `{ $id }`: { $detail }
# A `\u` or `\U` escape without its hexadecimal digits. $letter: u or U; $digits: how many it needs.
strings-escape-digits = `\{ $letter }` must be followed by { $digits } hexadecimal digits (0-9, A-F)
# A message defined twice, shown at the second. $key: the message; $file and $line: where the first is.
strings-defined-twice = `{ $key }` is already defined in { $file } on line { $line }; the text here is never used. Keep one of the two and delete the other
# `{ $q'ij }`: a value's name translated into letters Fluent's names cannot hold. $name: as written, from `{` to `}`.
strings-translated-name = `{ $name }` is not a name Fluent reads: the names after `$` are the theme's, in plain letters without accents or apostrophes, and are not translated. Write the name as the source language has it, like `{"{"} $date {"}"}`
# A `{` without its `}`.
strings-brace-unclosed = this `{"{"}` is never closed: end it with `{"}"}` on the same line, like `{"{"} $name {"}"}`
# A `}` without its `{`.
strings-brace-unopened = this `{"}"}` closes nothing: remove it, or open it with `{"{"}`, like `{"{"} $name {"}"}`
# A line that is neither a message nor the continuation of one.
strings-equals-missing = a message needs `=` after its name, like `hello = Hola`; a line that continues a message starts with spaces
# A choice with no line marked `*`.
strings-default-variant-missing = a choice (`{"{"} $count -> … {"}"}`) needs a default: mark one of its lines with `*`, like `*[other] …`
# Another Fluent syntax error. $detail: Fluent's words (English).
strings-fluent-syntax = Fluent syntax: { $detail }
# `{ -term }` for a term the language does not define. $term: its name without `-`.
strings-term-unknown = `{"{"} -{ $term } {"}"}` names a term this language does not define: add `-{ $term } = …` to this language's file
# `{ name }` for a message the language does not define (often `{ name }` written for `{ $name }`). $name: the name.
strings-reference-unknown = `{"{"} { $name } {"}"}` names no message of this language: to put in a value, write `{"{"} ${ $name } {"}"}` with a `$`; to use another message, define `{ $name }` in this language's file
# A message that contains itself. $node: the message; $ring: the messages around the circle, joined by arrows.
strings-message-cycle = `{ $node }` contains itself ({ $ring }); a message cannot refer to itself
# A message with more `{ }` parts than Fluent fills in. $key: the message; $parts: how many; $max: Fluent's limit.
strings-message-crowded = `{ $key }` has { $parts } parts in `{"{"} {"}"}` once the messages it uses are filled in; Fluent stops at { $max }. Split it into shorter messages
# The same, when the parts cannot even be counted. $key: the message; $max: Fluent's limit.
strings-message-crowded-endless = `{ $key }` has too many parts in `{"{"} {"}"}` once the messages it uses are filled in; Fluent stops at { $max }. Split it into shorter messages
