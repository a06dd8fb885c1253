## What a build makes: leaflets, recordings, images and SVGs, budgets, the output folder.

# A leaflet's lists or quotes are nested too deeply for typst.
leaflet-nested-too-deeply = lists or quotes nest too deeply to print as a leaflet
# typst failed on a leaflet. $layout: trifold, booklet, card or poster; $paper: a4 or letter; $detail: typst's words.
leaflet-failed = leaflet `{ $layout }` ({ $paper }): { $detail }
# A trifold's text does not fit (a warning). $layout, $paper: as above; $needed: panels needed; $smallest: the smallest text size; $panels: panels in the layout; $over: words to cut.
leaflet-panels-too-long = leaflet `{ $layout }` ({ $paper }) was not made: the text needs { $needed } panels at { $smallest } pt, the smallest size that reads well, and this layout has { $panels }: shorten it by about { $over } words, or print the booklet layout instead
# A trifold's text is too short for its panels (a warning). $words: the page's words.
leaflet-panels-too-short = leaflet `{ $layout }` ({ $paper }): its { $words } words leave an inside panel more than half white, even at the largest size: print the page as a card or a poster instead (`layouts = ["card", "poster"]`), or write more
# A section or list longer than one panel (a warning): trifolds never break one across a fold.
leaflet-section-too-long-for-panel = leaflet `{ $layout }` ({ $paper }) was not made: a section or a list is longer than one panel even at { $smallest } pt, and it would be broken across a fold: split it with a `##` heading, or print the booklet layout instead
# A trifold's cover or back does not fit its panel (a warning). $name: which panel (its file's name).
leaflet-panel-too-long = leaflet `{ $layout }` ({ $paper }) was not made: its { $name } panel does not fit on one panel: give the page fewer contact blocks, or a shorter title or description
# A booklet would have too many pages (a warning). $total: its pages; $max: the most allowed.
leaflet-booklet-too-long = leaflet `{ $layout }` ({ $paper }) was not made: the booklet would have { $total } pages, over { $max }; split the page into shorter ones
# A poster's key points do not fit (a warning). $size: the smallest text size tried.
leaflet-poster-too-long = leaflet `{ $layout }` ({ $paper }) was not made: its key points do not fit at { $size } pt: shorten the first sentence of each `##` section, or give the page fewer sections
# A wallet card would hold only services without a verified number (a warning).
leaflet-card-nothing = leaflet `{ $layout }` ({ $paper }) was not made: the card would hold only services without a verified number, which is not worth carrying: give the page the lines a family must keep (`card = ["…"]` in its `leaflet` settings), or take `card` out of its layouts
# A wallet card's text is too long. $what: leaflet (a page's card) or language-card; $count: the cards it would need.
leaflet-card-too-long = { $what ->
        [language-card] language card ({ $paper }):
       *[leaflet] leaflet `{ $layout }` ({ $paper }) was not made:
    } the card's text needs { $count } cards' worth of space; give the page shorter `card` lines in its leaflet settings
# typst failed on a language card. $paper: a4 or letter; $detail: typst's words.
leaflet-language-card-failed = language card ({ $paper }): { $detail }
# typst failed on a directory list. $path: the list's address; $detail: typst's words.
leaflet-list-failed = { $path }: { $detail }
# A planned leaflet's page is gone (a bug). $path: its address.
leaflet-no-page = no page for { $path }
# Characters no leaflet font has (a warning). $layouts: the layouts; $missing: the characters.
leaflet-glyphs-missing = the leaflets ({ $layouts }) cannot print { $missing }: no font they use has it, so it would come out as an empty box. Write it another way, or add a font that has it to the theme's fonts/ folder
# The theme's leaflet accent colour is not a colour. $accent: as written.
leaflet-accent-colour = the accent colour `{ $accent }` should be # and six hexadecimal digits, like "#00704a"
# The theme's logo is not SVG or PNG. $written: as written.
leaflet-logo-kind = the logo `{ $written }` should be an SVG or PNG file inside the theme's folder
# The theme's logo file is missing. $written: as written.
leaflet-logo-missing = the logo `{ $written }` is not in the theme's folder
# senda was built without leaflets (a warning).
leaflet-feature-missing = no leaflets were made: this copy of senda was built without them (cargo's `leaflets` feature). Install the released senda, or build it with `cargo build --release`, to print leaflets

## Recordings beside pages.

# A recording file cannot be read. $reason: the system's words; $fix: yes when saving it again may help.
recording-unreadable = this recording cannot be published: it could not be read ({ $reason }){ $fix ->
        [yes] {". "}Save it again as MP3, WAV, Ogg or M4A
       *[no] {""}
    }
# senda was built without recordings.
recording-feature-missing = this recording cannot be published: this copy of senda was built without recordings (cargo's `audio` feature). Install the released senda, or build it with `cargo build --release`
# The decoder gave up on a broken header. $detail: its words.
recording-header-broken = this recording cannot be published: it could not be read: its header is broken ({ $detail }). Save it again as MP3, WAV, Ogg or M4A
recording-no-sound = this recording cannot be published: it holds no sound. Save it again as MP3, WAV, Ogg or M4A
# $detail: the decoder's words.
recording-not-sound = this recording cannot be published: it is not a sound file senda can read ({ $detail }). Save it again as MP3, WAV, Ogg or M4A
recording-no-track = this recording cannot be published: it holds no sound track. Save it again as MP3, WAV, Ogg or M4A
# $detail: the decoder's words.
recording-codec = this recording cannot be published: its sound is in a form senda cannot read ({ $detail }). Save it again as MP3, WAV, Ogg or M4A
# $detail: the decoder's words.
recording-truncated = this recording cannot be published: it could not be read to the end ({ $detail }). Save it again as MP3, WAV, Ogg or M4A
# $detail: the decoder's words.
recording-undecodable = this recording cannot be published: it could not be decoded ({ $detail }). Save it again as MP3, WAV, Ogg or M4A
# $detail: the Ogg reader's words.
recording-not-opus = this recording cannot be published: it is not an Ogg Opus file ({ $detail }). Save it again as MP3, WAV, Ogg or M4A
# A sample rate no recorder makes. $rate: the header's; $low, $high: the rates senda takes.
recording-sample-rate = this recording cannot be published: its header says it has { $rate ->
        [one] 1 sample
       *[other] { $rate } samples
    } a second; a recording has between { $low } and { $high }: export it again from your recording program (16,000 or 48,000 are usual). Save it again as MP3, WAV, Ogg or M4A
# A recording over the length limit. $minutes: the limit.
recording-too-long = this recording cannot be published: it is longer than { $minutes } minutes, the longest recording senda takes: cut it into shorter recordings, one per page, or raise `[limits] recording_minutes` in senda.toml. Save it again as MP3, WAV, Ogg or M4A
# The codec failed. $detail: its words.
recording-failed = this recording cannot be published: { $detail }. Save it again as MP3, WAV, Ogg or M4A

## Images.

# An image file cannot be read. $reason: the system's words.
image-unreadable = cannot be read: { $reason }
# An image over the pixel limit. $width, $height: its pixels; $millions: its megapixels; $megapixels: the limit.
image-too-many-pixels = this image is { $width }×{ $height } pixels ({ $millions } megapixels), over the limit of { $megapixels } megapixels: export it smaller, at most { $megapixels } megapixels, or raise `[limits] image_megapixels` in senda.toml

## SVG images that could run scripts or load files.

-svg-fix = export the drawing again as plain SVG (without scripts, links or interactivity), or remove it by hand
svg-not-utf8 = this SVG is not UTF-8 text, so senda cannot check it is safe to publish: save it again as UTF-8
svg-entity = this SVG declares an entity (`<!ENTITY`), which can expand to anything, even past this check; remove the DOCTYPE's declarations, or { -svg-fix }
# More problems than are shown. $count: how many more.
svg-more = this SVG has { $count } more unsafe parts like these; { -svg-fix }
# $detail: the compression library's words.
svg-compressed-unreadable = this compressed SVG cannot be unpacked ({ $detail }): save it again as plain `.svg`
# $mb: the limit in MB.
svg-compressed-too-big = this compressed SVG unpacks to more than { $mb } MB: save it again smaller, as plain `.svg`
# $detail: the XML parser's words.
svg-not-well-formed = this SVG is not well-formed XML ({ $detail }), so senda cannot check it is safe to publish; { -svg-fix }
svg-stylesheet = this SVG links a stylesheet (`<?xml-stylesheet`), a file from outside the drawing; { -svg-fix }
# $name: the element.
svg-element-script = this SVG has a `<{ $name }>` element: a script, which would run in readers' browsers; { -svg-fix }
# $name: the element.
svg-element-embedded = this SVG has a `<{ $name }>` element: another document or file embedded in the drawing; { -svg-fix }
# $name: the element.
svg-html-element = this SVG has an HTML element `<{ $name }>`, which an image has no use for; { -svg-fix }
# $name: the animation element; $target: the attribute it changes.
svg-animates-link = this SVG has a `<{ $name }>` that changes `{ $target }`, which could point it anywhere; { -svg-fix }
# $name: the attribute; $written: its value, shortened.
svg-event-handler = this SVG has an event handler `{ $name }="{ $written }"`: code that would run in readers' browsers; { -svg-fix }
svg-script-address = this SVG has a script address in `{ $name }="{ $written }"`; { -svg-fix }
svg-outside-reference = this SVG refers to `{ $written }` in `{ $name }`, outside the drawing: an SVG image may refer only to its own parts (`#id`) and to PNG, JPEG, GIF or WebP images inside it (`data:image/…`); { -svg-fix }
# A `<style>` that loads or hides something. $kind: what it does.
svg-style-css = this SVG has a `<style>` that { $kind ->
        [url] loads a file from outside the drawing (`url(…)`)
        [import] imports another stylesheet (`@import`)
        [image-set] loads a file from outside the drawing (`image-set(…)`)
        [image] loads a file from outside the drawing (`image(…)`)
        [cross-fade] loads a file from outside the drawing (`cross-fade(…)`)
        [src] loads a file from outside the drawing (`src(…)`)
        [expression] runs a script (`expression(…)`)
        [escape] writes characters as CSS escapes (`\`), which could hide what it loads: write them plainly
       *[javascript] has a script address (`javascript:`)
    }; { -svg-fix }
# An attribute read as CSS that loads or hides something. $name, $written: the attribute and its value; $kind: as svg-style-css.
svg-attribute-css = this SVG has `{ $name }="{ $written }"`, which { $kind ->
        [url] loads a file from outside the drawing (`url(…)`)
        [import] imports another stylesheet (`@import`)
        [image-set] loads a file from outside the drawing (`image-set(…)`)
        [image] loads a file from outside the drawing (`image(…)`)
        [cross-fade] loads a file from outside the drawing (`cross-fade(…)`)
        [src] loads a file from outside the drawing (`src(…)`)
        [expression] runs a script (`expression(…)`)
        [escape] writes characters as CSS escapes (`\`), which could hide what it loads: write them plainly
       *[javascript] has a script address (`javascript:`)
    }; { -svg-fix }

## Size budgets (warnings; `build --strict` makes them errors).

# $path: the page's address; $kb: its size after gzip; $budget: the budget in KB.
budget-page = the page { $path } weighs { $kb } KB after gzip, over the { $budget } KB budget: shorten it, or make it a page in parts with `senda split { $file }` (its first words list the parts, and each `##` section becomes a page)
# An image senda cannot make smaller, over the image budget. $kb: its size; $budget: the budget; $format: its format (WebP, SVG…).
budget-image-kept = this image weighs { $kb } KB, over the { $budget } KB budget, and senda cannot make { $format } images smaller: it is published as it is. Save it as JPEG (a photo) or PNG (a drawing or a screenshot) and senda will make it fit
# An image senda tried and failed to make smaller, over the image budget. $kb: its size; $budget: the budget.
budget-image-unfitted = this image weighs { $kb } KB, over the { $budget } KB budget, and senda could not make it any smaller: it is published as it is. Open it in an image editor, crop it to what matters and save it again
# An image with transparent parts, made as small as senda can and still over the budget. $kb: its size then; $budget: the budget; $width, $height: its size in pixels.
budget-image-transparent = this image weighs { $kb } KB even after senda made it as small as it can ({ $width }×{ $height } pixels), over the { $budget } KB budget; it has transparent parts, so it stays PNG, and senda publishes it like that. Give it a plain background, so that senda can save it as JPEG, or crop it to what matters
# An image made as small as senda can and still over the budget. $kb: its size then; $budget: the budget; $width, $height: its size in pixels; $format: the format senda saved it in (JPEG).
budget-image-smallest = this image weighs { $kb } KB even after senda made it as small as it can ({ $width }×{ $height } pixels, { $format }), over the { $budget } KB budget: senda publishes it like that. Crop it to what matters, or use one with less detail
# The link under the still of an animation (a GIF), to the animation itself. $size: its weight ("2.9 MB").
image-moving = See it moving ({ $size })
# $kb: the recording's size; $budget: the budget in KB.
budget-recording = this recording weighs { $kb } KB once encoded, over the { $budget } KB budget for a page's audio: split the page, or record it shorter

## The build and its output folder.

# A panic during a build. $detail: what it said.
build-internal-error = the build stopped on an internal error ({ $detail }); nothing was written. This is a bug in senda: please report it, with the file you changed last
# Progress lines on a terminal while building (followed by "…").
progress-leaflets = making leaflets
# $count: the pages.
progress-pages = rendering { $count } pages
progress-offline = making offline files
# $path: the file.
output-outside = `{ $path }` would be written outside the output folder; nothing was written
# $alias: the old address; $path: the file it would turn into a folder.
output-alias-over-file = the old address /{ $alias } in `aliases` would turn `{ $path }`, a file senda publishes, into a folder: remove it from `aliases`
output-file-and-folder = `{ $path }` would be published both as a file and as a folder; rename one of them
output-published-twice = `{ $path }` would be published twice: senda makes a file there, and so does this one; rename or move it
output-alias-taken = the old address /{ $path } in `aliases` is where senda writes another file: remove it from `aliases`
