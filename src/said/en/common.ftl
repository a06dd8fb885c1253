## Words around every message, and messages from no one part of senda.

# Another tool's words, shown as they are.
verbatim = { $text }
label-error = error
label-warning = warning
problems-found = { $count } problems found; nothing was written.
internal-error = senda stopped on an internal error ({ $detail }); nothing was written. This is a bug in senda: please report it, with the file you changed last
io-failed = failed to { $action ->
        [create] create
        [write] write
        [read] read
        [read-folder] read the folder
        [link] link
        [replace] replace
        [find] find
        [create-folder] create the folder
        [make-folder] make the folder
        [remove] remove
        [remove-old-file] remove the old file
        [remove-staging] remove the staging folder
        [remove-previous] remove the previous output
        [remove-old-folder] remove the old folder
        [remove-leftover] remove the leftover folder
        [move-into] move the new output into
        [move-aside] move aside the previous output
        [listen] listen on
        [watch] watch
        [make-zip] make the zip
        [delete] delete
       *[other] { $action }
    } `{ $path }`: { $reason }
