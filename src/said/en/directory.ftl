## The service directory (services/*.toml) and phone numbers.

# A text field of a service is written on several lines. $field: the field (`name`); $table: the language of its `[text.…]` table, or `none`.
directory-field-several-lines = `{ $field }{ $table ->
        [none] {""}
       *[other] ` of `[text.{ $table }]
    }` is written on several lines: write it on one line, its parts separated by commas (like `100 Calle Ficticia, Centro, El Paso`). Each of its lines would be a line of its own in the text version, where it looks like a line senda checked (a phone number nobody checked)
# A service's text holds a control character. $field, $table: as above; $code: the character (`U+000B`).
directory-field-control-character = `{ $field }{ $table ->
        [none] {""}
       *[other] ` of `[text.{ $table }]
    }` holds an invisible control character ({ $code }): delete it. It usually comes with text copied from a PDF or a word processor; phones show it as a box, or break the contact card there
# A service's text is too long. $field, $table: as above; $count: its characters; $max: the limit.
directory-field-too-long = `{ $field }{ $table ->
        [none] {""}
       *[other] ` of `[text.{ $table }]
    }` has { $count } characters, and a service's text may have at most { $max }: shorten it; a directory entry should say in a few lines who helps and how (the web page, the printed list and the phone's contact card all show it whole). A site that truly needs longer text raises `service_text_chars` under `[limits]` in senda.toml
# A service's email has `?cc=` or similar after it. $email: as written.
directory-email-query = `{ $email }` is more than an email address: what follows `?` (`cc=`, `bcc=`, `body=`) would copy other addresses or fill in a message for whoever taps it: write only the service's address, like `ayuda@ejemplo.org`
# A service's email holds several addresses. $email: as written.
directory-email-not-one = `{ $email }` is not one email address (it holds spaces, `,`, `;` or `&`): a service has one address here; write only the service's address, like `ayuda@ejemplo.org`
# A service's email has no `@`. $email: as written.
directory-email-no-at = `{ $email }` is not an email address (it has no `@`): write only the service's address, like `ayuda@ejemplo.org`
# A service's email is not a valid address. $email: as written.
directory-email-invalid = `{ $email }` is not an email address: it is a name, `@` and a domain, in letters, digits and `. _ - +` (no other signs); write only the service's address, like `ayuda@ejemplo.org`
# A service's website does not start with https://. $website: as written.
directory-website-scheme = the website `{ $website }` must start with https://
# A service's website has a space in it. $website: as written.
directory-website-space = the website `{ $website }` holds a space, a line break or an invisible character: write its address as the browser shows it, on one line (a space is written `%20`)
# A service file's name is not safe in an address. $id: the name without .toml; $suggested: a safe name.
directory-file-name-unsafe = the file name `{ $id }` cannot be part of an address (its contact card would be published at `…/directory/{ $id }.vcf`, and signs like `#`, `?`, `%`, capitals, accents and spaces break or change such an address): name the file with small letters, digits, `-` and `_` only, like `{ $suggested }.toml`, and write `{ $suggested }` where pages cite it
# A category, group served or cost that senda does not know. $code: as written; $kind: category, group or cost; $listed: the codes senda knows.
directory-code-unknown = `{ $code }` is not a { $kind ->
        [category] category
        [group] group
       *[cost] cost
    } senda knows. The { $kind ->
        [category] categories
        [group] groups a service serves
       *[cost] costs
    } are { $listed }
# As directory-code-unknown, with the code most like it. $closest: that code.
directory-code-unknown-closest = `{ $code }` is not a { $kind ->
        [category] category
        [group] group
       *[cost] cost
    } senda knows. Did you mean `{ $closest }`? The { $kind ->
        [category] categories
        [group] groups a service serves
       *[cost] costs
    } are { $listed }
# Two service files have the same name. $id: the name; $first: the other file.
directory-service-twice = another service is already called `{ $id }` ({ $first }): pages cite services by file name, so give this file another name
# A service is past its review date (a warning; check makes it an error). $date: the review_by date.
directory-service-overdue = was due to be verified again on { $date }: call or visit the service, check every number and address, then update `verified_on`, `verified_by` and `review_by`; until then it is left out of print and shown as not verified
# A service's verified_on is in the future. $date: that date.
directory-verified-future = `verified_on` is { $date }, a day that has not come yet: write the day someone called or visited the service
# Too many services in one place. $place: the place; $count: its services; $limit: the most allowed.
directory-place-crowded = the place `{ $place }` has { $count } services, and a place may have at most { $limit }: its page and printed list would be too long to use. Give services the place they are really in (a city of their own, or a state or the country for those that serve it all), or remove those that repeat others. A site that truly needs more raises `services_per_place` under `[limits]` in senda.toml
# A service has an empty categories list.
directory-categories-missing = a service needs `categories`, what it offers: for example `categories = ["legal"]`
# A spoken language listed twice. $code: the language code.
directory-language-twice = `{ $code }` is listed twice: delete one
# A `[text.xx]` table for a language the site does not have. $lang: the code; $listed: the tables it may have.
directory-text-language-unknown = the site has no language `{ $lang }`, so `[text.{ $lang }]` would never be shown: write one of { $listed }
# Coordinates out of range.
directory-coordinates-range = coordinates are `[latitude, longitude]`, like `[14.9056, -92.2636]`: latitude between -90 and 90, longitude between -180 and 180
# A placeholder service with a phone number.
directory-placeholder-with-number = this service is marked `placeholder = true` (no verified number yet) but has a number: remove the number or the placeholder
# A service with no way to reach it.
directory-unreachable = this service has no phone, WhatsApp, SMS, email, website or address: add the one you verified, or `placeholder = true` until someone does
# A service's place is not written as country/state/city. $place: as written.
directory-place-form = the place `{ $place }` should be a country's two-letter code, then a state and a city, in small letters, digits and `-`: like `mx/chiapas/tapachula`, `mx/chiapas` or `mx`
# A place with a part made of digits. $place: as written; $number: that part.
directory-place-digits = the place `{ $place }` has a part made only of digits (`{ $number }`), and addresses ending in a number are the further pages of a place's services: write its name (`mx/chiapas`, not `mx/07`)
# A site language written in another case. $own: as senda.toml writes it.
directory-language-case = write `{ $own }`, as senda.toml writes it
# A spoken language that is not a code. $code: as written.
directory-language-not-code = `{ $code }` is not a language code: write codes like `es`, `quc` (K'iche'), `mam` or `pt-BR`
# A spoken language code of the wrong length. $code: as written.
directory-language-letters = `{ $code }` is not a language code: codes have two or three small letters (ISO 639); write codes like `es`, `quc` (K'iche'), `mam` or `pt-BR`

## Phone numbers (services and pages' contact blocks).

# Not a phone number at all. $written: as written.
phone-not-a-number = `{ $written }` is not a phone number: write it as it is dialled from abroad, like `+52 55 1234 5678`
# `ext.` with no digits. $written: as written.
phone-extension-digits = `{ $written }`: write the extension's digits after `ext.` (like `+52 55 1234 5678 ext. 12`), or leave `ext.` out if the service has no extension
# A number no numbering plan has. $written: as written; $code: the country code (52); $hint: short, mexican-mobile, prefix or none (the likely cause).
phone-not-in-plan = `{ $written }` is not a number that exists in the numbering plan of its country (+{ $code }): check it digit by digit against the organisation's own website or a call.{ $hint ->
        [short] {" "}Short numbers (911, 089) cannot be checked against a numbering plan: write the full number the service gives, or name the short number in its description.
        [mexican-mobile] {" "}Mexico dropped the 1 after +52 for mobile numbers in 2019: leave it out (`+52 962 …`).
        [prefix] {" "}If it starts with a prefix for calling inside the country (Mexico's 01, 044 and 045 were dropped in 2019), leave the prefix out.
       *[none] {""}
    }
