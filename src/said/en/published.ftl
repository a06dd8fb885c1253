## What is published from content/ beside the pages (site/unused.rs, config/publish.rs).

# A file in content/ no page uses. $name: its file name; $target: its path as a link target;
# $lang: its language folder; $rel: its path inside that folder.
unused-file = no page links to or shows this file, so it is not published: link it from a page (`[{ $name }]({ $target })` in a page of content/{ $lang }/), move it out of content/, or list it in senda.toml (`publish = ["{ $rel }"]`) if other sites or printed leaflets link to it
# The same, for a sound file.
unused-recording = no page links to this file, and it is not a page's recording (one named like its page, `ninos-solos.mp3` beside `ninos-solos.md`, or in the page's `recording`), so it is not published: link it from a page (`[{ $name }]({ $target })` in a page of content/{ $lang }/), move it out of content/, or list it in senda.toml (`publish = ["{ $rel }"]`) if other sites or printed leaflets link to it
publish-empty = an empty pattern in `publish` names no file: remove it
publish-from-language-folders = write a `publish` pattern from inside the language folders (`descargas/*.pdf`), or from `content/` with the language first (`es/descargas/*.pdf`)
publish-backslash = write the folders of a `publish` pattern with `/`, as in `descargas/*.pdf`
# $pattern: the pattern as written in senda.toml.
publish-no-file = `{ $pattern }` in `publish` names no file in content/: correct it, or remove it

## The browser editor's section of senda.toml (config/editor.rs).

# $backend: what was written.
editor-backend = the editor's backend `{ $backend }` is not one senda knows: write `github` or `gitlab`
editor-repo = the editor's repo `{ $repo }` must be written `owner/name`, as in the repository's address (`org/derechos`), with no spaces
# $field: `auth_url`; $text: what was written.
editor-address-https = the editor's { $field } `{ $text }` must be an address that starts with https://, with no spaces or quotes
# $field: `script`; $text: what was written.
editor-address = the editor's { $field } `{ $text }` must be an address that starts with https:// or /, with no spaces or quotes
editor-branch = the editor's branch `{ $branch }` must be a branch name, with no spaces
