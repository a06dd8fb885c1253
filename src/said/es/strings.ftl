## Los textos Fluent del propio sitio (locales/<idioma>/*.ftl) y las palabras que piden los temas (src/i18n/).

strings-folder-not-a-language = la carpeta `{ $name }` no es un idioma declarado en senda.toml, así que sus textos no se leen: añade el idioma en `[[languages]]` de senda.toml, o borra la carpeta
strings-fluent-error = { $detail }
strings-message-undefined = el mensaje `{ $id }` no está definido para `{ $lang }` ni para ningún idioma de respaldo; añádelo a este archivo
strings-message-format-failed = el mensaje `{ $id }`: no se pudo poner en palabras
strings-message-unformattable = el mensaje `{ $id }` no se pudo poner en palabras
strings-message-unknown-variable = el mensaje `{ $id }`: `{"{"} ${ $name } {"}"}` no es un valor que el tema dé a este mensaje: deja los nombres dentro de `{"{"} {"}"}` como los tiene el idioma de origen (son del tema y no se traducen), o pregunta a quien hizo el tema
strings-message-fluent-error = el mensaje `{ $id }`: { $detail }
strings-escape-digits = después de `\{ $letter }` tiene que haber { $digits } dígitos hexadecimales (0-9, A-F)
strings-defined-twice = `{ $key }` ya está definido en { $file }, en la línea { $line }; el texto de aquí nunca se usa. Quédate con uno de los dos y borra el otro
strings-translated-name = `{ $name }` no es un nombre que Fluent pueda leer: los nombres después de `$` son del tema, en letras simples sin tildes ni apóstrofos, y no se traducen. Escribe el nombre como lo tiene el idioma de origen, como `{"{"} $date {"}"}`
strings-brace-unclosed = esta `{"{"}` nunca se cierra: ciérrala con `{"}"}` en la misma línea, como `{"{"} $name {"}"}`
strings-brace-unopened = esta `{"}"}` no cierra nada: quítala, o ábrela con `{"{"}`, como `{"{"} $name {"}"}`
strings-equals-missing = un mensaje necesita `=` después de su nombre, como `hello = Hola`; una línea que sigue un mensaje empieza con espacios
strings-default-variant-missing = una elección (`{"{"} $count -> … {"}"}`) necesita una opción por defecto: marca una de sus líneas con `*`, como `*[other] …`
strings-fluent-syntax = Fluent no puede leer esto (mensaje en inglés: { $detail }); compara la línea con las que funcionan
strings-term-unknown = `{"{"} -{ $term } {"}"}` nombra un término que este idioma no define: añade `-{ $term } = …` al archivo de este idioma
strings-reference-unknown = `{"{"} { $name } {"}"}` no nombra ningún mensaje de este idioma: para poner un valor, escribe `{"{"} ${ $name } {"}"}` con `$`; para usar otro mensaje, define `{ $name }` en el archivo de este idioma
strings-message-cycle = `{ $node }` se contiene a sí mismo ({ $ring }); un mensaje no puede referirse a sí mismo
strings-message-crowded = `{ $key }` tiene { $parts } partes entre `{"{"} {"}"}` una vez rellenados los mensajes que usa; Fluent se detiene en { $max }. Divídelo en mensajes más cortos
strings-message-crowded-endless = `{ $key }` tiene demasiadas partes entre `{"{"} {"}"}` una vez rellenados los mensajes que usa; Fluent se detiene en { $max }. Divídelo en mensajes más cortos
