## La vista previa (senda serve) y las líneas de la propia orden (new, init, po, el resumen de build).

preview-port-in-use = el puerto { $port } ya está en uso, seguramente por otra vista previa (`senda serve`) que sigue abierta: ciérrala (Ctrl-C en su ventana), o usa otro puerto: `senda serve --port { $next }`
preview-first-build = primera construcción
preview-changed-folder = { $folder ->
        [locales] locales
        [theme] tema
        [services] servicios
       *[catalogues] catálogos
    }
preview-problems = { $what }: { $count ->
        [one] 1 problema, que se muestra
       *[other] { $count } problemas, que se muestran
    } en el navegador ({ $ms } ms)
preview-rebuilt = { $what }: sitio rehecho en { $ms } ms ({ $stages })
preview-internal-error = senda se detuvo por un error interno mientras construía el sitio; es un fallo de senda, no de tus archivos (avísanos, por favor). Al guardar un archivo lo intenta otra vez. El error: { $detail }
preview-host-refused = Esta vista previa solo responde a http://localhost, http://127.0.0.1 o http://[::1] (o a la dirección dada con --bind), no a { $host }: puede que una página de otro sitio esté intentando leerla.
preview-only-get = solo GET
preview-not-found = no encontrado
build-stage = { $stage ->
        [load] carga
        [leaflets] folletos
        [pages] páginas
        [other] resto
        [compress] compresión
        [write] escritura
        [serve] servir
       *[unnamed] { $stage }
    } { $ms } ms

## Las líneas de la orden.

serve-serving = sirviendo { $url } (tabla de traducciones en { $url }_status); pulsa Ctrl-C para parar
serve-feature-missing = esta copia de senda se compiló sin la vista previa (la función `serve` de cargo). Instala la versión publicada de senda, o compílala con `cargo build --release`
new-created = creado { $file }
new-kept = se deja { $file } como estaba (ya existía)
new-refreshed = rehecho { $file } a partir de su original (todavía tenía el texto de relleno)
init-created = sitio creado en { $dir }; prueba: senda build --root { $dir }
init-publish = para publicarlo: { $next }
po-template = { $file }: { $total } mensajes ({ $state ->
        [written] escrito
       *[unchanged] sin cambios
    })
po-catalogue = { $file }: { $translated } de { $total } traducidos, { $fuzzy } por revisar (el original cambió) ({ $state ->
        [written] escrito
       *[unchanged] sin cambios
    })
build-summary = se construyeron { $files } archivos ({ $kb } KB) en { $output } en { $ms } ms ({ $stages }): páginas { $languages }
build-language-fallback = { $lang } { $translated } + { $fallback } sin traducir
build-trifold-sizes = texto de los trípticos (el tamaño más grande que llena los paneles): { $sizes }
build-offline-sizes = offline.html comprimido con gzip: { $sizes }

## Lo que la vista previa dice de lo que encuentra check (serve/checked.rs).

preview-check-internal-error = senda se detuvo por un error interno al revisar; es un fallo de senda, no de tus archivos (avísanos, por favor). Al guardar un archivo lo intenta otra vez. El error: { $detail }
preview-check-counts = check: { $errors ->
        [one] 1 error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] 1 aviso
       *[other] { $warnings } avisos
    }, en sus páginas y en /_check
split-removed = se quitó { $file }: sus palabras están ahora en la carpeta del mismo nombre
split-translation = { $file } sigue siendo una sola página: divídela también con `senda split { $file }`, para que sus partes sigan a estas
split-folder-exists = la carpeta `{ $folder }` ya existe, así que dividir esta página mezclaría sus partes con otras páginas: mueve antes esa carpeta
split-too-few = esta página tiene menos de dos secciones `##`, así que no hay partes en que dividirla: pon antes títulos `##` a sus partes
split-not-a-page = `{ $file }` no es una página del sitio: indica el archivo de la página en la carpeta de su idioma, como `content/es/novedades.md`
split-index = `{ $file }` ya es la página de una sección: divide mejor una de las páginas de su carpeta
