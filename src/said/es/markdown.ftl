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
markdown-link-outside = `{ $dest }` apunta fuera de la carpeta de contenido
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

render-no-page-for-route = no hay ninguna página para { $path }
