//! Raw HTML in pages, cleaned to what know-your-rights content needs.

/// The elements a page keeps: what Markdown makes (headings of every level, task-list boxes
/// included) and what this content needs besides. Any other is taken out, and the writer told.
pub(super) const TAGS: [&str; 45] = [
    "a",
    "abbr",
    "aside",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "input",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
];

/// Cleans a page body that holds raw HTML from its Markdown: only what this content needs stays
/// (text structure, links, same-site images, the callout and contact markup); scripts, event
/// handlers, `javascript:` and other-site addresses, iframes, forms and styles go.
pub fn sanitize(html: &str) -> String {
    static CLEANER: std::sync::OnceLock<ammonia::Builder<'static>> = std::sync::OnceLock::new();
    let cleaner = CLEANER.get_or_init(|| {
        let mut b = ammonia::Builder::empty();
        b.add_tags(TAGS)
            .add_generic_attributes(["lang", "dir", "id", "class", "title"])
            .add_tag_attributes("a", ["href", "hreflang", "type", "name"])
            .add_tag_attributes("img", ["src", "alt", "width", "height", "loading"])
            .add_tag_attributes("ol", ["start"])
            .add_tag_attributes("input", ["checked"])
            // Task-list boxes only: any `<input>` becomes a box nobody can tick.
            .set_tag_attribute_value("input", "type", "checkbox")
            .set_tag_attribute_value("input", "disabled", "")
            .add_tag_attributes("aside", ["role"])
            .add_tag_attributes("td", ["colspan", "rowspan"])
            .add_tag_attributes("th", ["colspan", "rowspan", "scope"])
            .url_schemes(
                ["http", "https", "mailto", "tel", "sms", "whatsapp", "data"]
                    .into_iter()
                    .collect(),
            )
            .url_relative(ammonia::UrlRelative::PassThrough)
            .link_rel(Some("noopener noreferrer"))
            .attribute_filter(|element, attribute, value| {
                // Images come from this site only: a request elsewhere could expose a reader.
                let remote = (value.contains("//") || value.contains(':'))
                    && !value.starts_with("data:image/");
                // data: only for images (the offline file inlines them), never for links.
                let data = value.trim_start().to_ascii_lowercase().starts_with("data:");
                let data_ok = element == "img" && value.starts_with("data:image/");
                if element == "img" && attribute == "src" && remote || data && !data_ok {
                    None
                } else {
                    Some(value.into())
                }
            });
        b
    });
    cleaner.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn raw_html_is_cleaned_to_what_content_needs() {
        let dirty = r#"<p onclick="steal()">Hola <script>alert(1)</script><a href="javascript:alert(1)">x</a>
<a href="tel:+5255">llama</a><img src="https://tracker.example/p.gif" alt="t"><img src="mapa.png" alt="mapa">
<iframe src="https://maps.example"></iframe><style>p{}</style><form action="/x"><input></form>
<aside class="callout danger" role="alert"><span lang="quc">K'iche'</span></aside></p>"#;
        let clean = sanitize(dirty);
        for gone in [
            "onclick",
            "<script",
            "alert(",
            "javascript:",
            "tracker.example",
            "<iframe",
            "<style",
            "<form",
            "<input>",
        ] {
            assert!(!clean.contains(gone), "{gone} in {clean}");
        }
        for kept in [
            "href=\"tel:+5255\"",
            "src=\"mapa.png\"",
            "class=\"callout danger\"",
            "role=\"alert\"",
            "lang=\"quc\"",
            "K'iche'",
            "rel=\"noopener noreferrer\"",
        ] {
            assert!(clean.contains(kept), "{kept} missing from {clean}");
        }
    }
}
