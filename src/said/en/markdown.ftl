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
