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

## La lectura del Markdown de una página (src/markdown/).

markdown-callout-kind = un bloque `callout` es `important` o `danger`, no `{ $word }`
markdown-placeholder-contact-numbers = un contacto de ejemplo (`placeholder`) no puede llevar teléfono, WhatsApp ni correo
markdown-contact-email = `{ $email }` no es una dirección de correo
markdown-contact-website = el sitio web `{ $website }` debe empezar por https://
markdown-service-block-id = un bloque `service` nombra los servicios por el nombre de su archivo, uno por línea (como `comar`), no `{ $id }`
markdown-service-block-empty = este bloque `service` está vacío: escribe el nombre de un archivo de `services/` sin `.toml`, como `comar`
markdown-container-unclosed = este recuadro `{ $word }` nunca se cierra: añade una línea con `:::` donde termina
markdown-link-scheme = las direcciones `{ $scheme }:` no se permiten en el contenido
markdown-link-outside = `{ $dest }` apunta fuera de la carpeta de su idioma: los archivos que comparten todos los idiomas van en content/assets/, y las páginas los muestran o enlazan como `/assets/nombre.png`
markdown-image-elsewhere = la imagen `{ $dest }` está en otro sitio; los lectores le harían una petición. Pon el archivo en la carpeta de contenido
markdown-image-missing = la imagen `{ $dest }` no existe en la carpeta de contenido
markdown-link-file-missing = `{ $path }` no existe: enlaza al archivo .md de una página, o pon el archivo en la carpeta de contenido
markdown-nested-too-deep = aquí hay listas o citas una dentro de otra más de { $levels } niveles
markdown-callouts-too-deep = hay demasiados bloques `callout` uno dentro de otro
markdown-template-code = esto es código de plantilla de otro generador de sitios (un shortcode de Hugo o una etiqueta de Liquid): senda lo muestra tal como está escrito. Escribe en Markdown lo que produce
markdown-tabbed-list = esta lista tiene una sangría con tabulador, así que se muestra como código, en un recuadro más ancho que la pantalla de un teléfono: empieza cada línea de la lista con `-` sin tabulador delante (para listas dentro de listas, usa espacios)
markdown-spaced-address = una dirección con espacios no es un enlace, así que los lectores verían esto como texto: ponla entre `<` y `>`, como `(<{ $address }>)`, o cambia el nombre del archivo con guiones en lugar de espacios
markdown-heading-id-taken = el id de título `{ $id }` ya se usa en esta página
markdown-image-no-alt = esta imagen no tiene texto alternativo: escribe lo que muestra entre los corchetes, ![así](mapa.png), para quien no puede verla
markdown-html-removed-with-content = el elemento `<{ $name }>` se quita de la página con todo lo que contiene: las páginas no llevan scripts ni estilos. Escribe en Markdown lo que mostraba
markdown-html-removed = el elemento `<{ $name }>` se quita de la página (su texto se queda): las páginas usan solo HTML sencillo que cualquier teléfono muestra
markdown-html-attribute-removed = el atributo `{ $name }` se quita: las páginas no llevan scripts
markdown-html-address-removed = `{ $value }` se quita de la página: las imágenes y los enlaces vienen de este sitio o van a direcciones seguras

## La escritura de las páginas en HTML y en texto (src/render/).

render-link-no-page = no hay ninguna página para { $path }
render-no-page-for-route = no hay ninguna página para la ruta { $path }
render-theme-folder-missing = la carpeta del tema no existe
render-theme-template-missing = el tema no tiene la plantilla `{ $name }`
render-template-not-found = esta plantilla se usa pero no existe
render-template-parent-missing = extiende `{ $parent }`, que no existe
render-template-tera = la plantilla tiene un error (mensaje en inglés de tera, que lee las plantillas: { $detail })
render-template-tera-in = la plantilla tiene un error (mensaje en inglés de tera, que lee las plantillas: { $detail }) (en { $dir })
render-template-context = { $detail }
render-template-no-lang = t() necesita `lang` en el contexto de la plantilla
render-template-message-undefined = el mensaje `{ $key }` no está definido para `{ $lang }` ni para ningún idioma de respaldo; añádelo en locales/<idioma>/*.ftl

## El sitio en conjunto: direcciones, enlaces entre páginas, títulos, servicios citados (src/site/).

site-alias-is-a-page = la dirección antigua /{ $path } es también la de la página /{ $page }: quítala de `aliases`, o dásela a una sola página
site-alias-is-an-alias = la dirección antigua /{ $path } es también la dirección antigua /{ $old } de { $file }: quítala de `aliases`, o dásela a una sola página
site-anchors-in-template-code = senda no ejecuta `{ $code }`, código de plantilla de otro generador de sitios, así que faltan los títulos que produciría: { $links ->
        [one] 1 enlace
       *[other] { $links } enlaces
    } de { $pages ->
        [one] 1 página
       *[other] { $pages } páginas
    } { $links ->
        [one] apunta
       *[other] apuntan
    } a ellos ({ $ids }). Escribe esos títulos en Markdown aquí
site-anchor-missing = `{ $written }`: { $target } no tiene ningún título con el id `{ $fragment }`{ $hint ->
        [near] {" "}(¿quisiste decir `#{ $near }`?)
        [same-place] {" "}(`#{ $fragment }` es el id de la página en { $source }; el título de esta página en el mismo lugar es «{ $heading }»: `#{ $near }`)
       *[none] {""}
    }
site-anchor-missing-in-translation = no hay ningún título con el id `{ $fragment }`, al que enlaza { $file }:{ $line } (quienes leen en { $readers } reciben esta página ahí); añade `{"{"}#{ $fragment }{"}"}` al título que le corresponde
site-link-folder-without-page = `{ $written }` es una carpeta sin página propia: añade { $folder }/index.md (basta con un título: su página muestra las páginas de la carpeta)
site-link-file-missing-near = `{ $path }` no existe: enlaza al archivo .md de una página, o pon el archivo en la carpeta de contenido (¿quisiste decir { $near }?)
site-link-page-missing = enlace a una página que no existe: `{ $written }`
site-link-page-missing-near = enlace a una página que no existe: `{ $written }` (¿quisiste decir { $near }?)
site-link-page-file-missing = enlace a una página que no existe: `{ $written }` (no hay { $id }.md en este idioma ni en los idiomas de respaldo)
site-link-page-file-missing-near = enlace a una página que no existe: `{ $written }` (no hay { $id }.md en este idioma ni en los idiomas de respaldo; ¿quisiste decir { $near }?)
site-link-missing-everywhere = { $problem }; la misma dirección se enlaza { $count } veces desde { $pages ->
        [one] 1 página
       *[other] { $pages } páginas
    }, también en { $places }{ $more ->
        [0] {""}
        [one] {" "}y 1 lugar más
       *[other] {" "}y { $more } lugares más
    }{ $kind ->
        [page] . Si otro programa sirve esta dirección (un formulario, una búsqueda), anótala en senda.toml: `served_elsewhere = ["{ $address }"]` bajo `[links]`
       *[other] {""}
    }
config-served-elsewhere = `{ $address }` en `served_elsewhere` no es una dirección del sitio: { $why ->
        [start] escríbela desde la raíz del sitio, empezando por una sola `/`, como `/contacto`
        [root] `/` es la raíz del sitio, donde senda publica la página para elegir idioma
       *[part] escríbela sin espacios, `#` ni `?`, y sin partes `.` o `..`, como `/contacto`
    }
site-review-overdue = había que revisar esta página el { $date }: compárala con las normas vigentes y luego actualiza `updated` y `review_by`
site-home-made = las páginas en { $lang } no tienen página de inicio, así que senda hizo una que las enumera en /{ $lang }/: escribe content/{ $lang }/index.md para decir qué encuentran primero los lectores
site-route-taken = esta página y { $other } se publicarían las dos en /{ $path }; dale a una de ellas otro `slug`
site-route-taken-by-fallback = la dirección de esta página, /{ $path }, es también donde va la página sin traducir `{ $id }`; dale otro `slug`
site-folder-name-character = el nombre de carpeta `{ $dir }` contiene `{ $character }`, que no puede formar parte de una dirección: cambia el nombre de la carpeta
site-file-name-character = el nombre de archivo `{ $segment }.md` contiene `{ $character }`, que no puede formar parte de una dirección: cambia el nombre del archivo, o pon a la página un `slug` en su front matter
site-services-none-there = ningún servicio de `services/` está en `{ $place }` ni cerca{ $count ->
        [0] {""}
       *[other] {" "}con las categorías { $categories }
    }: revisa el lugar (como `mx/chiapas`), o añade ahí los servicios
site-service-cited-with-folders = escribe `{ $bare }`: un servicio se cita solo por el nombre de su archivo, sin carpetas ni `.toml`
site-service-unknown = no hay ningún servicio `{ $id }` en `services/` (ningún archivo `{ $bare }.toml` en esa carpeta ni dentro de ella).
site-service-unknown-near = no hay ningún servicio `{ $id }` en `services/` (ningún archivo `{ $bare }.toml` en esa carpeta ni dentro de ella). ¿Quisiste decir `{ $near }`?
site-place-unnamed = el lugar `{ $place }` no tiene nombre en el idioma principal del sitio: añade { $count ->
        [one] { $last }
       *[other] { $others } y { $last }
    } a locales/{ $default }/places.ftl.{ $hint ->
        [place] {" "}Si es una errata: ¿quisiste decir `{ $near }`?
        [message] {" "}Si es una errata: ¿quisiste decir el lugar que nombra `{ $near }`?
       *[none] {""}
    }
site-directory-word-missing = el mensaje `{ $id }` no está definido y las páginas del directorio lo necesitan: cópialo de locales/{ $default }/directory.ftl de senda (o de locales/es/directory.ftl) y luego escríbelo con tus palabras
site-language-unnamed = el idioma `{ $code }` no tiene nombre en el idioma principal del sitio: añade `{ $id } = …` a locales/{ $default }/directory.ftl, con el nombre que reconocerían quienes lo hablan
markdown-mdx-value = `{ $value }` es un valor que pone el código propio del sitio, y senda no puede saberlo, así que la dirección se quita: escribe la dirección misma
markdown-mdx-expression = `{ $value }` es un valor que pone el código propio del sitio, y senda no puede saberlo, así que se lee tal como está escrito: escribe el valor mismo
markdown-mdx-component = `{ $name }` lo dibuja el código propio del sitio, y senda no puede dibujarlo, así que en su lugar no se muestra nada: escribe en Markdown lo que muestra
markdown-mdx-partial = `{ $name }` pone aquí el texto de otro archivo (`{ $file }`), y senda no lo hace, así que en su lugar no se muestra nada: copia el texto de ese archivo en la página
markdown-liquid-include = `{ $tag }` pone aquí el texto de otro archivo (`{ $file }`, en la carpeta `_includes` del sitio), y senda no lo hace, así que en su lugar no se muestra nada: copia el texto de ese archivo en la página
markdown-heading-h1 = el título “{ $words }” es un título `#`, pero una página tiene un solo título principal, su título: senda muestra este título y todos los demás de la página un nivel más abajo. Empieza las secciones con `##`
markdown-html-video = el video “{ $title }” se muestra como un enlace, no se reproduce en la página: las páginas no llevan reproductores de otros sitios, y cada familia decide cuándo gastar datos en un video
markdown-html-h1 = una página tiene un solo título principal, su título, así que este `<h1>` se muestra como `<h2>` (y también cualquier otro `<h1>` del HTML de la página): escribe aquí `<h2>`, o haz de sus palabras el título de la página
markdown-mdx-unclosed = `{ $tag }` nunca se cierra, así que lo que sigue se lee como HTML, sin comprobar sus enlaces, hasta la siguiente línea vacía: añade `</{ $name }>` en una línea sola donde termina la caja
