# Textos de la interfaz en español (idioma de origen).
site-name = Tus derechos en el camino
skip-to-content = Ir al contenido
languages = Idiomas
all-languages = Todos los idiomas
menu = Temas
menu-heading = { $count ->
    [one] Un tema
   *[other] { $count } temas
}
home = Inicio
notice-untranslated = Esta página todavía no está traducida a tu idioma. La mostramos en { $language }.
notice-partly-translated = Solo { $translated } de las { $total } partes de esta página están traducidas a tu idioma. Las demás partes están en { $language }.
notice-draft-translation = Esta traducción es un borrador. Una persona hablante nativa todavía tiene que revisarla.
notice-legal-review = Una abogada o un abogado todavía tiene que revisar esta página.
notice-stale = La versión original de esta página cambió. Esta traducción puede estar desactualizada.
last-reviewed = Revisado por última vez: { $date }
disclaimer = Esta es información general, no es asesoría legal. Los programas y las reglas cambian: pregunta a una organización de confianza.
based-on = Basado en: { $sources }
based-on-years = Basado en textos de { $years }
source-month = { $month } de { $year }
not-found-title = No encontramos esta página
not-found-text = Tal vez la dirección cambió. Puedes volver al inicio.
callout-important = Importante
callout-danger = Si estás en peligro ahora
video-link = Mira el video
contact-phone = Teléfono
contact-hours = Horario
contact-address = Dirección
contact-placeholder = Aquí va el contacto verificado de un servicio local. Todavía no lo tenemos: pregunta en un albergue o a una organización de confianza.
date = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
share = Compartir:
text-version = Solo texto
offline-intro = Todas las páginas en un solo archivo. Puedes guardarlo y pasarlo por WhatsApp o Bluetooth, y leerlo sin internet.
back-to-top = Volver arriba
read-online = Versión en internet:
leaflets = Para imprimir
leaflet-trifold = Tríptico
leaflet-booklet = Folleto
leaflet-card = Tarjetas de bolsillo
leaflet-phone = Para leer en el teléfono
leaflet-press = para imprenta
leaflet-poster = Cartel
paper-a4 = A4
paper-letter = Carta
paper-a3 = A3
leaflet-more = Lee más y comparte esta información:
# En un folleto, donde el texto nombra un servicio cuyos números están impresos atrás.
leaflet-numbers-back = sus números están atrás
# Junto a los PDF para imprimir: cómo imprimirlos para que se doblen bien.
print-note = Imprime a doble cara, volteando por el lado corto, al 100 % (sin «ajustar a la página»).
# Detrás de la tarjeta de bolsillo, para que la persona la muestre a una autoridad.
card-official = Para la autoridad
# En la tarjeta de bolsillo, líneas para escribir a mano.
card-lawyer = Mi abogada o abogado:
card-write-phone = Teléfono:
# Bajo la imagen fija de una animación (un GIF), el enlace a la animación. $size: lo que pesa ("2.9 MB").
image-moving = Míralo en movimiento ({ $size })
language-card = Hablo { $language }. Necesito un intérprete de { $language }.
# Los idiomas como los nombra una frase en español, en las tarjetas de idioma ("Hablo inglés").
# Un idioma sin línea aquí se nombra como lo nombran sus hablantes.
language-name-es = español
language-name-en = inglés
language-name-quc = k'iche'
language-name-mam = mam
language-name-kjb = q'anjob'al
language-name-ht = criollo haitiano
language-name-fr = francés
language-name-pt = portugués
language-name-ar = árabe
language-name-so = somalí
quick-exit = Salir rápido de esta página
listen = Escuchar · { $duration } · { $size }
listen-download = Descargar el audio
recording-stale = La página cambió después de esta grabación: puede no decir lo mismo.
listen-qr = Escucha esta información
listen-all = Escuchar: todas las grabaciones
recording-synthetic = Muestra: esta es una voz sintética que lee el comienzo de la página, para mostrar cómo se ofrece una grabación. No es una grabación de una persona.
