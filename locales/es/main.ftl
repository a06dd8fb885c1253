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
notice-draft-translation = Esta traducción es un borrador. Una persona hablante nativa todavía tiene que revisarla.
notice-legal-review = Una abogada o un abogado todavía tiene que revisar esta página.
notice-stale = La versión original de esta página cambió. Esta traducción puede estar desactualizada.
last-reviewed = Revisado por última vez: { $date }
disclaimer = Esta es información general, no es asesoría legal. Los programas y las reglas cambian: pregunta a una organización de confianza.
not-found-title = No encontramos esta página
not-found-text = Tal vez la dirección cambió. Puedes volver al inicio.
callout-important = Importante
callout-danger = Si estás en peligro ahora
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
