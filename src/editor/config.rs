//! Decap CMS's configuration (`admin/config.yml`), made from `senda.toml` and what the site
//! holds: the pages as folder collections with one folder per language, the services as TOML
//! collections, each field with the choices and patterns senda checks. Written as JSON, which is
//! YAML too, so no YAML writer is needed.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::config::{Backend, Config, Editor};
use crate::directory::{Directory, vocab};

/// The words of the editor's forms: Spanish for a site written first in Spanish, else English.
struct Words {
    spanish: bool,
}

impl Words {
    fn say<'a>(&self, es: &'a str, en: &'a str) -> &'a str {
        if self.spanish { es } else { en }
    }
}

/// The whole configuration: backend, languages, media and collections. `folders` are the folders
/// under the default language's folder that hold pages (`guias`), `directory` the services.
pub fn decap(
    config: &Config,
    editor: &Editor,
    folders: &BTreeSet<String>,
    directory: &Directory,
) -> Value {
    let words = Words {
        spanish: config.default_language.split('-').next() == Some("es"),
    };
    let mut locales = vec![config.default_language.clone()];
    locales.extend(
        config
            .languages
            .iter()
            .map(|l| l.code.clone())
            .filter(|c| *c != config.default_language),
    );
    let mut collections = vec![pages(&words, None)];
    collections.extend(folders.iter().map(|f| pages(&words, Some(f))));
    collections.extend(services(&words, config, directory));
    json!({
        "backend": backend(editor),
        "local_backend": true,
        "publish_mode": "simple",
        "locale": words.say("es", "en"),
        "site_url": config.base_url,
        "display_url": config.base_url,
        "i18n": {
            "structure": "multiple_folders",
            "locales": locales,
            "default_locale": config.default_language,
        },
        "media_folder": format!("content/{}", config.default_language),
        "public_folder": "",
        "slug": { "encoding": "ascii", "clean_accents": true, "sanitize_replacement": "-" },
        "collections": collections,
    })
}

/// Where the editor saves: the repository, its branch, and how colleagues log in.
fn backend(editor: &Editor) -> Value {
    let mut backend = json!({
        "name": editor.backend.name(),
        "repo": editor.repo,
        "branch": editor.branch,
        "commit_messages": {
            "create": "{{collection}}: {{slug}} (new, from the editor)",
            "update": "{{collection}}: {{slug}} (from the editor)",
            "delete": "{{collection}}: {{slug}} deleted (from the editor)",
            "uploadMedia": "{{path}} (uploaded in the editor)",
            "deleteMedia": "{{path}} deleted (from the editor)",
        },
    });
    if let Some(url) = &editor.auth_url {
        backend["base_url"] = json!(url);
    }
    if let (Backend::Gitlab, Some(id)) = (editor.backend, &editor.app_id) {
        backend["auth_type"] = json!("pkce");
        backend["app_id"] = json!(id);
    }
    backend
}

/// A day, written as a TOML date by senda's format.
fn date(name: &str, label: &str, hint: &str, required: bool) -> Value {
    json!({
        "name": name, "label": label, "hint": hint, "widget": "datetime",
        "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD", "time_format": false,
        "picker_utc": true, "required": required,
    })
}

/// The pages directly in each language's folder (`folder` `None`), or in one folder under it.
fn pages(w: &Words, folder: Option<&String>) -> Value {
    let (name, label, path) = match folder {
        None => (
            "pages".to_string(),
            w.say("Páginas", "Pages").to_string(),
            None,
        ),
        Some(f) => (
            format!("pages-{}", f.replace('/', "-")),
            format!("{}: {f}/", w.say("Páginas", "Pages")),
            Some(format!("{f}/{{{{slug}}}}")),
        ),
    };
    let mut fields = vec![
        json!({ "name": "title", "label": w.say("Título", "Title"), "widget": "string", "i18n": true }),
        json!({ "name": "description", "label": w.say("Descripción", "Description"),
            "hint": w.say("Una o dos frases sencillas: las muestran los buscadores y los enlaces compartidos.", "One or two plain sentences: search results and shared links show them."),
            "widget": "text", "required": false, "i18n": true }),
    ];
    for mut field in [
        date(
            "updated",
            w.say("Revisada el", "Reviewed on"),
            w.say(
                "Cuándo se revisó esta página por última vez.",
                "When this page was last reviewed.",
            ),
            true,
        ),
        date(
            "review_by",
            w.say("Revisar antes del", "Review by"),
            w.say(
                "Cuándo hay que volver a revisarla, porque los programas y las reglas cambian.",
                "When it must be checked again, because programs and rules change.",
            ),
            false,
        ),
    ] {
        field["i18n"] = json!(true);
        fields.push(field);
    }
    fields.extend(page_settings(w));
    fields.push(json!({ "name": "body", "label": w.say("Texto", "Text"), "widget": "markdown", "i18n": true }));
    let mut collection = json!({
        "name": name,
        "label": label,
        "label_singular": w.say("Página", "Page"),
        "folder": "content",
        "format": "senda-toml-frontmatter",
        "extension": "md",
        "create": true,
        "slug": "{{slug}}",
        "identifier_field": "title",
        "summary": "{{title}}",
        "media_folder": "",
        "public_folder": "",
        "i18n": true,
        "fields": fields,
    });
    if let Some(path) = path {
        collection["path"] = json!(path);
    }
    collection
}

/// Review marks, order, draft, leaflets and old addresses: what a page may say besides its words.
fn page_settings(w: &Words) -> Vec<Value> {
    let layouts = [
        (
            "trifold",
            w.say(
                "Tríptico (una hoja doblada en tres)",
                "Trifold (one sheet folded in three)",
            ),
        ),
        (
            "booklet",
            w.say(
                "Cuadernillo (A5, doblado y grapado)",
                "Booklet (A5, folded and stapled)",
            ),
        ),
        ("card", w.say("Tarjetas de bolsillo", "Pocket cards")),
        ("poster", w.say("Cartel (A3 y A4)", "Poster (A3 and A4)")),
    ];
    vec![
        json!({ "name": "review", "label": w.say("Falta que la revise", "Still to be checked by"),
            "widget": "select", "required": false, "i18n": true,
            "options": [
                { "label": w.say("Una hablante nativa (traducción borrador)", "A native speaker (a drafted translation)"), "value": "native-speaker" },
                { "label": w.say("Una abogada", "A lawyer"), "value": "legal" },
            ] }),
        json!({ "name": "weight", "label": w.say("Orden en los menús", "Order in menus"),
            "hint": w.say("Los números más bajos van primero.", "Lower numbers come first."),
            "widget": "number", "value_type": "int", "required": false, "i18n": "duplicate" }),
        json!({ "name": "draft", "label": w.say("Borrador (no se publica)", "Draft (not published)"),
            "widget": "boolean", "required": false, "i18n": true }),
        // An object's i18n can only be true or false (Decap's schema refuses `duplicate`).
        json!({ "name": "leaflet", "label": w.say("Folletos impresos", "Printed leaflets"),
            "widget": "object", "required": false, "collapsed": true, "i18n": true,
            "fields": [{ "name": "layouts", "label": w.say("Formatos", "Layouts"), "widget": "select",
                "multiple": true, "required": false, "i18n": "duplicate",
                "options": layouts.iter().map(|(v, l)| json!({ "label": l, "value": v })).collect::<Vec<_>>() }] }),
        json!({ "name": "aliases", "label": w.say("Direcciones antiguas", "Old addresses"),
            "hint": w.say("Direcciones que tuvo la página antes, desde la raíz del sitio: /es/antigua/", "Addresses the page had before, from the site's root: /en/old/"),
            "widget": "list", "required": false, "i18n": true,
            "field": { "name": "alias", "label": w.say("Dirección", "Address"), "widget": "string",
                "pattern": [r#"^/[^\s\\<>"|?*#%:]*$"#, w.say("Empieza con / y no lleva espacios ni los signos # ? % :", "Starts with / and has no spaces nor # ? % :")] } }),
    ]
}

/// One collection per folder of `services/` that holds services (`services/mx`), or one for
/// `services/` itself when there are none yet.
fn services(w: &Words, config: &Config, directory: &Directory) -> Vec<Value> {
    let mut folders: BTreeSet<String> = directory
        .services
        .values()
        .filter_map(|s| s.shown.parent())
        .map(|p| {
            p.components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect();
    if folders.is_empty() {
        folders.insert(crate::directory::FOLDER.to_string());
    }
    let fields = service_fields(w, config);
    folders
        .into_iter()
        .map(|folder| {
            let under = folder
                .strip_prefix(crate::directory::FOLDER)
                .unwrap_or(&folder)
                .trim_start_matches('/');
            let name = match under {
                "" => "services".to_string(),
                u => format!("services-{}", u.replace('/', "-")),
            };
            json!({
                "name": name,
                "label": format!("{}: {folder}/", w.say("Servicios", "Services")),
                "label_singular": w.say("Servicio", "Service"),
                "description": w.say("Un archivo por servicio. El número, la dirección y las fechas se escriben una vez; lo que hace el servicio, en cada idioma.", "One file per service. The number, the address and the dates are written once; what the service does, in each language."),
                "folder": folder,
                "format": "senda-toml",
                "extension": "toml",
                "create": true,
                "slug": "{{name}}",
                "identifier_field": "name",
                "summary": "{{name}} ({{place}})",
                "fields": fields,
            })
        })
        .collect()
}

/// `choices` as a select's options, each labelled with its code (the site's Fluent strings name
/// them for readers; the writer knows the codes from the guide).
fn options(choices: &[&str]) -> Vec<Value> {
    choices
        .iter()
        .map(|c| json!({ "label": c, "value": c }))
        .collect()
}

/// A service's fields, with the choices and patterns of `senda::directory`.
fn service_fields(w: &Words, config: &Config) -> Vec<Value> {
    let optional = |name: &str, label: &str| json!({ "name": name, "label": label, "widget": "string", "required": false });
    let mut fields = vec![
        json!({ "name": "name", "label": w.say("Nombre", "Name"), "widget": "string" }),
        json!({ "name": "categories", "label": w.say("Qué ofrece", "What it offers"), "widget": "select", "multiple": true, "min": 1, "options": options(vocab::CATEGORIES) }),
        json!({ "name": "serves", "label": w.say("A quién atiende", "Whom it serves"), "widget": "select", "multiple": true, "required": false, "options": options(vocab::SERVES) }),
        json!({ "name": "languages", "label": w.say("Idiomas que se hablan allí", "Languages spoken there"), "widget": "list", "required": false,
            "field": { "name": "code", "label": w.say("Código", "Code"), "widget": "string",
                "pattern": [r"^[a-z]{2,3}(-[A-Z]{2})?$", w.say("Un código de dos o tres letras minúsculas, como es, quc o pt-BR", "A code of two or three small letters, such as es, quc or pt-BR")] } }),
        json!({ "name": "place", "label": w.say("Lugar", "Place"), "widget": "string",
            "hint": w.say("País, estado y ciudad en minúsculas: mx, mx/chiapas, mx/chiapas/tapachula", "Country, state and city in small letters: mx, mx/chiapas, mx/chiapas/tapachula"),
            "pattern": [r"^[a-z]{2}(/[a-z0-9-]*[a-z-][a-z0-9-]*){0,2}$", w.say("Código del país de dos letras, luego estado y ciudad, separados por /", "The country's two-letter code, then state and city, separated by /")] }),
        json!({ "name": "placeholder", "label": w.say("Aún sin número verificado", "No checked number yet"), "widget": "boolean", "default": false, "required": false }),
    ];
    // An optional one-line field that must match `pattern`, with what to write when it does not.
    let patterned = |name: &str, label: &str, pattern: &str, (es, en): (&str, &str)| {
        let mut field = optional(name, label);
        field["pattern"] = json!([pattern, w.say(es, en)]);
        field
    };
    let phone = (
        r"^\+?[0-9][0-9 ().-]{5,24}( ext\. [0-9]+)?$",
        (
            "Un número como +52 55 1234 5678 (y, si tiene, ext. 12)",
            "A number such as +52 55 1234 5678 (and, if it has one, ext. 12)",
        ),
    );
    for (name, label) in [
        ("phone", w.say("Teléfono", "Phone")),
        ("whatsapp", "WhatsApp"),
        ("sms", "SMS"),
    ] {
        fields.push(patterned(name, label, phone.0, phone.1));
    }
    fields.push(patterned(
        "email",
        w.say("Correo", "Email"),
        r"^[^\s@?,;&]+@[^\s@?,;&.]+(\.[^\s@?,;&.]+)+$",
        (
            "Solo la dirección, como ayuda@ejemplo.org",
            "Only the address, such as help@example.org",
        ),
    ));
    fields.push(patterned(
        "website",
        w.say("Sitio web", "Website"),
        r"^https?://\S+$",
        (
            "Empieza con https:// y no lleva espacios",
            "Starts with https:// and has no spaces",
        ),
    ));
    fields.push(optional("address", w.say("Dirección", "Address")));
    fields.push(json!({ "name": "cost", "label": w.say("Costo", "Cost"), "widget": "select", "required": false, "options": options(vocab::COSTS) }));
    fields.push(json!({ "name": "verified_by", "label": w.say("Verificado por", "Checked by"), "widget": "string" }));
    fields.push(date(
        "verified_on",
        w.say("Verificado el", "Checked on"),
        w.say(
            "Cuándo alguien llamó o visitó el servicio.",
            "When someone called or visited the service.",
        ),
        true,
    ));
    fields.push(date(
        "review_by",
        w.say("Revisar antes del", "Review by"),
        w.say("Cuándo hay que volver a llamar.", "When to call again."),
        true,
    ));
    fields.push(service_text(w, config));
    fields
}

/// `[text.<code>]`: a service's words in each of the site's languages.
fn service_text(w: &Words, config: &Config) -> Value {
    let words = json!([
        { "name": "name", "label": w.say("Nombre en este idioma", "Name in this language"), "widget": "string", "required": false },
        { "name": "description", "label": w.say("Qué hace", "What it does"), "widget": "text", "required": false },
        { "name": "hours", "label": w.say("Horario", "Hours"), "widget": "string", "required": false },
        { "name": "verified_by", "label": w.say("Verificado por (en este idioma)", "Checked by (in this language)"), "widget": "string", "required": false },
    ]);
    let languages: Vec<Value> = config
        .languages
        .iter()
        .map(|l| json!({ "name": l.code, "label": l.name, "widget": "object", "required": false, "fields": words }))
        .collect();
    json!({ "name": "text", "label": w.say("Textos en cada idioma", "Words in each language"), "widget": "object", "required": false, "fields": languages })
}
