## senda check's report.

check-counts = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
check-whole-site = (the whole site)
check-translations-heading = Translations
check-translations-heading-short = Translations (`senda check --verbose` lists every page)

## Reading a page's Markdown (src/markdown/).

# A ```callout``` block's word is neither of the two kinds; $word: what was written.
markdown-callout-kind = a callout is `important` or `danger`, not `{ $word }`
# A ```contact``` block with `placeholder` also has numbers.
markdown-placeholder-contact-numbers = a placeholder contact cannot carry a phone, WhatsApp or email
# A ```contact``` block's `email`; $email: as written.
markdown-contact-email = `{ $email }` is not an email address
# A ```contact``` block's `website`; $website: as written.
markdown-contact-website = the website `{ $website }` must start with https://
# A line of a ```service``` block that is not a file name; $id: the line.
markdown-service-block-id = a `service` block lists services by their file's name, one per line (like `comar`), not `{ $id }`
# A ```service``` block with no line in it.
markdown-service-block-empty = this `service` block is empty: write the name of a file in `services/` without `.toml`, like `comar`
# A `::: tip` box without its closing `:::`; $word: the opening line (`::: tip`).
markdown-container-unclosed = this `{ $word }` box is never closed: add a line with `:::` where it ends
# A link to `javascript:` and the like; $scheme: the word before the colon.
markdown-link-scheme = `{ $scheme }:` addresses are not allowed in content
# A link or image that climbs out of the content folder; $dest: the address as written.
markdown-link-outside = `{ $dest }` points outside its language's folder: files that every language shares go in content/assets/, and pages show or link them as `/assets/name.png`
# An image on another website; $dest: its address.
markdown-image-elsewhere = the image `{ $dest }` is on another site; readers would make a request to it. Put the file in the content folder
# An image whose file is not in the content folder; $dest: its address as written.
markdown-image-missing = the image `{ $dest }` does not exist in the content folder
# A link to a file that is neither a page nor in the content folder; $path: the address.
markdown-link-file-missing = `{ $path }` does not exist: link to a page's .md file, or put the file in the content folder
# Lists or quotes inside each other too many times; $levels: the most allowed.
markdown-nested-too-deep = lists or quotes are nested more than { $levels } levels deep here
# Callout blocks inside callout blocks too many times.
markdown-callouts-too-deep = callouts nest too deep
# A warning: `{{< … >}}` or `{% … %}` in a page.
markdown-template-code = this is template code of another site generator (a Hugo shortcode or a Liquid tag): senda shows it as written. Write what it makes in Markdown
# A warning: a list whose lines start with a tab.
markdown-tabbed-list = this list is indented with a tab, so it is shown as code, in a box wider than a phone's screen: start each line of the list with `-` and no tab before it (indent lists inside lists with spaces)
# A link or image `[…](…)` whose address has spaces; $address: the address.
markdown-spaced-address = an address with spaces is not a link, so readers would see this as text: put it between `<` and `>`, like `(<{ $address }>)`, or rename the file with dashes instead of spaces
# A heading `{#id}` given twice on a page; $id: the id.
markdown-heading-id-taken = the heading id `{ $id }` is already used on this page
# An image `![](…)` with nothing between the brackets.
markdown-image-no-alt = this image has no alt text: write what it shows between the brackets, ![like this](map.png), for people who cannot see it
# A warning: raw HTML `<script>`, `<style>` and the like; $name: the element's name.
markdown-html-removed-with-content = the `<{ $name }>` element is taken out of the page with all it holds: pages carry no scripts or styles. Write what it showed in Markdown
# A warning: a raw HTML element senda does not keep; $name: the element's name.
markdown-html-removed = the `<{ $name }>` element is taken out of the page (its text stays): pages keep to plain HTML that every phone shows
# A warning: a raw HTML attribute `onclick` and the like; $name: the attribute.
markdown-html-attribute-removed = the `{ $name }` attribute is taken out: pages carry no scripts
# A warning: a raw HTML `src` or `href` to another site or an unsafe address; $value: the address.
markdown-html-address-removed = `{ $value }` is taken out of the page: images and links come from this site or go to safe addresses

## Putting the site's pages into HTML and text (src/render/).

# A link written from a route the site does not know (a bug in senda more than a mistake); $path: the route's address.
render-link-no-page = no page for { $path }
# A page to write whose route shows no page (a bug in senda more than a mistake); $path: the route's address.
render-no-page-for-route = no page for route { $path }
# The theme's folder (themes/<name>) is missing.
render-theme-folder-missing = the theme folder does not exist
# One of the templates every theme needs is missing. $name: the template.
render-theme-template-missing = the theme has no `{ $name }` template
# A template includes or imports a template that does not exist.
render-template-not-found = this template is used but does not exist
# A template extends a template that does not exist. $parent: that template.
render-template-parent-missing = extends `{ $parent }`, which does not exist
# A mistake in a template, in the words of tera, the template engine (English). $detail: tera's words.
render-template-tera = { $detail }
# The same, when tera does not say which template. $detail: tera's words; $dir: the templates folder.
render-template-tera-in = { $detail } (in { $dir })
# What a page shows could not be given to its template (a bug in senda more than a mistake). $detail: the cause.
render-template-context = { $detail }
# A template calls `t()` where it has no `lang`.
render-template-no-lang = t() needs `lang` in the template context
# A template's `t(key=…)` for a message no language of the reader's chain defines. $key: the message; $lang: the reader's language.
render-template-message-undefined = the message `{ $key }` is not defined for `{ $lang }` nor any language it falls back to; add it to locales/<lang>/*.ftl

## The site as a whole: addresses, links between pages, headings, cited services (src/site/).

# A page's old address (`aliases`) is a page's own address. $path: the old address; $page: the page's address.
site-alias-is-a-page = the old address /{ $path } is also the page at /{ $page }: remove it from `aliases`, or give it to one page only
# Two pages give the same old address. $path: the address; $old: as the other page writes it; $file: the other page.
site-alias-is-an-alias = the old address /{ $path } is also the old address /{ $old } of { $file }: remove it from `aliases`, or give it to one page only
# Links to headings that another generator's template code would make. $code: the template code; $links, $pages: how many link from how many pages; $ids: the first ids linked to.
site-anchors-in-template-code = senda does not run `{ $code }`, template code of another site generator, so the headings it would make are missing: { $links ->
        [one] 1 link
       *[other] { $links } links
    } on { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    } point to them ({ $ids }). Write those headings in Markdown here
# A link to a heading the page does not have. $written: the link's address; $target: the page's file; $fragment: the id after `#`; $hint: near (an id like it: $near), same-place (the translation's heading where the source has it: $source is the source's language, $heading the heading's text, $near its id) or none.
site-anchor-missing = `{ $written }`: { $target } has no heading with the id `{ $fragment }`{ $hint ->
        [near] {" "}(did you mean `#{ $near }`?)
        [same-place] {" "}(`#{ $fragment }` is the { $source } page's id; this page's heading in the same place is “{ $heading }”: `#{ $near }`)
       *[none] {""}
    }
# A warning on a translation that lacks a heading another page links to. $fragment: the id; $file and $line: where the link is; $readers: the language whose readers get this translation.
site-anchor-missing-in-translation = no heading with the id `{ $fragment }`, which { $file }:{ $line } links to ({ $readers } readers get this page there); give the matching heading `{"{"}#{ $fragment }{"}"}`
# A link to a folder that has no index.md. $written: the address; $folder: the folder.
site-link-folder-without-page = `{ $written }` is a folder with no page of its own: add { $folder }/index.md (a title is enough: its page lists the folder's pages)
# A link to a file that does not exist, and a page's file with a name like it. $path: the address; $near: the page's file.
site-link-file-missing-near = `{ $path }` does not exist: link to a page's .md file, or put the file in the content folder (did you mean { $near }?)
# A link to an address that is no page. $written: the address.
site-link-page-missing = link to a page that does not exist: `{ $written }`
# The same, with a page whose file has a name like it. $near: that file.
site-link-page-missing-near = link to a page that does not exist: `{ $written }` (did you mean { $near }?)
# A link to a page's .md file that is not in this language or its fallbacks. $written: the address; $id: the page's name.
site-link-page-file-missing = link to a page that does not exist: `{ $written }` (no { $id }.md in this language or its fallbacks)
# The same, with a page whose file has a name like it. $near: that file.
site-link-page-file-missing-near = link to a page that does not exist: `{ $written }` (no { $id }.md in this language or its fallbacks; did you mean { $near }?)
# One address that reaches nothing, linked from many places: one problem for them all, at the first. $problem: the problem there; $count: how many links; $pages: on how many pages; $places: the next places (file:line, with commas); $more: how many places are not listed; $kind: page (an address, which another program may serve: $address, from the site's root) or file.
site-link-missing-everywhere = { $problem }; the same address is linked { $count } times from { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }, also at { $places }{ $more ->
        [0] {""}
        [one] {" "}and 1 more place
       *[other] {" "}and { $more } more places
    }{ $kind ->
        [page] . If another program serves this address (a form, a search page), list it in senda.toml: `served_elsewhere = ["{ $address }"]` under `[links]`
       *[other] {""}
    }
# An address in `[links] served_elsewhere` that cannot be one of the site's. $address: as written; $why: start (not from the root), root (the root itself) or part (a part no address has).
config-served-elsewhere = `{ $address }` in `served_elsewhere` is not an address of the site: { $why ->
        [start] write it from the site's root, starting with one `/`, like `/contact-us`
        [root] `/` is the site's root, where senda publishes the language picker
       *[part] write it without spaces, `#`, `?`, or `.` and `..` parts, like `/contact-us`
    }
# A warning (an error in `senda check`) at a page's `review_by`. $date: the date passed.
site-review-overdue = was due for review on { $date }: check it against current rules, then update `updated` and `review_by`
# A warning on a language's folder that has pages but no index.md, so senda made its home page. $lang: the language's code.
site-home-made = the { $lang } pages have no home page, so senda made one that lists them at /{ $lang }/: write content/{ $lang }/index.md to say what readers find first
# Two pages at one address. $other: the other page's file; $path: the address.
site-route-taken = this page and { $other } would both be published at /{ $path }; give one of them another slug
# A page at the address where an untranslated page's copy in the default language goes. $path: the address; $id: that page.
site-route-taken-by-fallback = this page's address /{ $path } is also where the untranslated page `{ $id }` goes; give it another slug
# A folder's name with a sign an address cannot have. $dir: the folder; $character: the sign.
site-folder-name-character = the folder name `{ $dir }` contains `{ $character }`, which cannot be part of an address: rename the folder
# A file's name with a sign an address cannot have. $segment: the name without .md; $character: the sign.
site-file-name-character = the file name `{ $segment }.md` contains `{ $character }`, which cannot be part of an address: rename the file, or give the page a `slug` in its front matter
# A ```services``` block for a place with no services. $place: the place; $count: how many categories it asks for; $categories: those categories.
site-services-none-there = no service in `services/` is in `{ $place }` or around it{ $count ->
        [0] {""}
       *[other] {" "}with the categories { $categories }
    }: check the place (like `mx/chiapas`), or add the services there
# A ```service``` block names a service with its folders or `.toml`. $bare: the name alone.
site-service-cited-with-folders = write `{ $bare }`: a service is cited by its file's name alone, without folders or `.toml`
# A ```service``` block names a service that does not exist. $id: as written; $bare: the file's name.
site-service-unknown = there is no service `{ $id }` in `services/` (no file `{ $bare }.toml` in it or its folders).
# The same, with a service whose name is like it. $near: that service.
site-service-unknown-near = there is no service `{ $id }` in `services/` (no file `{ $bare }.toml` in it or its folders). Did you mean `{ $near }`?
# A service's place has no name in the site's main language. $place: the place; $count: how many names are missing; $others, $last: the missing messages; $default: the main language; $hint: place (a place like it: $near), message (a message like it: $near) or none.
site-place-unnamed = the place `{ $place }` has no name in the site's main language: add { $count ->
        [one] { $last }
       *[other] { $others } and { $last }
    } to locales/{ $default }/places.ftl.{ $hint ->
        [place] {" "}If it is a typo: did you mean `{ $near }`?
        [message] {" "}If it is a typo: did you mean the place named by `{ $near }`?
       *[none] {""}
    }
# A word of the directory's pages that the site's main language does not define. $id: the message; $default: the main language.
site-directory-word-missing = the message `{ $id }` is not defined, and the directory's pages need it: copy it from senda's own locales/{ $default }/directory.ftl (or locales/es/directory.ftl), then put it in your words
# A language a service speaks that has no name in the site's main language. $code: the language; $id: its message; $default: the main language.
site-language-unnamed = the language `{ $code }` has no name in the site's main language: add `{ $id } = …` to locales/{ $default }/directory.ftl, with the name its speakers would recognise
# A warning: an MDX value in an address (`href={RELEASE.url}`) that the site's own code fills in; $value: it as written.
markdown-mdx-value = `{ $value }` is a value the site's own code fills in, and senda cannot know it, so the address is left out: write the address itself
# A warning: an MDX value in running text (`{RELEASE.version}`); $value: it as written.
markdown-mdx-expression = `{ $value }` is a value the site's own code fills in, and senda cannot know it, so readers see it as written: write the value itself
# A warning: a component drawn by the site's own code (`<DocCardList/>`); $name: it as written.
markdown-mdx-component = `{ $name }` is drawn by the site's own code, and senda cannot draw it, so nothing is shown in its place: write in Markdown what it shows
# A warning: a component that is the text of another file; $name: the component; $file: the file it is imported from.
markdown-mdx-partial = `{ $name }` puts the text of another file (`{ $file }`) here, and senda does not, so nothing is shown in its place: copy that file's text into the page
# A warning: Jekyll's `{% include x %}`; $tag: it as written; $file: the file it names.
markdown-liquid-include = `{ $tag }` puts the text of another file (`{ $file }`, in the site's `_includes` folder) here, and senda does not, so nothing is shown in its place: copy that file's text into the page
# A warning: a `#` heading in a page's text; $words: its words.
markdown-heading-h1 = the heading “{ $words }” is a `#` heading, but a page has one main heading, its title: senda shows this heading and every other heading of the page one level lower. Start sections at `##`
# A warning: a video `<iframe>` (YouTube, Vimeo) made a link; $title: the video's title.
markdown-html-video = the video “{ $title }” is shown as a link to it, not played in the page: pages carry no players of other sites, and a family chooses when to spend data on a video
# A warning: an `<h1>` written in a page's raw HTML.
markdown-html-h1 = a page has one main heading, its title, so this `<h1>` is shown as `<h2>` (and so is every other `<h1>` in the page's HTML): write `<h2>` here, or make its words the page's title
# A warning: `<Warning>` (or another admonition component) with no closing tag; $tag: the opening line; $name: the component.
markdown-mdx-unclosed = `{ $tag }` is never closed, so what follows is read as HTML, its links unchecked, up to the next empty line: add `</{ $name }>` on a line of its own where the box ends
