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
notice-partly-translated = Only { $translated } of the { $total } parts of this page are translated into your language. The other parts are in { $language }.
notice-draft-translation = This translation is a draft. A native speaker still has to check it.
notice-legal-review = A lawyer still has to check this page.
notice-stale = The original of this page has changed. This translation may be out of date.
last-reviewed = Last reviewed: { $date }
disclaimer = This is general information, not legal advice. Programs and rules change: ask an organisation you trust.
based-on = Based on: { $sources }
based-on-years = Based on texts from { $years }
source-month = { $month } { $year }
not-found-title = We could not find this page
not-found-text = The address may have changed. You can go back to the start.
callout-important = Important
callout-danger = If you are in danger now
video-link = Watch the video
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
leaflets = To print
leaflet-trifold = Trifold leaflet
leaflet-booklet = Booklet
leaflet-card = Wallet cards
leaflet-phone = To read on a phone
leaflet-press = for a print shop
leaflet-poster = Poster
paper-a4 = A4
paper-letter = US Letter
paper-a3 = A3
leaflet-more = Read more and share this information:
# In a leaflet, where the text names a service whose numbers are printed on the back.
leaflet-numbers-back = its numbers are on the back
# Beside the PDFs to print: how to print them so that they fold right.
print-note = Print on both sides, flip on the short edge, at 100 % (not “fit to page”).
# On the back of a wallet card, for the holder to show an official.
card-official = For the official
# On a wallet card, lines to write on by hand.
card-lawyer = My lawyer:
card-write-phone = Phone:
# Under the still of an animation (a GIF), the link to the animation. $size: its weight ("2.9 MB").
image-moving = See it moving ({ $size })
language-card = I speak { $language }. I need an interpreter for { $language }.
# Languages as an English sentence names them, on the language cards ("I speak Spanish").
# A language without a line here is named as its speakers name it.
language-name-es = Spanish
language-name-en = English
language-name-quc = K'iche'
language-name-mam = Mam
language-name-kjb = Q'anjob'al
language-name-ht = Haitian Creole
language-name-fr = French
language-name-pt = Portuguese
language-name-ar = Arabic
language-name-so = Somali
quick-exit = Leave this page quickly
listen = Listen · { $duration } · { $size }
listen-download = Download the audio
recording-stale = The page changed after this recording: it may not say the same.
listen-qr = Listen to this information
listen-all = Listen: every recording
recording-synthetic = Sample: this is a synthetic voice reading the start of the page, to show how a recording is offered. It is not a recording of a person.
