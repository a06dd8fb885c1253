## Lo que hace una construcción del sitio: folletos, grabaciones, imágenes y SVG, presupuestos, la carpeta de salida.

leaflet-nested-too-deeply = las listas o citas están anidadas a demasiada profundidad para imprimirlas en un folleto
leaflet-failed = folleto `{ $layout }` ({ $paper }): { $detail }
leaflet-panels-too-long = el folleto `{ $layout }` ({ $paper }) no se hizo: el texto necesita { $needed } paneles a { $smallest } pt, el tamaño más pequeño que se lee bien, y este formato tiene { $panels }: acórtalo unas { $over } palabras, o imprime el formato de cuadernillo (`booklet`)
leaflet-panels-too-short = el folleto `{ $layout }` ({ $paper }): sus { $words } palabras dejan un panel de dentro más de la mitad en blanco, aun con la letra más grande: imprime la página como tarjeta o cartel (`layouts = ["card", "poster"]`), o escribe más
leaflet-section-too-long-for-panel = el folleto `{ $layout }` ({ $paper }) no se hizo: una sección o una lista es más larga que un panel aun a { $smallest } pt, y quedaría partida en un doblez: divídela con un título `##`, o imprime el formato de cuadernillo (`booklet`)
leaflet-panel-too-long = el folleto `{ $layout }` ({ $paper }) no se hizo: su panel { $name } no cabe en un panel: pon en la página menos bloques de contacto, o un título o una descripción más cortos
leaflet-booklet-too-long = el folleto `{ $layout }` ({ $paper }) no se hizo: el cuadernillo tendría { $total } páginas, más de { $max }; divide la página en otras más cortas
leaflet-poster-too-long = el folleto `{ $layout }` ({ $paper }) no se hizo: sus puntos clave no caben a { $size } pt: acorta la primera frase de cada sección `##`, o pon en la página menos secciones
leaflet-card-nothing = el folleto `{ $layout }` ({ $paper }) no se hizo: la tarjeta solo tendría servicios sin un número verificado, y no vale la pena llevarla: pon en la página las líneas que una familia debe guardar (`card = ["…"]` en sus ajustes `leaflet`), o quita `card` de sus formatos
leaflet-card-too-long = { $what ->
        [language-card] tarjeta de idioma ({ $paper }):
       *[leaflet] el folleto `{ $layout }` ({ $paper }) no se hizo:
    } el texto de la tarjeta necesita el espacio de { $count } tarjetas; pon en la página líneas `card` más cortas en los ajustes de su folleto
leaflet-language-card-failed = tarjeta de idioma ({ $paper }): { $detail }
leaflet-list-failed = { $path }: { $detail }
leaflet-no-page = no hay página para { $path }
leaflet-glyphs-missing = los folletos ({ $layouts }) no pueden imprimir { $missing }: ninguna de sus fuentes lo tiene, así que saldría como un cuadro vacío. Escríbelo de otra forma, o añade una fuente que lo tenga a la carpeta fonts/ del tema
leaflet-accent-colour = el color de acento `{ $accent }` debe ser # y seis cifras hexadecimales, como "#00704a"
leaflet-logo-kind = el logo `{ $written }` debe ser un archivo SVG o PNG dentro de la carpeta del tema
leaflet-logo-missing = el logo `{ $written }` no está en la carpeta del tema
leaflet-feature-missing = no se hizo ningún folleto: esta copia de senda se compiló sin ellos (la función `leaflets` de cargo). Instala la versión publicada de senda, o compílala con `cargo build --release`, para imprimir folletos

## Grabaciones junto a las páginas.

recording-unreadable = esta grabación no se puede publicar: no se pudo leer ({ $reason }){ $fix ->
        [yes] {". "}Guárdala otra vez como MP3, WAV, Ogg o M4A
       *[no] {""}
    }
recording-feature-missing = esta grabación no se puede publicar: esta copia de senda se compiló sin grabaciones (la función `audio` de cargo). Instala la versión publicada de senda, o compílala con `cargo build --release`
recording-header-broken = esta grabación no se puede publicar: no se pudo leer: su cabecera está dañada ({ $detail }). Guárdala otra vez como MP3, WAV, Ogg o M4A
recording-no-sound = esta grabación no se puede publicar: no tiene sonido. Guárdala otra vez como MP3, WAV, Ogg o M4A
recording-not-sound = esta grabación no se puede publicar: no es un archivo de sonido que senda sepa leer ({ $detail }). Guárdala otra vez como MP3, WAV, Ogg o M4A
recording-no-track = esta grabación no se puede publicar: no tiene pista de sonido. Guárdala otra vez como MP3, WAV, Ogg o M4A
recording-codec = esta grabación no se puede publicar: su sonido está en un formato que senda no sabe leer ({ $detail }). Guárdala otra vez como MP3, WAV, Ogg o M4A
recording-truncated = esta grabación no se puede publicar: no se pudo leer hasta el final ({ $detail }). Guárdala otra vez como MP3, WAV, Ogg o M4A
recording-undecodable = esta grabación no se puede publicar: no se pudo descodificar ({ $detail }). Guárdala otra vez como MP3, WAV, Ogg o M4A
recording-not-opus = esta grabación no se puede publicar: no es un archivo Ogg Opus ({ $detail }). Guárdala otra vez como MP3, WAV, Ogg o M4A
recording-sample-rate = esta grabación no se puede publicar: su cabecera dice que tiene { $rate ->
        [one] 1 muestra
       *[other] { $rate } muestras
    } por segundo; una grabación tiene entre { $low } y { $high }: expórtala otra vez desde tu programa de grabación (lo normal es 16 000 o 48 000). Guárdala otra vez como MP3, WAV, Ogg o M4A
recording-too-long = esta grabación no se puede publicar: dura más de { $minutes } minutos, la grabación más larga que acepta senda: córtala en grabaciones más cortas, una por página, o sube `recording_minutes` en `[limits]` de senda.toml. Guárdala otra vez como MP3, WAV, Ogg o M4A
recording-failed = esta grabación no se puede publicar: { $detail }. Guárdala otra vez como MP3, WAV, Ogg o M4A

## Imágenes.

image-unreadable = no se puede leer: { $reason }
image-too-many-pixels = esta imagen tiene { $width }×{ $height } píxeles ({ $millions } megapíxeles), más del límite de { $megapixels } megapíxeles: expórtala más pequeña, como mucho de { $megapixels } megapíxeles, o sube `image_megapixels` en `[limits]` de senda.toml

## Imágenes SVG que podrían ejecutar código o cargar archivos.

-svg-fix = exporta otra vez el dibujo como SVG simple (sin scripts, enlaces ni interactividad), o quita eso a mano
svg-not-utf8 = este SVG no es texto UTF-8, así que senda no puede comprobar que sea seguro publicarlo: guárdalo otra vez como UTF-8
svg-entity = este SVG declara una entidad (`<!ENTITY`), que puede convertirse en cualquier cosa, incluso saltarse esta comprobación; quita las declaraciones del DOCTYPE, o { -svg-fix }
svg-more = este SVG tiene { $count } partes inseguras más como estas; { -svg-fix }
svg-compressed-unreadable = este SVG comprimido no se puede descomprimir ({ $detail }): guárdalo otra vez como `.svg` simple
svg-compressed-too-big = este SVG comprimido ocupa más de { $mb } MB al descomprimirlo: guárdalo otra vez más pequeño, como `.svg` simple
svg-not-well-formed = este SVG no es XML bien formado ({ $detail }), así que senda no puede comprobar que sea seguro publicarlo; { -svg-fix }
svg-stylesheet = este SVG enlaza una hoja de estilo (`<?xml-stylesheet`), un archivo de fuera del dibujo; { -svg-fix }
svg-element-script = este SVG tiene un elemento `<{ $name }>`: un script, que se ejecutaría en el navegador de quien lo lea; { -svg-fix }
svg-element-embedded = este SVG tiene un elemento `<{ $name }>`: otro documento o archivo metido dentro del dibujo; { -svg-fix }
svg-html-element = este SVG tiene un elemento HTML `<{ $name }>`, que una imagen no necesita; { -svg-fix }
svg-animates-link = este SVG tiene un `<{ $name }>` que cambia `{ $target }`, lo que podría hacerlo apuntar a cualquier sitio; { -svg-fix }
svg-event-handler = este SVG tiene un manejador de eventos `{ $name }="{ $written }"`: código que se ejecutaría en el navegador de quien lo lea; { -svg-fix }
svg-script-address = este SVG tiene una dirección de script en `{ $name }="{ $written }"`; { -svg-fix }
svg-outside-reference = este SVG apunta a `{ $written }` en `{ $name }`, fuera del dibujo: una imagen SVG solo puede apuntar a sus propias partes (`#id`) y a imágenes PNG, JPEG, GIF o WebP dentro de ella (`data:image/…`); { -svg-fix }
svg-style-css = este SVG tiene un `<style>` que { $kind ->
        [url] carga un archivo de fuera del dibujo (`url(…)`)
        [import] importa otra hoja de estilo (`@import`)
        [image-set] carga un archivo de fuera del dibujo (`image-set(…)`)
        [image] carga un archivo de fuera del dibujo (`image(…)`)
        [cross-fade] carga un archivo de fuera del dibujo (`cross-fade(…)`)
        [src] carga un archivo de fuera del dibujo (`src(…)`)
        [expression] ejecuta un script (`expression(…)`)
        [escape] escribe caracteres como escapes de CSS (`\`), que podrían esconder lo que carga: escríbelos tal cual
       *[javascript] tiene una dirección de script (`javascript:`)
    }; { -svg-fix }
svg-attribute-css = este SVG tiene `{ $name }="{ $written }"`, que { $kind ->
        [url] carga un archivo de fuera del dibujo (`url(…)`)
        [import] importa otra hoja de estilo (`@import`)
        [image-set] carga un archivo de fuera del dibujo (`image-set(…)`)
        [image] carga un archivo de fuera del dibujo (`image(…)`)
        [cross-fade] carga un archivo de fuera del dibujo (`cross-fade(…)`)
        [src] carga un archivo de fuera del dibujo (`src(…)`)
        [expression] ejecuta un script (`expression(…)`)
        [escape] escribe caracteres como escapes de CSS (`\`), que podrían esconder lo que carga: escríbelos tal cual
       *[javascript] tiene una dirección de script (`javascript:`)
    }; { -svg-fix }

## Presupuestos de tamaño (avisos; `build --strict` los convierte en errores).

budget-page = la página { $path } pesa { $kb } KB comprimida con gzip, más del presupuesto de { $budget } KB: acórtala, o haz de ella una página en partes con `senda split { $file }` (sus primeras palabras enumeran las partes, y cada sección `##` se vuelve una página)
budget-image-kept = esta imagen pesa { $kb } KB, más del presupuesto de { $budget } KB, y senda no sabe hacer más pequeñas las imágenes { $format }: se publica tal como está. Guárdala como JPEG (una foto) o PNG (un dibujo o una captura de pantalla) y senda la ajustará
budget-image-unfitted = esta imagen pesa { $kb } KB, más del presupuesto de { $budget } KB, y senda no pudo hacerla más pequeña: se publica tal como está. Ábrela en un editor de imágenes, recórtala a lo importante y guárdala de nuevo
budget-image-transparent = esta imagen pesa { $kb } KB incluso después de que senda la hizo lo más pequeña que puede ({ $width }×{ $height } píxeles), más del presupuesto de { $budget } KB; tiene partes transparentes, así que sigue siendo PNG, y senda la publica así. Ponle un fondo liso, para que senda pueda guardarla como JPEG, o recórtala a lo importante
budget-image-smallest = esta imagen pesa { $kb } KB incluso después de que senda la hizo lo más pequeña que puede ({ $width }×{ $height } píxeles, { $format }), más del presupuesto de { $budget } KB: senda la publica así. Recórtala a lo importante, o usa una con menos detalle
image-moving = Míralo en movimiento ({ $size })
budget-recording = esta grabación pesa { $kb } KB una vez codificada, más del presupuesto de { $budget } KB para el audio de una página: divide la página, o grábala más corta

## La construcción del sitio y su carpeta de salida.

build-internal-error = la construcción se detuvo por un error interno ({ $detail }); no se escribió nada. Es un fallo de senda: avísanos, por favor, y dinos qué archivo cambiaste por último
progress-leaflets = haciendo los folletos
progress-pages = generando { $count } páginas
progress-offline = haciendo los archivos sin conexión
output-outside = `{ $path }` se escribiría fuera de la carpeta de salida; no se escribió nada
output-alias-over-file = la dirección antigua /{ $alias } en `aliases` convertiría `{ $path }`, un archivo que senda publica, en una carpeta: quítala de `aliases`
output-file-and-folder = `{ $path }` se publicaría a la vez como archivo y como carpeta; cambia el nombre de uno de los dos
output-published-twice = `{ $path }` se publicaría dos veces: senda crea un archivo ahí, y este también; cámbiale el nombre o muévelo
output-alias-taken = la dirección antigua /{ $path } en `aliases` es donde senda escribe otro archivo: quítala de `aliases`
