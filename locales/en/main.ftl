# Interface strings in English.
site-name = Your rights on the way
skip-to-content = Skip to content
languages = Languages
all-languages = All languages
menu = Topics
menu-heading = { $count ->
    [one] One topic
   *[other] { $count } topics
}
home = Home
notice-untranslated = This page is not translated into your language yet. We show it in { $language }.
notice-draft-translation = This translation is a draft. A native speaker still has to check it.
notice-legal-review = A lawyer still has to check this page.
notice-stale = The original of this page has changed. This translation may be out of date.
last-reviewed = Last reviewed: { $date }
disclaimer = This is general information, not legal advice. Programs and rules change: ask an organisation you trust.
not-found-title = We could not find this page
not-found-text = The address may have changed. You can go back to the start.
callout-important = Important
callout-danger = If you are in danger now
contact-phone = Phone
contact-hours = Hours
contact-address = Address
contact-placeholder = A local service's verified contact goes here. We do not have it yet: ask at a shelter or an organisation you trust.
date = { $month } { $day }, { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
share = Share:
text-version = Text only
offline-intro = Every page in one file. You can save it, pass it on over WhatsApp or Bluetooth, and read it without internet.
back-to-top = Back to top
read-online = On the internet:
