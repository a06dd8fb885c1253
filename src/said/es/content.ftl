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
content-outside-language = las páginas van dentro de la carpeta de un idioma, por ejemplo content/es/; los archivos que comparten todos los idiomas van en content/assets/
content-unknown-language = la carpeta `{ $folder }` no es un idioma declarado en senda.toml; añádelo en [[languages]] o cambia el nombre de la carpeta. Los archivos que comparten todos los idiomas (imágenes, documentos) van en content/assets/, que se publica en /assets/
content-shared-page = content/assets/ guarda los archivos que comparten todos los idiomas, no páginas: mueve esta página a la carpeta de un idioma
content-shared-taken = este archivo y { $other } se publicarían los dos en /{ $path }: cambia el nombre de uno de ellos
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

## senda status: la tabla de traducciones, y marcar una traducción como al día (src/status/).

status-state = { $state ->
        [source] original
        [ok] al día
        [stale] atrasada
        [unknown] sin marcar
        [missing] falta
        [review] revisar
       *[partial] parcial
    }
status-page-column = página
status-translated-column = traducidos
status-to-check-column = por revisar
status-untranslated-column = sin traducir
status-summary = { $stale ->
        [one] 1 atrasada
       *[other] { $stale } atrasadas
    }, { $missing ->
        [one] 1 falta
       *[other] { $missing } faltan
    }, { $review ->
        [one] 1 espera revisión
       *[other] { $review } esperan revisión
    }. Después de poner al día una traducción, ejecuta `senda status --stamp content/<idioma>/<página>.md`.
status-source-changed = { $page }: { $source } cambió desde que se tradujo
status-translate-what-changed = Traduce lo que cambió y luego ejecuta `senda status --stamp` sobre la traducción.
status-no-copy-kept = (marcada por una versión antigua de senda, que no guardaba copia del original: compara los dos archivos; desde la próxima marca se muestra cada cambio)
status-before = antes
status-after = ahora
status-new = nuevo
status-taken-out = quitado
status-catalogue-counts = { $catalogue }: { $done } de { $total } mensajes traducidos, { $fuzzy } por revisar (el original cambió)
status-catalogue-page-instead = se publica { $page } en su lugar
status-catalogue-translated = traducida
status-catalogue-rest-in-source = el resto se muestra en el idioma original
status-recordings = grabaciones:
status-recording-state = { $state ->
        [ok] al día
        [stale] atrasada: la página cambió después de revisar la grabación
       *[unknown] sin marcar: nunca se comparó con la página
    }
status-recordings-how = Después de comparar una grabación con su página, ejecuta `senda status --stamp-recording content/<idioma>/<página>.md`.
status-services = servicios:
status-service-state = { $state ->
        [ok] al día
        [partial] parcial
       *[missing] falta
    }
status-service-overdue = ATRASADO: había que verificarlo el { $date }
status-service-due = verificar antes del { $date }
status-services-how = El texto de un servicio en un idioma va bajo `[text.<código>]` en su archivo (`partial`: faltan algunos de los textos que tiene el idioma principal); después de llamar o visitar el servicio, actualiza `verified_on`, `verified_by` y `review_by`.
stamp-no-source = no tiene página original
stamp-source-itself = es el propio texto original; marca sus traducciones, no el original
stamp-draft = sigue siendo un borrador (`draft = true`): no se publica, y quien la lee la recibe en otro idioma. Quita `draft = true` cuando esté traducida
stamp-same-text = tiene el mismo texto que { $source }: todavía no está traducida, aunque ahora está marcada como al día
stamp-no-recording = no tiene grabación: ponla junto a la página con el mismo nombre (`{ $name }.mp3`)
stamp-not-under-content = no es una página dentro de content/<idioma>/
stamp-not-a-page = no es una página de este sitio

## Los avisos de senda check y su resumen de traducciones (src/check/).

check-old-source = su fuente más reciente es de { $date }, hace más de { $years } años: comprueba sus datos con una fuente más nueva, o sube `[check] source_years` en senda.toml si siguen siendo válidos
check-template-message-missing = el mensaje `{ $key }` no está definido para `{ $lang }` ni para ningún idioma de respaldo; añádelo en locales/<idioma>/*.ftl
check-template-not-given = el mensaje `{ $key }`: `{"{"} ${ $name } {"}"}` no es un valor que el tema dé a este mensaje ({ $gives ->
        [senda-none] no da ninguno
       *[other] da { $gives }
    }): { $dropped ->
        [senda-none] deja los nombres dentro de `{"{"} {"}"}` como los tiene el idioma original: son del tema, y no se traducen
       *[other] escribe { $dropped } tal como estaba: los nombres dentro de `{"{"} {"}"}` son del tema, y no se traducen
    }
check-recording-stale = { $why ->
        [changed] su texto cambió después de comparar la grabación con él
       *[never] nadie ha confirmado que la grabación lea el texto tal como está
    }: escucha la grabación junto a la página, grábala de nuevo si no coinciden, y luego ejecuta `senda status --stamp-recording { $page }`
check-orphan = su original, { $gone }, ya no existe: quienes leen en { $name } { $shown ->
        [senda-none] ya no reciben esta página
       *[other] ahora la reciben en { $shown }
    }{ $measured ->
        [senda-none] {""}
       *[other] , y las traducciones se comparan ahora con { $measured }
    }. Vuelve a poner el original o, si la página se retiró, borra también sus traducciones
check-translation-missing = todavía sin traducir: quienes leen la reciben en { $language ->
        [senda-none] ningún idioma (no se publica)
       *[other] { $language }
    }
check-translation-stale = atrasada: su original cambió desde que se tradujo; ponla al día y luego ejecuta `senda status --stamp` sobre ella{ $changes }
check-translation-partial = traduce { $done } de los { $total } mensajes de la página `{ $page }`: el resto se muestra en { $language ->
        [senda-none] ningún idioma (no se publica)
       *[other] { $language }
    }
check-translation-review = espera revisión (`review` en sus datos)
check-translation-unknown = nunca se marcó: compárala con su original y luego ejecuta `senda status --stamp` sobre ella
check-service-partial = a `[text.{ $code }]` le falta { $lacking ->
        [description] `description`
        [hours] `hours`
       *[both] `description` y `hours`
    }: quienes leen en { $language } lo reciben en otro idioma hasta que lo añadas
check-service-missing = no tiene `[text.{ $code }]`: quienes leen en { $language } { $shown ->
        [senda-none] no reciben ni descripción ni horario; añade sus textos en { $language }
       *[other] reciben su descripción y su horario en { $shown }
    }
check-strings-undefined = mensajes que se usan pero no están definidos en el idioma principal: { $keys }
check-string-unused = el mensaje `{ $key }` no se usa nunca
check-strings-untranslated = { $count } textos de la interfaz no están traducidos (quienes leen los ven en { $language ->
        [senda-nowhere] ningún idioma
       *[other] { $language }
    }); cópialos de locales/{ $default }/{ $file } y tradúcelos: { $keys }
check-strings-copied = { $keys } ({ $count ->
        [one] línea
       *[other] líneas
    } { $lines }) { $count ->
        [one] es
       *[other] son
    } el mismo texto, palabra por palabra, que en { $from }, así que quienes leen en { $language } { $count ->
        [one] lo
       *[other] los
    } ven en otro idioma en todas las páginas: { $count ->
        [one] tradúcelo
       *[other] tradúcelos
    } a { $language }
check-heading-jump = este título salta del nivel { $previous } al { $level }; quienes usan lector de pantalla se mueven por niveles: usa { $marks }
check-long-sentence = una frase de { $words } palabras (más de { $limit }); a niñas y niños les resultan más fáciles las frases cortas: “{ $opening } …”
check-long-sentences = { $count } frases de más de { $limit } palabras en esta página (la más larga tiene { $longest }); a niñas y niños les resultan más fáciles las frases cortas. La primera: “{ $opening } …”
check-average-sentence = las frases tienen { $words } palabras de media; intenta que tengan { $aim } o menos
check-fact-differs = `{ $written }` no es lo que tiene el original ({ $source }): { $expected }. Cópialo cifra por cifra: una cifra equivocada lleva a quien lee a un desconocido
check-fact-extra = `{ $written }` no está en el original ({ $source }): añádelo también allí, o quítalo de aquí
check-fact-missing = el original ({ $source }) tiene { $expected }, que esta traducción no incluye
check-summary-in = { $count } en { $language ->
        [senda-none] ningún idioma (no se publica)
        [senda-nowhere] ningún idioma
       *[other] { $language }
    }
check-summary-pages = { $done } de { $total } páginas al día
check-summary-state = { $count } { $state ->
        [stale] { $count ->
            [one] atrasada
           *[other] atrasadas
        }
        [unknown] sin marcar
       *[review] { $count ->
            [one] espera revisión
           *[other] esperan revisión
        }
    }
check-summary-missing = { $count } sin traducir (quienes leen las reciben: { $readers })
check-summary-strings = { $count } de { $total } textos de la interfaz sin traducir (quienes leen los ven: { $readers })
check-summary-services = { $count } de { $total } servicios sin traducir (o traducidos en parte)

po-text-without-keyword = este texto entre comillas no sigue a ningún `msgid` ni `msgstr`: un texto que ocupa varias líneas continúa justo después de la línea de su palabra clave

content-empty-everywhere = esta página está vacía, y ningún otro idioma la tiene: escribe sus datos entre dos líneas `+++` (por lo menos `title` y `updated`) y su texto, o borra el archivo
