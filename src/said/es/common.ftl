## Las palabras alrededor de cada mensaje, y los mensajes que no son de una sola parte de senda.

# Las palabras de otra herramienta, tal como las dice.
verbatim = { $text }
label-error = error
label-warning = aviso
problems-found = Hay { $count } problemas; no se escribió nada.
internal-error = senda se detuvo por un error interno ({ $detail }); no se escribió nada. Es un fallo de senda: avísanos, por favor, y dinos qué archivo cambiaste por último
io-failed = no se pudo { $action ->
        [create] crear
        [write] escribir
        [read] leer
        [read-folder] leer la carpeta
        [link] enlazar
        [replace] reemplazar
        [find] encontrar
        [create-folder] crear la carpeta
        [make-folder] crear la carpeta
        [remove] borrar
        [remove-old-file] borrar el archivo anterior
        [remove-staging] borrar la carpeta provisional
        [remove-previous] borrar la salida anterior
        [remove-old-folder] borrar la carpeta anterior
        [remove-leftover] borrar la carpeta que quedó
        [move-into] mover la salida nueva a
        [move-aside] apartar la salida anterior
        [listen] escuchar en
        [watch] vigilar
        [make-zip] crear el zip
        [delete] borrar
       *[other] { $action }
    } `{ $path }`: { $reason }
