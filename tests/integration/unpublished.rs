//! Files in `content/` that no page uses are reported and left out of the site; those a page, a
//! theme template or `publish` in senda.toml uses are published; those only a draft uses wait
//! with it; what computers leave in folders (`.DS_Store`, `Thumbs.db`, backups) is skipped in
//! silence.

use std::path::Path;

use crate::support::Fixture;

fn write(site: &Fixture, rel: &str, text: &str) {
    let path = site.root.join(rel);
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("make the folder");
    std::fs::write(path, text).expect("write the file");
}

fn append(site: &Fixture, rel: &str, text: &str) {
    let path = site.root.join(rel);
    let before = std::fs::read_to_string(&path).expect("read the file");
    std::fs::write(path, before + text).expect("write the file");
}

#[test]
fn files_no_page_uses_are_reported_and_not_published() {
    let site = Fixture::new("basic");
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/unused-file");
    let expected = std::fs::read_to_string(case.join("expected.txt")).expect("expected.txt");
    site.overlay(&case);
    let clutter = [
        "es/.DS_Store",
        "es/Thumbs.db",
        "es/guias/desktop.ini",
        "es/~$guia.docx",
        "es/guia.md~",
        "es/.obsidian/app.json",
    ];
    for file in clutter {
        write(&site, &format!("content/{file}"), "x");
    }
    // Only a draft links this one; a template names the other.
    write(&site, "content/es/descargas/borrador.pdf", "%PDF-1.4");
    append(
        &site,
        "content/es/borrador.md",
        "\n[El borrador](descargas/borrador.pdf)\n",
    );
    write(&site, "content/es/descargas/folleto.pdf", "%PDF-1.4");
    append(
        &site,
        "themes/default/templates/page.html",
        "{# /es/descargas/folleto.pdf #}\n",
    );
    let stderr = String::from_utf8_lossy(&site.build().stderr).into_owned();
    for line in expected.lines().filter(|l| !l.is_empty()) {
        assert!(stderr.contains(line), "expected `{line}` in:\n{stderr}");
    }
    assert_eq!(
        stderr.matches("so it is not published").count(),
        2,
        "{stderr}"
    );
    for gone in ["es/descargas/formulario-viejo.pdf", "en/entrevista.mp3"]
        .into_iter()
        .chain(clutter)
        .chain(["es/descargas/borrador.pdf"])
    {
        assert!(!site.exists(gone), "{gone} was published");
    }
    assert!(site.exists("es/descargas/folleto.pdf"));
    assert!(site.exists("es/guias/mapa.png") && site.exists("es/guias/mapa.txt"));

    // Listed in senda.toml, it is published; a pattern that names no file is pointed at.
    let config = std::fs::read_to_string(site.root.join("senda.toml")).expect("senda.toml");
    let listed = format!("publish = [\"descargas/*.pdf\", \"es/descarga/*.pdf\"]\n{config}");
    std::fs::write(site.root.join("senda.toml"), listed).expect("write senda.toml");
    let stderr = String::from_utf8_lossy(&site.build().stderr).into_owned();
    assert!(site.exists("es/descargas/formulario-viejo.pdf"));
    assert!(
        !stderr.contains("formulario-viejo.pdf: no page"),
        "{stderr}"
    );
    assert!(
        stderr.contains("warning: senda.toml:1:31: `es/descarga/*.pdf` in `publish` names no file in content/: correct it, or remove it"),
        "{stderr}"
    );
    assert_eq!(
        stderr.matches("so it is not published").count(),
        1,
        "{stderr}"
    );
}
