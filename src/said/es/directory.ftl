## El directorio de servicios (services/*.toml) y los números de teléfono.

directory-field-several-lines = `{ $field }{ $table ->
        [none] {""}
       *[other] ` de `[text.{ $table }]
    }` está escrito en varias líneas: escríbelo en una sola línea, con sus partes separadas por comas (como `100 Calle Ficticia, Centro, El Paso`). Cada una de sus líneas sería una línea aparte en la versión de texto, donde parecería una línea que senda comprobó (un teléfono que nadie comprobó)
directory-field-control-character = `{ $field }{ $table ->
        [none] {""}
       *[other] ` de `[text.{ $table }]
    }` tiene un carácter de control invisible ({ $code }): bórralo. Suele venir con texto copiado de un PDF o de un procesador de textos; los teléfonos lo muestran como un cuadrito, o cortan ahí la tarjeta de contacto
directory-field-too-long = `{ $field }{ $table ->
        [none] {""}
       *[other] ` de `[text.{ $table }]
    }` tiene { $count } caracteres, y el texto de un servicio puede tener como mucho { $max }: acórtalo; una entrada del directorio debe decir en pocas líneas quién ayuda y cómo (la página web, la lista impresa y la tarjeta de contacto del teléfono lo muestran entero). Un sitio que de verdad necesite textos más largos sube `service_text_chars` en `[limits]` de senda.toml
directory-email-query = `{ $email }` es más que una dirección de correo: lo que sigue a `?` (`cc=`, `bcc=`, `body=`) copiaría otras direcciones o llenaría un mensaje a quien lo toque: escribe solo la dirección del servicio, como `ayuda@ejemplo.org`
directory-email-not-one = `{ $email }` no es una sola dirección de correo (tiene espacios, `,`, `;` o `&`): aquí un servicio tiene una sola dirección; escribe solo la dirección del servicio, como `ayuda@ejemplo.org`
directory-email-no-at = `{ $email }` no es una dirección de correo (no tiene `@`): escribe solo la dirección del servicio, como `ayuda@ejemplo.org`
directory-email-invalid = `{ $email }` no es una dirección de correo: es un nombre, `@` y un dominio, con letras, cifras y `. _ - +` (ningún otro signo); escribe solo la dirección del servicio, como `ayuda@ejemplo.org`
directory-website-scheme = el sitio web `{ $website }` debe empezar por https://
directory-website-space = el sitio web `{ $website }` tiene un espacio, un salto de línea o un carácter invisible: escribe su dirección como la muestra el navegador, en una sola línea (un espacio se escribe `%20`)
directory-file-name-unsafe = el nombre de archivo `{ $id }` no puede formar parte de una dirección web (su tarjeta de contacto se publicaría en `…/directory/{ $id }.vcf`, y signos como `#`, `?`, `%`, mayúsculas, acentos y espacios rompen o cambian esa dirección): nombra el archivo solo con minúsculas, cifras, `-` y `_`, como `{ $suggested }.toml`, y escribe `{ $suggested }` donde las páginas lo citan
directory-code-unknown = `{ $code }` no es { $kind ->
        [category] una categoría
        [group] un grupo
       *[cost] un costo
    } que senda conozca. { $kind ->
        [category] Las categorías son
        [group] Los grupos que atiende un servicio son
       *[cost] Los costos son
    } { $listed }
directory-code-unknown-closest = `{ $code }` no es { $kind ->
        [category] una categoría
        [group] un grupo
       *[cost] un costo
    } que senda conozca. ¿Quisiste decir `{ $closest }`? { $kind ->
        [category] Las categorías son
        [group] Los grupos que atiende un servicio son
       *[cost] Los costos son
    } { $listed }
directory-service-twice = ya hay otro servicio llamado `{ $id }` ({ $first }): las páginas citan los servicios por el nombre del archivo, así que ponle otro nombre a este archivo
directory-service-overdue = había que verificarlo otra vez el { $date }: llama o visita el servicio, comprueba cada número y dirección, y luego actualiza `verified_on`, `verified_by` y `review_by`; mientras tanto no se imprime y se muestra como no verificado
directory-verified-future = `verified_on` es { $date }, un día que todavía no ha llegado: escribe el día en que alguien llamó o visitó el servicio
directory-place-crowded = el lugar `{ $place }` tiene { $count } servicios, y un lugar puede tener como mucho { $limit }: su página y su lista impresa serían demasiado largas para usarlas. Pon cada servicio en el lugar donde de verdad está (su propia ciudad, o el estado o el país para los que atienden a todo él), o quita los que repiten a otros. Un sitio que de verdad necesite más sube `services_per_place` en `[limits]` de senda.toml
directory-categories-missing = un servicio necesita `categories`, lo que ofrece: por ejemplo `categories = ["legal"]`
directory-language-twice = `{ $code }` aparece dos veces: borra una
directory-text-language-unknown = el sitio no tiene el idioma `{ $lang }`, así que `[text.{ $lang }]` nunca se mostraría: escribe uno de estos: { $listed }
directory-coordinates-range = las coordenadas son `[latitud, longitud]`, como `[14.9056, -92.2636]`: la latitud entre -90 y 90, la longitud entre -180 y 180
directory-placeholder-with-number = este servicio está marcado `placeholder = true` (todavía sin número verificado) pero tiene un número: quita el número o el `placeholder`
directory-unreachable = este servicio no tiene teléfono, WhatsApp, SMS, correo, sitio web ni dirección: añade el que hayas verificado, o `placeholder = true` hasta que alguien lo haga
directory-place-form = el lugar `{ $place }` debe ser el código de dos letras de un país, luego un estado y una ciudad, en minúsculas, cifras y `-`: como `mx/chiapas/tapachula`, `mx/chiapas` o `mx`
directory-place-digits = el lugar `{ $place }` tiene una parte hecha solo de cifras (`{ $number }`), y las direcciones que terminan en un número son las páginas siguientes de los servicios de un lugar: escribe su nombre (`mx/chiapas`, no `mx/07`)
directory-language-case = escribe `{ $own }`, como lo escribe senda.toml
directory-language-not-code = `{ $code }` no es un código de idioma: escribe códigos como `es`, `quc` (k'iche'), `mam` o `pt-BR`
directory-language-letters = `{ $code }` no es un código de idioma: los códigos tienen dos o tres letras minúsculas (ISO 639); escribe códigos como `es`, `quc` (k'iche'), `mam` o `pt-BR`

## Números de teléfono (servicios y bloques de contacto de las páginas).

phone-not-a-number = `{ $written }` no es un número de teléfono: escríbelo como se marca desde el extranjero, como `+52 55 1234 5678`
phone-extension-digits = `{ $written }`: escribe las cifras de la extensión después de `ext.` (como `+52 55 1234 5678 ext. 12`), o quita `ext.` si el servicio no tiene extensión
phone-not-in-plan = `{ $written }` no es un número que exista en el plan de numeración de su país (+{ $code }): compáralo cifra por cifra con el sitio web de la organización o con una llamada.{ $hint ->
        [short] {" "}Los números cortos (911, 089) no se pueden comprobar con un plan de numeración: escribe el número completo que da el servicio, o nombra el número corto en su descripción.
        [mexican-mobile] {" "}México quitó en 2019 el 1 después de +52 en los números de celular: quítalo (`+52 962 …`).
        [prefix] {" "}Si empieza con un prefijo para llamar dentro del país (México quitó el 01, el 044 y el 045 en 2019), quita el prefijo.
       *[none] {""}
    }
