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
markdown-link-outside = `{ $dest }` points outside the content folder
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

# A page being written whose route the site does not know (a bug more than a mistake); $path: the route's address.
render-no-page-for-route = no page for { $path }
