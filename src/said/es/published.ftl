## Lo que se publica de content/ además de las páginas (site/unused.rs, config/publish.rs).

unused-file = ninguna página enlaza ni muestra este archivo, así que no se publica: enlázalo desde una página (`[{ $name }]({ $target })` en una página de content/{ $lang }/), sácalo de content/, o ponlo en senda.toml (`publish = ["{ $rel }"]`) si otros sitios o folletos impresos lo enlazan
unused-recording = ninguna página enlaza este archivo, y no es la grabación de una página (una con el nombre de su página, `ninos-solos.mp3` junto a `ninos-solos.md`, o la que nombra `recording` en la página), así que no se publica: enlázalo desde una página (`[{ $name }]({ $target })` en una página de content/{ $lang }/), sácalo de content/, o ponlo en senda.toml (`publish = ["{ $rel }"]`) si otros sitios o folletos impresos lo enlazan
publish-empty = un patrón vacío en `publish` no nombra ningún archivo: bórralo
publish-from-language-folders = escribe un patrón de `publish` desde dentro de las carpetas de idioma (`descargas/*.pdf`), o desde `content/` con el idioma primero (`es/descargas/*.pdf`)
publish-backslash = separa las carpetas de un patrón de `publish` con `/`, como en `descargas/*.pdf`
publish-no-file = `{ $pattern }` en `publish` no nombra ningún archivo de content/: corrígelo o bórralo

## La sección del editor en el navegador en senda.toml (config/editor.rs).

editor-backend = senda no conoce el `backend` del editor `{ $backend }`: escribe `github` o `gitlab`
editor-repo = el `repo` del editor `{ $repo }` se escribe `dueño/nombre`, como en la dirección del repositorio (`org/derechos`), sin espacios
editor-address-https = el `{ $field }` del editor `{ $text }` debe ser una dirección que empiece con https://, sin espacios ni comillas
editor-address = el `{ $field }` del editor `{ $text }` debe ser una dirección que empiece con https:// o con /, sin espacios ni comillas
editor-branch = la rama (`branch`) del editor `{ $branch }` debe ser un nombre de rama, sin espacios
