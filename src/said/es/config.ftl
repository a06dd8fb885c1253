## senda.toml: leer y revisar la configuración del sitio (src/config/).

config-missing = aquí no hay ningún senda.toml: ejecuta senda en la carpeta de un sitio, o indica la carpeta con --root
config-base-url-start = { $flag }base_url `{ $url }` tiene que empezar por https://, http:// o /
config-base-url-spaces = { $flag }base_url `{ $url }` no puede tener espacios
config-base-url-placeholder = `{ $url }` es una dirección de ejemplo, no la dirección de tu sitio: los enlaces que la gente comparte y los códigos QR impresos en los folletos llevarían allí. Escribe aquí la dirección de tu sitio
config-language-code = el código de idioma `{ $code }` no es un código BCP 47 (letras, números y `-`, como `quc` o `pt-BR`)
config-language-twice = el idioma `{ $code }` está configurado dos veces
config-no-languages = no hay ningún idioma configurado en [[languages]]
config-default-language = default_language `{ $code }` no es ninguno de los idiomas configurados en [[languages]]
config-choice = { $field } tiene que ser "{ $first }" o "{ $second }", no "{ $value }"
config-fallback = el idioma de respaldo `{ $fallback }` de `{ $code }` no está configurado
config-plain-name = { $field } `{ $value }` solo puede tener letras, números, `-` y `_` ({ $field ->
        [theme] es una carpeta dentro de themes/
       *[other] da nombre a archivos
    })
config-audio-kbps = budgets.audio_kbps es la calidad de las grabaciones: un número entero del 6 al 64 (de 16 a 24 se entiende bien la voz)
config-budget-positive = budgets.{ $field } tiene que ser un número de kilobytes mayor que cero
config-quick-exit-url = safety.quick_exit_url tiene que ser una dirección https://
config-raw-html = raw_html tiene que ser "sanitize" o "allow", no "{ $value }"
config-host-unknown = el alojamiento `{ $host }` no es uno que senda conozca: escribe uno de estos: { $known }, o borra la línea para escribir los archivos de todos los alojamientos
config-audience-unknown = el público `{ $audience }` no es uno que senda conozca: escribe uno de estos: { $known }

## Errores de TOML en senda.toml, los datos de las páginas y las fichas de servicios (src/toml_error.rs).

toml-curly-quotes = el texto de `{ $key }` está entre comillas tipográficas ({ $quote }…{ $close }), como las escriben los procesadores de texto y los teléfonos; senda solo lee comillas rectas: `{ $key } = "{ $fixed }"`
toml-number = `{ $key }` es un número escrito con cifras, como `{ $key } = 10` (no `{ $value }`)
toml-switch = `{ $key }` es `true` o `false`, sin comillas (no `{ $value }`)
toml-text = el texto va entre comillas dobles: `{ $key } = "{ $value }"`
toml-whole-number = `{ $key }` es un número entero, sin comillas: `{ $key } = { $number }`
toml-no-closing-quote = a este texto le falta la comilla de cierre: termínalo con `"` en la misma línea
toml-date-does-not-exist = esta fecha no existe ({ $detail }): escríbela como año-mes-día, por ejemplo `2026-11-29`
toml-missing-field = falta el campo `{ $field }`: añade una línea `{ $field } = { $example }`
toml-date-two-ways = escribe la fecha como año-mes-día, sin comillas: `{ $key } = { $first }` si quieres decir el { $day } de { $month ->
            [1] enero
            [2] febrero
            [3] marzo
            [4] abril
            [5] mayo
            [6] junio
            [7] julio
            [8] agosto
            [9] septiembre
            [10] octubre
            [11] noviembre
           *[12] diciembre
        }, o `{ $key } = { $second }` si quieres decir el { $month } de { $day ->
            [1] enero
            [2] febrero
            [3] marzo
            [4] abril
            [5] mayo
            [6] junio
            [7] julio
            [8] agosto
            [9] septiembre
            [10] octubre
            [11] noviembre
           *[12] diciembre
        }
toml-date = escribe la fecha como año-mes-día, sin comillas: `{ $key } = { $date }`
toml-date-unreadable = escribe la fecha como año-mes-día, sin comillas, por ejemplo `{ $key } = 2026-11-29` (no `{ $value }`)
toml-apostrophe = este texto está entre comillas simples y tiene un apóstrofo dentro, que lo termina antes de tiempo: ponlo entre comillas dobles: `{ $key } = "{ $text }"`
toml-quote-inside = una `"` dentro del texto lo termina antes de tiempo: usa comillas tipográficas “ ” dentro, o escribe `\"`
toml-unknown-field = campo desconocido `{ $unknown }` (¿quisiste decir `{ $candidate }`?)
toml-error = senda no puede leer este TOML (mensaje en inglés: { $detail })

## senda init y senda new (src/scaffold.rs).

init-publish-github = pon la carpeta en un repositorio de GitHub, súbela (push) y, en Settings > Pages del repositorio, elige "GitHub Actions" en Source (.github/workflows/senda.yml hace el resto)
init-publish-gitlab = pon la carpeta en un proyecto de GitLab y súbela (push): .gitlab-ci.yml la construye y la publica en GitLab Pages
init-publish-netlify = pon la carpeta en un repositorio y añádelo en Netlify como sitio nuevo: netlify.toml da la configuración de la construcción
init-publish-cloudflare = en Cloudflare Pages, conecta el repositorio con el comando de construcción `pip install senda-ssg=={ $version } && senda build` y la carpeta de salida `public`
init-publish-apache = ejecuta senda build y sube todo lo que hay en public/, con el archivo oculto .htaccess, a tu carpeta web por FTP
scaffold-file-exists = ya existe; no se cambió nada
init-base-url = --base-url `{ $url }` no es una dirección web: escríbela completa, como https://derechos.example.org/
init-folder-not-empty = no está vacía; elige una carpeta nueva para el sitio
new-page-path = `{ $path }` no es una ruta de página: usa letras, números y `-`, con `/` entre carpetas, como `guias/mexico`
new-page-exists = `{ $path }` ya existe en todos los idiomas; no se cambió nada
