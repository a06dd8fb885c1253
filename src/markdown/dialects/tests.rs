use super::rewrite;
use crate::markdown::CalloutKind;

fn text(body: &str) -> String {
    let out = rewrite(body);
    assert_eq!(out.text.len(), body.len(), "every rewrite keeps the length");
    out.text.into_owned()
}

#[test]
fn mdx_imports_and_comments_are_blanked_but_a_heading_id_stays() {
    let body = "import {Note, Tip} from '@site/src/components/Admonitions';\nimport {\n  A,\n} from \"./a\";\n\n# Título\n\n## Uno {/* #uno */}\n\nTexto {/* una nota */} aquí. `{/* código */}`\n";
    let out = text(body);
    assert!(!out.contains("import") && !out.contains("from"), "{out}");
    assert!(out.contains("## Uno {/* #uno */}"), "{out}");
    assert!(
        out.contains(&format!("Texto {} aquí.", " ".repeat(16))),
        "{out}"
    );
    assert!(
        out.contains("`{/* código */}`"),
        "code is left as written: {out}"
    );
}

#[test]
fn a_required_image_is_its_address_and_other_values_are_left_out() {
    let body = "<img src={require('@site/static/img/a.gif').default} alt=\"a\"/>\n\n<a href={RELEASE.url}>GitHub</a> ({RELEASE.version})\n";
    let out = rewrite(body);
    let shown = out.text.to_string();
    assert!(shown.starts_with("<img src=\"/img/a.gif\" "), "{shown}");
    assert!(
        shown.contains(&format!("<a {}>GitHub</a>", " ".repeat(18))),
        "{shown}"
    );
    let said: Vec<String> = out.warnings.iter().map(|(_, m)| m.to_string()).collect();
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(said[0].contains("`{RELEASE.url}`"), "{said:?}");
    assert!(said[1].contains("`{RELEASE.version}`"), "{said:?}");
}

#[test]
fn admonition_components_are_callouts_and_a_button_is_a_link() {
    let body = "<Warning title=\"Important\">\nRead [this](/x).\n</Warning>\n\n<Admonition type=\"danger\">\nNo.\n</Admonition>\n\n<Button label=\"Read on\" link=\"/nearby\"/>\n\n<DocCardList/>\n";
    let out = rewrite(body);
    assert_eq!(out.containers.len(), 2);
    assert_eq!(out.containers[0].kind, CalloutKind::Important);
    assert_eq!(out.containers[0].title.as_deref(), Some("Important"));
    assert_eq!(
        &body[out.containers[0].inner.clone()],
        "\nRead [this](/x).\n"
    );
    assert_eq!(out.containers[1].kind, CalloutKind::Danger);
    assert!(out.text.contains("[Read on](/nearby)"), "{}", out.text);
    assert!(!out.text.contains("DocCardList"), "{}", out.text);
    assert_eq!(out.warnings.len(), 1, "the card list is told, not the rest");
}

#[test]
fn liquid_addresses_are_read_and_an_include_is_told() {
    let body = "[a]({{ \"/users/user.html\" | relative_url }}) <img src=\"{{ \"/b.svg\" | relative_url }}\">\n[c]({% link dev/x.md %}#part) {{ site.baseurl }}/d `{{ x }}`\n\n{% include beacon.md %}\n";
    let out = rewrite(body);
    let shown = out.text.to_string();
    assert!(shown.contains("/users/user.html)"), "{shown}");
    assert!(shown.contains("src=\"/b.svg\""), "{shown}");
    assert!(shown.contains("/dev/x.md#part)"), "{shown}");
    assert!(shown.contains("`{{ x }}`"), "{shown}");
    assert!(
        !shown.contains("{%") && !shown.contains("{{ site"),
        "{shown}"
    );
    assert_eq!(out.warnings.len(), 1);
    assert!(out.warnings[0].1.to_string().contains("beacon.md"));
}

#[test]
fn an_include_that_draws_a_button_is_its_link() {
    let body =
        "{% include comp-button.html text=\"Call our hotline\" link=\"tel:+17736578700\" %}\n";
    let out = rewrite(body);
    assert!(
        out.text.starts_with("[Call our hotline](tel:+17736578700)"),
        "{}",
        out.text
    );
    assert!(out.warnings.is_empty());
}

#[test]
fn mkdocs_admonitions_are_callouts_with_their_text_outdented() {
    let body = "!!! danger \"Cuidado\"\n    Primera línea\n    - una\n\n    Otra\n\nFuera\n";
    let out = rewrite(body);
    assert_eq!(out.containers.len(), 1);
    assert_eq!(out.containers[0].kind, CalloutKind::Danger);
    assert_eq!(out.containers[0].title.as_deref(), Some("Cuidado"));
    assert!(
        out.text.contains("\n   Primera línea \n   - una \n"),
        "{:?}",
        out.text
    );
    assert!(out.text.ends_with("Fuera\n"));
    assert!(!out.text.contains("!!!"));
}

#[test]
fn plain_markdown_is_not_copied() {
    let out = rewrite("# Hola\n\nTexto.\n");
    assert!(matches!(out.text, std::borrow::Cow::Borrowed(_)));
}

#[test]
fn an_h1_in_raw_html_is_shown_as_h2() {
    let body =
        "<div class=\"hero\">\n  <h1 class=\"x\">Start</h1>\n</div>\n\n`<h1>` stays in code\n";
    let out = rewrite(body);
    assert!(
        out.text.contains("<h2 class=\"x\">Start</h2>"),
        "{}",
        out.text
    );
    assert!(out.text.contains("`<h1>` stays"), "{}", out.text);
    assert_eq!(out.warnings.len(), 1);
}

#[test]
fn tags_that_close_at_once_are_no_trouble() {
    for body in [
        "{/*/}",
        "{%}",
        "{{}}",
        "a {%} b {/*/} c\n",
        "<X",
        "!!! x\n\t",
        "{% link %}",
    ] {
        let out = rewrite(body);
        assert_eq!(out.text.len(), body.len(), "{body}");
    }
}

#[test]
fn a_required_image_written_in_quotes_by_a_translation_tool_is_its_address() {
    let body = "<img src=\"{require(&quot;@site/static/img/a.gif&quot;).default}\" alt=\"a\"/>\n";
    let out = rewrite(body);
    assert!(
        out.text.starts_with("<img src=\"/img/a.gif\" "),
        "{}",
        out.text
    );
    assert!(out.warnings.is_empty());
}

#[test]
fn an_admonition_never_closed_is_told() {
    let out = rewrite("<Warning>\nSin cerrar [enlace](no-existe.md)\n");
    assert!(out.containers.is_empty());
    assert_eq!(out.warnings.len(), 1);
    assert!(
        out.warnings[0].1.to_string().contains("`</Warning>`"),
        "{:?}",
        out.warnings
    );
}
