# Nombres de los lugares del directorio: `place-mx` para `place = "mx"`, `place-mx-chiapas`
# para `place = "mx/chiapas"`.
place-mx = México
place-us = Estados Unidos
