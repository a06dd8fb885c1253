# Textos del directorio de servicios (carpeta services/): sus páginas, y los nombres de las
# categorías, de a quién sirve cada servicio y de lo que cuesta.
directory = Quién puede ayudar
directory-intro = Organizaciones y oficinas públicas que pueden ayudarte, según su lugar. Antes de ir, pregunta si el servicio sigue abierto y si cuesta dinero.
directory-also = También en { $place }
service-verified = Revisado el { $date } por { $by }
service-unverified = No revisado desde el { $date }: estos datos pueden estar mal. Confírmalos antes de ir.
service-placeholder = Todavía no tenemos un número verificado de este servicio. Pregunta en un albergue o a una organización de confianza cómo contactarlo.
service-left-out = { $count ->
    [one] Un servicio no está en esta lista porque sus datos no se revisaron a tiempo. Búscalo en la página web.
   *[other] { $count } servicios no están en esta lista porque sus datos no se revisaron a tiempo. Búscalos en la página web.
}
service-serves = Para
service-languages = Idiomas
service-cost = Costo
service-map = Ver en el mapa
service-save = Guardar en mis contactos
service-print = Lista para imprimir
category-emergency = Emergencias
category-child-protection = Protección de la niñez
category-asylum = Asilo
category-legal = Ayuda legal
category-shelter = Albergue
category-health = Salud
category-reintegration = Regreso y reintegración
serves-everyone = Todas las personas
serves-children-alone = Niñas, niños y adolescentes solos o separados
serves-families = Familias
serves-women = Mujeres
serves-lgbtqi = Personas LGBTQI+
cost-free = Gratis
cost-low-cost = Bajo costo
cost-paid = Con costo
# Idiomas que se hablan en un servicio y que el sitio no tiene, con el nombre que les dan sus hablantes:
# language-kjb = Q'anjob'al
