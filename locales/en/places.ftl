# Names of the directory's places: `place-mx` for `place = "mx"`, `place-mx-chiapas` for
# `place = "mx/chiapas"`.
place-mx = Mexico
place-us = United States
