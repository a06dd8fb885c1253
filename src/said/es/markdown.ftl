## El informe de senda check.

check-counts = { $errors ->
        [one] 1 error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] 1 aviso
       *[other] { $warnings } avisos
    }
check-whole-site = (todo el sitio)
check-translations-heading = Traducciones
check-translations-heading-short = Traducciones (`senda check --verbose` muestra cada página)
