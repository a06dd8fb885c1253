//! Gettext catalogues (`po/messages.pot`, `po/<lang>.po`): the PO format read and written, and a
//! template merged into a catalogue as `msgmerge` does, so that translators can work in Weblate,
//! Pontoon, Poedit or any tool that reads PO.
//!
//! Pages have no plural forms, so a catalogue with `msgid_plural` or `msgstr[n]` is refused with
//! an error that says so, rather than read half-way.

mod merge;
mod read;
mod strings;
mod write;

#[cfg(test)]
mod tests;

/// One `.po` or `.pot` file: its header, its live messages in file order, and its obsolete ones.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Catalogue {
    /// The header entry's fields, in order (`Language`, `Content-Type`, …), as `(name, value)`.
    pub header: Vec<(String, String)>,
    /// The comment lines above the header entry, whole and as written (`# Traducción…`,
    /// `#, fuzzy`), so that tools' notes and flags on the header survive. A line without a
    /// leading `#` is written as a translator comment `# …`.
    pub header_comments: Vec<String>,
    pub entries: Vec<Entry>,
    /// Messages the template no longer has, kept (written as `#~` lines) so no translation is lost.
    pub obsolete: Vec<Entry>,
}

/// One message: the source text (`msgid`, within `msgctxt`), its translation, and the comments
/// translators and tools keep on it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    pub msgctxt: Option<String>,
    pub msgid: String,
    pub msgstr: String,
    /// `#.` lines: notes for the translator written by the program.
    pub notes: Vec<String>,
    /// `#:` references, each `content/es/asilo.md:12`.
    pub references: Vec<String>,
    /// `# ` lines: the translator's own comments, each the text after `# `.
    pub comments: Vec<String>,
    /// `#, fuzzy`: the source changed since it was translated; not used until someone checks it.
    pub fuzzy: bool,
    /// Other flags on the `#,` line (`no-wrap`, `c-format`), kept.
    pub flags: Vec<String>,
    /// `#| msgid`: the source text the translation was made from, when fuzzy.
    pub previous: Option<String>,
    /// `#| msgctxt`: the context of that source text, when it had one.
    pub previous_msgctxt: Option<String>,
    /// The 1-based line of its `msgid` in the file it was read from (0 if not read from a file).
    pub line: usize,
}

impl Entry {
    /// Translated, and not fuzzy: what a page may use.
    pub fn is_translated(&self) -> bool {
        !self.msgstr.is_empty() && !self.fuzzy
    }
}

impl Catalogue {
    /// The live entry for `msgid` within `msgctxt`, translated or not.
    pub fn get(&self, msgctxt: Option<&str>, msgid: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.msgctxt.as_deref() == msgctxt && e.msgid == msgid)
    }

    /// The translation a page may use for `msgid` within `msgctxt`: none while it is untranslated
    /// or fuzzy.
    pub fn translation(&self, msgctxt: Option<&str>, msgid: &str) -> Option<&str> {
        self.get(msgctxt, msgid)
            .filter(|e| e.is_translated())
            .map(|e| e.msgstr.as_str())
    }

    /// Every translation a page may use, by (msgctxt, msgid): for looking up many messages.
    pub fn translations(&self) -> std::collections::HashMap<(Option<&str>, &str), &str> {
        self.entries
            .iter()
            .filter(|e| e.is_translated())
            .map(|e| ((e.msgctxt.as_deref(), e.msgid.as_str()), e.msgstr.as_str()))
            .collect()
    }

    /// The value of header field `name` (`Language`), compared without regard to case.
    pub fn header_value(&self, name: &str) -> Option<&str> {
        self.header
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Reads a PO or POT file. `shown` is the path shown to people (`po/quc.po`). A malformed file is
/// an error with file, line and column, in plain words a volunteer translator understands.
pub fn parse(text: &str, shown: &std::path::Path) -> crate::Result<Catalogue> {
    read::parse(text, shown)
}

/// The catalogue as PO text. Deterministic: the same catalogue always gives the same bytes (no
/// dates that change on every run), so that running `senda po` twice changes nothing.
pub fn write(catalogue: &Catalogue) -> String {
    write::write(catalogue)
}

/// `old` brought up to `template` (the `.pot`'s entries, msgstr empty), as `msgmerge` does, so
/// that translators keep their work when pages change:
/// - every template entry appears once, in template order, with the template's references,
///   notes and flags (a template entry given twice appears once, with both references; one
///   with an empty msgid and no msgctxt is left out, as it would be read as the header);
/// - an old entry, live or obsolete, with the same msgctxt and msgid keeps its msgstr, fuzzy
///   flag, previous text and comments (if there are two, a translated one, then
///   a live one);
/// - a template entry with no exact match takes the msgstr of the most similar translated old
///   entry the template no longer has (Dice coefficient on character bigrams of at least 0.6), marked fuzzy with the old msgid as `#| msgid`; a
///   candidate with a reference in one of the same files comes first, then the most similar;
///   each old entry is used at most once, best pairs first; similarity compares msgids only,
///   whatever their msgctxt (the old one is recorded as `#| msgctxt`);
/// - old entries the template no longer has and no fuzzy match took become obsolete if they are
///   translated (or were obsolete already), in their old order; untranslated ones are dropped;
/// - the header of `old` is kept; a catalogue without one gets [`default_header`].
pub fn merge(template: &[Entry], old: Catalogue, lang: &str) -> Catalogue {
    merge::merge(template, old, lang)
}

/// A header for a new catalogue in `lang`, with no dates, that `msgfmt --check` accepts without
/// warnings; translators' tools fill in the empty fields.
pub fn default_header(lang: &str) -> Vec<(String, String)> {
    [
        ("Project-Id-Version", "senda"),
        ("PO-Revision-Date", ""),
        ("Last-Translator", ""),
        ("Language-Team", ""),
        ("Language", lang),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Plural-Forms", "nplurals=2; plural=(n != 1);"),
    ]
    .into_iter()
    .map(|(n, v)| (n.to_string(), v.to_string()))
    .collect()
}
