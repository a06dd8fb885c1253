//! The plain-text version of a page, and dates in the reader's words.

use fluent_bundle::FluentArgs;

use crate::content::Date;
use crate::diagnostics::Result;
use crate::i18n::Locales;
use crate::site::{Route, Site};

/// The plain-text version of a page, to paste into WhatsApp or an SMS: title, description, key
/// points, the address, when it was reviewed and that it is not legal advice.
pub fn text_version(site: &Site, route: &Route) -> Result<String> {
    let Some(source) = site.page(route) else {
        return Ok(String::new());
    };
    let mut text = format!("{}\n", source.front.title);
    if !source.front.description.is_empty() {
        text.push_str(&format!("\n{}\n", source.front.description));
    }
    let points = &source.document.key_points;
    if !points.is_empty() {
        text.push('\n');
        for point in points {
            text.push_str(&format!("- {point}\n"));
        }
    }
    // Warnings and boxes travel with the text: what a child must not miss.
    let labels = site.labels(&source.lang);
    for (kind, title, words) in source.document.callouts(&source.source) {
        let title = title.as_deref().unwrap_or(labels.callout(kind));
        text.push_str(&format!("\n! {title}: {words}\n"));
    }
    let mut args = FluentArgs::new();
    args.set(
        "date",
        display_date(&site.locales, &route.lang, source.front.updated)?,
    );
    let say = |id: &str, args| site.locales.plain(&route.lang, id, args);
    text.push_str(&format!(
        "\n{}{}\n{}\n{}\n",
        site.config.base_url,
        route.path,
        say("last-reviewed", Some(&args))?,
        say("disclaimer", None)?
    ));
    Ok(text)
}

/// `25 de noviembre de 2026`, from the `date` and `month-N` Fluent messages; a missing one is an
/// error naming the `.ftl` file it belongs in.
pub fn display_date(locales: &Locales, lang: &str, date: Date) -> Result<String> {
    let month = locales.require(lang, &format!("month-{}", date.month), None)?;
    let mut args = FluentArgs::new();
    args.set("day", date.day);
    args.set("month", month.text);
    args.set("year", date.year.to_string());
    Ok(locales.require(lang, "date", Some(&args))?.text)
}
