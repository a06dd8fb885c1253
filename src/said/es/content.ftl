## Leer los archivos del sitio (src/files.rs).

file-symbolic-link = es un enlace simbólico; senda no sigue enlaces, para que no se publique nada de fuera del sitio. Copia aquí el archivo
file-not-utf8 = este archivo no es texto UTF-8 válido; vuelve a guardarlo como UTF-8

## Escribir la carpeta de salida (src/write/).

write-refused-site = senda no escribe el sitio en `{ $output }`: esa carpeta contiene el propio sitio (`{ $site }`), y una construcción reemplaza todo lo que hay en su carpeta de salida. Escribe en una carpeta aparte, como `--output public`. No se escribió nada
write-refused-source = senda no escribe el sitio en `{ $output }`: `{ $name }` es una carpeta del propio sitio, y la construcción la reemplazaría. Escribe en una carpeta aparte, como `--output public`. No se escribió nada
write-refused-file = senda no escribe el sitio en `{ $output }`: es un archivo, no una carpeta. Indica una carpeta, como `--output public`. No se escribió nada
write-refused-foreign = senda no escribe el sitio en `{ $output }`: ya tiene archivos que senda no hizo (no tiene el archivo `{ $mark }` de una construcción anterior), y una construcción reemplaza todo lo que hay dentro. Indica una carpeta nueva o vacía, o saca antes esos archivos

## Las páginas y la carpeta content/ (src/content/).

file-unreadable = no se puede leer: { $reason }
recording-missing = la grabación `{ $file }` que nombran los datos de la página no está en content/{ $lang }/: pon allí el archivo de audio, o corrige su nombre
content-outside-language = las páginas van dentro de la carpeta de un idioma, por ejemplo content/es/
content-unknown-language = la carpeta `{ $folder }` no es un idioma declarado en senda.toml; añádelo en [[languages]] o cambia el nombre de la carpeta
page-named-otherwise = parece una página, pero senda solo lee archivos cuyo nombre termina en `.md`, en minúsculas, y publicaría este como descarga: cámbiale el nombre a `{ $page }`
page-problem-untranslated = { $problem } (así lo muestra { $catalogue } donde no tiene traducción)
page-too-large = esta página ocupa { $size } MB; una página tiene que ocupar menos de { $limit } MB (quien la lee paga cada kilobyte): divídela en varias páginas
page-no-title = esta página no tiene título: añade `title = "…"` a sus datos (front matter), o empieza su texto con una línea `# Título`
page-no-front-matter = una página tiene que empezar con sus datos (front matter) entre dos líneas `+++` (como mínimo `title` y `updated`)
page-front-matter-unclosed = los datos (front matter) que se abren aquí nunca se cierran: añade después una línea con `+++`
page-title-empty = el título está vacío
page-index-slug = una página index toma la dirección de su carpeta; quítale el slug
page-date-plain = `{ $date }` tiene que ser solo una fecha, como 2026-11-25
alias-slash = la dirección antigua `{ $alias }` tiene que empezar por `/`: escríbela desde la raíz del sitio, como `/antigua/pagina/`
alias-character = la dirección antigua `{ $alias }` contiene `{ $character }`, que no puede formar parte de una dirección publicada
alias-dots = la dirección antigua `{ $alias }` no puede ser la raíz del sitio ni tener partes `.` o `..`
slug-empty = el slug está vacío
slug-dot = el slug `{ $slug }` no puede empezar por un punto
slug-character = el slug `{ $slug }` contiene `{ $character }`; usa solo letras, números y `-` (se convierte en una parte de la dirección)
source-no-name = la fuente no tiene nombre: escribe quién la publicó, y su título si ayuda
source-date = `{ $date }` no es una fecha que senda lea aquí: escribe el año y el mes en que se publicó, como "2021-03", o solo el año, como "2021"

## Catálogos de páginas para quien traduce, po/<código>.po (src/catalogue/).

catalogue-unread = ningún idioma de senda.toml lee este catálogo, así que sus traducciones nunca se muestran: llámalo po/<código>.po con el código de uno de los otros idiomas del sitio ({ $languages })

## Leer un archivo PO, po/<código>.po (src/po/).

po-previous-line = una línea `#|` da el texto del que se hizo una traducción dudosa (fuzzy), como `#| msgid "…"`, `#| msgctxt "…"` o `#| "…"` justo después de una de esas
po-msgstr-without-msgid = este `msgstr` no tiene ningún `msgid` encima: cada traducción va justo después del texto que traduce, `msgid "…"` y luego `msgstr "…"`
po-duplicate = este mensaje ya está en el archivo, en la línea { $first }: un mensaje solo puede aparecer una vez. Quédate con la entrada que tenga la mejor traducción (línea { $first } o línea { $line }) y borra la otra
po-header-line = la línea de la cabecera `{ $line }` no es un campo: cada línea del `msgstr` de la cabecera dice `Nombre: valor\n`, como `Language: quc\n`
po-charset = este archivo dice que está escrito en `{ $charset }`, pero senda solo lee y escribe UTF-8: guárdalo como UTF-8 y cambia la cabecera a `charset=UTF-8`
po-msgid-without-msgstr = este `msgid` no tiene ningún `msgstr` después: añade la traducción en la línea siguiente, como `msgstr "…"` (o `msgstr ""` si aún no está traducido)
po-twice = esta entrada ya tiene un `{ $keyword }`, en la línea { $line }: un texto que ocupa varias líneas sigue en líneas que solo tienen texto entre comillas "…", y un mensaje nuevo empieza con su propio `msgid`
po-plural = las páginas no tienen formas de plural, así que los catálogos de senda no tienen `msgid_plural` ni `msgstr[…]`: esta entrada no viene de la plantilla de senda; bórrala, desde sus comentarios hasta su última línea `msgstr[…]`
po-unknown-keyword = `{ $word }` no es algo que un archivo PO pueda decir aquí: una línea empieza con `msgid`, `msgstr` o `msgctxt`, con un texto entre comillas "…", o con `#` para un comentario (el texto siempre va entre comillas dobles)
po-unknown-keyword-suggest = `{ $word }` no es algo que un archivo PO pueda decir aquí: ¿quisiste decir `{ $keyword }`? Una línea empieza con `msgid`, `msgstr` o `msgctxt`, con un texto entre comillas "…", o con `#` para un comentario (el texto siempre va entre comillas dobles)
po-no-opening-quote = a este `{ $keyword }` le falta la comilla de apertura: su texto va entre comillas dobles, como { $keyword } "…"
po-after-closing-quote = hay algo más después de la comilla de cierre: si esa `"` es parte del texto, escríbela `\"`; si termina el texto, borra lo que va detrás
po-no-closing-quote = a este texto le falta la comilla de cierre: añade `"` al final de la línea (una comilla dentro del texto se escribe `\"`)
po-trailing-backslash = esta línea termina en una barra invertida: un texto termina con `"`, y una barra invertida dentro del texto se escribe `\\`
po-unknown-escape = `\{ $character }` no es un código de escape que un archivo PO conozca: una barra invertida se escribe `\\`, una comilla `\"`, un salto de línea `\n` y un tabulador `\t`
po-escape-not-letter = este código de escape no corresponde a ninguna letra: escribe la letra tal cual (el archivo es UTF-8)
