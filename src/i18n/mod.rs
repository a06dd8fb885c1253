//! The interface strings: `locales/<locale>/*.ftl` loaded into one Fluent bundle per language,
//! looked up message by message along the language's fallback chain.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource};
use intl_pluralrules::{PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::config::{Config, Direction};
use crate::diagnostics::{Diagnostic, Error, Problems, Result};
use crate::files::read_text;
use crate::said;
use crate::said::Said;

mod ftl;
use ftl::{crowded, cycles, ftl_files, parse, unknown_refs};

/// Where a message id is defined: file and line, for `senda check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    pub path: PathBuf,
    pub line: usize,
}

/// Every language's Fluent bundle and fallback chain, shared read-only by all renders.
pub struct Locales {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    chains: BTreeMap<String, Vec<String>>,
    /// Languages written right to left.
    rtl: BTreeSet<String>,
    /// Message ids defined in each language, with where.
    pub defined: BTreeMap<String, BTreeMap<String, Definition>>,
    /// Hash of every `.ftl` file read, to tell whether pages must be made again.
    pub fingerprint: u64,
}

/// A resolved message: its text and the language it really came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub lang: String,
}

impl Locales {
    /// No strings at all: what templates are checked against when the locales failed to load.
    pub fn empty() -> Locales {
        Locales {
            bundles: BTreeMap::new(),
            chains: BTreeMap::new(),
            rtl: BTreeSet::new(),
            defined: BTreeMap::new(),
            fingerprint: 0,
        }
    }

    /// Reads every `.ftl` file under `locales/`, reporting all syntax errors together.
    pub fn load(config: &Config) -> Result<Locales> {
        let (locales, problems) = Locales::load_partial(config)?;
        Problems { list: problems }.finish()?;
        Ok(locales)
    }

    /// The same, keeping every message that reads well beside the problems of the others: what
    /// `check` and the preview lint, so that one bad string hides nothing else. Fails only when a
    /// folder cannot be read.
    pub fn load_partial(config: &Config) -> Result<(Locales, Vec<Diagnostic>)> {
        let dir = config.root.join("locales");
        let mut problems = Problems::default();
        let mut locales = Locales {
            bundles: BTreeMap::new(),
            chains: BTreeMap::new(),
            rtl: BTreeSet::new(),
            defined: BTreeMap::new(),
            fingerprint: 0,
        };
        let mut hasher = crate::digest::Key::new("locales");
        if dir.is_dir() {
            let entries = std::fs::read_dir(&dir).map_err(Error::io("read-folder", &dir))?;
            for entry in entries {
                let entry = entry.map_err(Error::io("read-folder", &dir))?;
                let name = entry.file_name().to_string_lossy().into_owned();
                if !name.starts_with('.') && config.language(&name).is_none() {
                    // Strings copied from another site (senda's own, with `es`) are not
                    // read, and nothing else is lost: a warning, not a stop.
                    let message = said!("strings-folder-not-a-language", name = &name);
                    let folder = Path::new("locales").join(&name);
                    problems.push(Diagnostic::in_file(&folder, message).warning());
                }
            }
        }
        let mixed_directions = config
            .languages
            .iter()
            .any(|l| l.dir != config.languages[0].dir);
        for language in &config.languages {
            let mut bundle = FluentBundle::new_concurrent(vec![plural_locale(&language.chain)]);
            // Fluent wraps every value it puts in a message in invisible isolation marks, which old
            // phones show as boxes and which stay in copied text. They matter only where a value
            // can run the other way: on a site with languages of both directions.
            bundle.set_use_isolating(mixed_directions);
            let mut defined = BTreeMap::new();
            let mut graph = BTreeMap::new();
            for file in ftl_files(&dir.join(&language.code)) {
                let shown = Path::new("locales")
                    .join(&language.code)
                    .join(file.file_name().unwrap_or_default());
                let Some(text) = problems.take(read_text(&file, &shown))? else {
                    continue;
                };
                text.hash(&mut hasher);
                let Some((resource, twice)) =
                    problems.take(parse(&shown, text, &mut defined, &mut graph))?
                else {
                    continue;
                };
                problems.list.extend(twice);
                if let Err(errors) = bundle.add_resource(resource) {
                    // A message defined twice is reported by `parse`, where both definitions are.
                    for e in errors
                        .iter()
                        .filter(|e| !matches!(e, FluentError::Overriding { .. }))
                    {
                        let message = said!("strings-fluent-error", detail = e.to_string());
                        problems.push(Diagnostic::in_file(&shown, message));
                    }
                }
            }
            locales.bundles.insert(language.code.clone(), bundle);
            locales
                .chains
                .insert(language.code.clone(), language.chain.clone());
            if language.dir == Direction::Rtl {
                locales.rtl.insert(language.code.clone());
            }
            locales.defined.insert(language.code.clone(), defined);
            problems.list.extend(cycles(&graph));
            problems.list.extend(crowded(&graph));
            problems.list.extend(unknown_refs(&graph));
        }
        locales.fingerprint = hasher.finish();
        Ok((locales, problems.list))
    }

    /// The message `id` for a reader of `lang`: from `lang` itself or the first language of its
    /// chain that has it. `None` only when no language in the chain defines it.
    pub fn message(
        &self,
        lang: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Option<Result<Message, String>> {
        let chain = self.chains.get(lang)?;
        for code in chain {
            let Some(bundle) = self.bundles.get(code) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let formatted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned()
            }));
            let Ok(text) = formatted else {
                return Some(Err(self.mark(code, id, ("unformattable", String::new()))));
            };
            if let Some(e) = errors.first() {
                return Some(Err(self.mark(code, id, plain_error(e))));
            }
            return Some(Ok(Message {
                text,
                lang: code.clone(),
            }));
        }
        None
    }

    /// The language a reader of `lang` gets message `id` from (its own, or the first of its
    /// chain that has it), and the names of the variables (`{ $name }`) that message's text uses.
    pub fn variables(&self, lang: &str, id: &str) -> Option<(String, BTreeSet<String>)> {
        let chain = self.chains.get(lang)?;
        chain.iter().find_map(|code| {
            let pattern = self.bundles.get(code)?.get_message(id)?.value()?;
            let mut names = BTreeSet::new();
            ftl::pattern_variables(pattern, &mut names);
            Some((code.clone(), names))
        })
    }

    /// The message `id` for a reader of `lang`, or an error that names the `.ftl` file it
    /// belongs in: a missing interface string never becomes an empty space on a page.
    pub fn require(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> Result<Message> {
        match self.message(lang, id, args) {
            Some(Ok(m)) => Ok(m),
            Some(Err(e)) => Err(Error::one(match unmarked(&e) {
                Some((Some((path, line)), message)) => {
                    Diagnostic::at_line(Path::new(path), None, line, 1, message)
                }
                Some((None, message)) => Diagnostic::in_file(&self.file_for(lang), message),
                None => Diagnostic::in_file(&self.file_for(lang), Said::verbatim(e)),
            })),
            None => Err(Error::one(Diagnostic::in_file(
                &self.file_for(lang),
                said!("strings-message-undefined", id = id, lang = lang),
            ))),
        }
    }

    /// The text of [`Locales::require`], without isolation marks: for plain text and print.
    pub fn plain(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> Result<String> {
        self.require(lang, id, args)
            .map(|m| m.text.replace(['\u{2068}', '\u{2069}'], ""))
    }

    /// A formatting problem of message `id` of language `code` (its kind and detail, see
    /// [`plain_error`]), marked with where the message is defined so that whoever reports it (a
    /// template's `t()`, through tera's errors, which are text) blames the `.ftl` line.
    fn mark(&self, code: &str, id: &str, (kind, detail): (&str, String)) -> String {
        let (path, line) = match self.defined.get(code).and_then(|d| d.get(id)) {
            Some(def) => (def.path.display().to_string(), def.line),
            None => (String::new(), 0),
        };
        format!("{MARK}{path}{MARK}{line}{MARK}{kind}{MARK}{id}{MARK}{detail}{MARK}")
    }

    /// The `.ftl` file a message missing for `lang` belongs in: the last language of its chain
    /// (the site's default language), in the file that holds most of its messages.
    fn file_for(&self, lang: &str) -> PathBuf {
        let code = self
            .chains
            .get(lang)
            .and_then(|c| c.last())
            .map_or(lang, String::as_str);
        let mut counts: BTreeMap<&Path, usize> = BTreeMap::new();
        for definition in self.defined.get(code).into_iter().flat_map(|d| d.values()) {
            *counts.entry(&definition.path).or_default() += 1;
        }
        counts.into_iter().max_by_key(|(_, n)| *n).map_or_else(
            || Path::new("locales").join(code).join("main.ftl"),
            |(path, _)| path.to_path_buf(),
        )
    }

    /// Whether `lang` is written right to left.
    pub fn is_rtl(&self, lang: &str) -> bool {
        self.rtl.contains(lang)
    }

    /// The message as it should sit in a page of `lang`: a message borrowed from a language
    /// written the other way is isolated in that direction (U+2066/U+2067 … U+2069), so that an
    /// English notice inside an Arabic page keeps its punctuation in place.
    pub fn text_for(&self, lang: &str, message: Message) -> String {
        let reader_rtl = self.rtl.contains(lang);
        let source_rtl = self.rtl.contains(&message.lang);
        match (reader_rtl, source_rtl) {
            (true, false) => format!("\u{2066}{}\u{2069}", message.text),
            (false, true) => format!("\u{2067}{}\u{2069}", message.text),
            _ => message.text,
        }
    }

    /// Every message id any language defines.
    pub fn all_ids(&self) -> BTreeSet<&str> {
        self.defined
            .values()
            .flat_map(|m| m.keys().map(String::as_str))
            .collect()
    }
}

/// Parses one `.ftl` text and formats every message in it, as a build would: for fuzzing and tests
/// of what a translator's file can do. Errors come back located.
pub fn try_file(shown: &Path, text: &str) -> Result<usize> {
    let mut defined = BTreeMap::new();
    let mut graph = BTreeMap::new();
    let (resource, mut found) = parse(shown, text.to_string(), &mut defined, &mut graph)?;
    found.extend(cycles(&graph));
    found.extend(crowded(&graph));
    if !found.is_empty() {
        return Err(Error::Invalid(found));
    }
    let mut bundle =
        FluentBundle::new_concurrent(vec![plural_locale(&["quc".to_string(), "es".to_string()])]);
    if bundle.add_resource(resource).is_err() {
        return Ok(0);
    }
    let mut args = FluentArgs::new();
    args.set("count", 3);
    args.set("language", "K'iche'");
    let mut formatted = 0;
    for (id, definition) in &defined {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                bundle
                    .format_pattern(pattern, Some(&args), &mut errors)
                    .len()
            }));
            if ran.is_err() {
                found.push(Diagnostic::at_line(
                    shown,
                    None,
                    definition.line,
                    1,
                    said!("strings-message-unformattable", id = id),
                ));
            }
            formatted += 1;
        }
    }
    if !found.is_empty() {
        return Err(Error::Invalid(found));
    }
    Ok(formatted)
}

/// Plural rules come from the first language in the chain that CLDR knows (Haitian Creole borrows
/// French rules through `ht → fr`); Fluent itself would fall back to English.
fn plural_locale(chain: &[String]) -> LanguageIdentifier {
    let known = PluralRules::get_locales(PluralRuleType::CARDINAL);
    chain
        .iter()
        .filter_map(|code| code.parse::<LanguageIdentifier>().ok())
        .find(|id| known.iter().any(|k| k.language == id.language))
        .unwrap_or_default()
}

/// fluent-syntax 0.12 panics on a `\u` or `\U` escape whose digits run into a non-ASCII letter
/// (found by fuzzing: `a = {"\uñ"}`): such escapes are reported here, before the parser sees them.
fn check_escapes(shown: &Path, text: &str) -> Result<()> {
    let bytes = text.as_bytes();
    for (at, _) in text.match_indices('\\') {
        let digits = match bytes.get(at + 1) {
            Some(b'u') => 4,
            Some(b'U') => 6,
            _ => continue,
        };
        let window = &bytes[(at + 2).min(bytes.len())..(at + 2 + digits).min(bytes.len())];
        if window.iter().any(|b| !b.is_ascii()) {
            return Err(Error::one(Diagnostic::at(
                shown,
                text,
                at..at + 2,
                said!(
                    "strings-escape-digits",
                    letter = bytes[at + 1] as char,
                    digits = digits
                ),
            )));
        }
    }
    Ok(())
}

/// Separates the parts of a message marked with where it is defined (see [`Locales::mark`]).
const MARK: char = '\u{1}';

/// The diagnostic a marked message stands for, at its `.ftl` line; `None` for any other text.
pub fn unmark(text: &str) -> Option<Diagnostic> {
    Some(match unmarked(text)? {
        (Some((path, line)), message) => {
            Diagnostic::at_line(Path::new(path), None, line, 1, message)
        }
        (None, message) => Diagnostic::general(message),
    })
}

/// A marked message's place (its `.ftl` file and line, when known) and message.
fn unmarked(text: &str) -> Option<(Option<(&str, usize)>, Said)> {
    let rest = &text[text.find(MARK)? + MARK.len_utf8()..];
    // What tera adds after the mark (the template's lines) is not part of it.
    let mut parts = rest.split(MARK);
    let path = parts.next()?;
    let line = parts.next()?.parse().ok()?;
    let (kind, id, detail) = (parts.next()?, parts.next()?, parts.next()?);
    let message = match kind {
        "unformattable" => said!("strings-message-format-failed", id = id),
        "variable" => said!("strings-message-unknown-variable", id = id, name = detail),
        _ => said!("strings-message-fluent-error", id = id, detail = detail),
    };
    Some((Some((path, line)).filter(|_| !path.is_empty()), message))
}

/// `25 de noviembre de 2026`, from the `date` and `month-N` Fluent messages; a missing one is an
/// error naming the `.ftl` file it belongs in.
pub fn display_date(locales: &Locales, lang: &str, date: crate::content::Date) -> Result<String> {
    let month = locales.require(lang, &format!("month-{}", date.month), None)?;
    let mut args = FluentArgs::new();
    args.set("day", date.day);
    args.set("month", month.text);
    args.set("year", date.year.to_string());
    Ok(locales.require(lang, "date", Some(&args))?.text)
}

/// A formatting error in the words of someone who edits `.ftl` files: `variable` and the name of
/// a variable the theme does not give, or `fluent` and Fluent's own words.
fn plain_error(e: &fluent_bundle::FluentError) -> (&'static str, String) {
    use fluent_bundle::resolver::ResolverError;
    use fluent_bundle::resolver::errors::ReferenceKind;
    match e {
        fluent_bundle::FluentError::ResolverError(ResolverError::Reference(
            ReferenceKind::Variable { id },
        )) => ("variable", id.clone()),
        other => ("fluent", other.to_string()),
    }
}

#[cfg(test)]
mod tests;
