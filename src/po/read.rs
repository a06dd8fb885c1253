//! Reading PO text line by line into entries. The first malformed line stops the reading with a
//! message that says what is wrong and how to fix it; duplicate messages are all reported.

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use super::{Catalogue, Entry, strings};
use crate::diagnostics::{Diagnostic, Error, Result};
use crate::said;

/// The string a continuation line `"…"` adds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Field {
    #[default]
    None,
    Ctxt,
    Id,
    Str,
    PrevCtxt,
    PrevId,
}

/// The entry being read, with where its parts were.
#[derive(Default)]
struct Pending {
    entry: Entry,
    /// Its comment lines whole, which become `header_comments` if it is the header.
    raw_comments: Vec<String>,
    obsolete: bool,
    msgctxt_at: Option<Range<usize>>,
    msgid_at: Option<Range<usize>>,
    msgstr_at: Option<Range<usize>>,
    field: Field,
}

type Key = (Option<String>, String);

struct Reader<'a> {
    text: &'a str,
    shown: &'a Path,
    line_number: usize,
    pending: Pending,
    catalogue: Catalogue,
    header_seen: bool,
    /// The line where each message was first seen: live ones, then obsolete ones.
    seen: [HashMap<Key, usize>; 2],
    duplicates: Vec<Diagnostic>,
}

pub(super) fn parse(text: &str, shown: &Path) -> Result<Catalogue> {
    let mut reader = Reader {
        text,
        shown,
        line_number: 0,
        pending: Pending::default(),
        catalogue: Catalogue::default(),
        header_seen: false,
        seen: Default::default(),
        duplicates: Vec::new(),
    };
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let mut start = offset;
        offset += raw.len();
        reader.line_number += 1;
        let line = raw.strip_suffix('\n').unwrap_or(raw);
        let mut line = line.strip_suffix('\r').unwrap_or(line);
        if start == 0
            && let Some(rest) = line.strip_prefix('\u{feff}')
        {
            start += '\u{feff}'.len_utf8();
            line = rest;
        }
        reader.line(start, line)?;
    }
    reader.finish_entry()?;
    if reader.duplicates.is_empty() {
        Ok(reader.catalogue)
    } else {
        Err(Error::Invalid(reader.duplicates))
    }
}

impl Reader<'_> {
    fn error(&self, span: Range<usize>, message: impl Into<crate::said::Said>) -> Error {
        Error::one(Diagnostic::at(self.shown, self.text, span, message))
    }

    fn line(&mut self, start: usize, line: &str) -> Result<()> {
        let body = line.trim_start();
        let at = start + line.len() - body.len();
        if body.is_empty() {
            Ok(())
        } else if let Some(rest) = body.strip_prefix("#~") {
            if let Some(previous) = rest.strip_prefix('|') {
                return self.previous(at + 3, previous);
            }
            let inner = rest.trim_start();
            if inner.is_empty() {
                return Ok(());
            }
            self.keyword(at + 2 + rest.len() - inner.len(), inner, true)
        } else if let Some(rest) = body.strip_prefix('#') {
            self.comment(at, body, rest)
        } else {
            self.keyword(at, body, false)
        }
    }

    /// A comment, `msgctxt` or `msgid` line begins the next entry once this one has its
    /// `msgstr`; before that, the `msgstr` is missing.
    fn next_entry(&mut self) -> Result<()> {
        if self.pending.msgstr_at.is_some() {
            self.finish_entry()?;
        } else if let Some(at) = self.pending.msgid_at.clone() {
            return Err(self.no_msgstr(at));
        }
        Ok(())
    }

    fn comment(&mut self, at: usize, body: &str, rest: &str) -> Result<()> {
        self.next_entry()?;
        self.pending.raw_comments.push(body.to_string());
        if !rest.starts_with('|') {
            self.pending.field = Field::None;
        }
        let entry = &mut self.pending.entry;
        let mut chars = rest.chars();
        match chars.next() {
            Some('.') => entry.notes.push(after_space(chars.as_str()).to_string()),
            Some(':') => entry
                .references
                .extend(chars.as_str().split_whitespace().map(str::to_string)),
            Some(',') => {
                for flag in chars.as_str().split(',').map(str::trim) {
                    if flag == "fuzzy" {
                        entry.fuzzy = true;
                    } else if !flag.is_empty() && !entry.flags.iter().any(|f| f == flag) {
                        entry.flags.push(flag.to_string());
                    }
                }
            }
            Some('|') => return self.previous(at + 2, chars.as_str()),
            _ => entry.comments.push(after_space(rest).to_string()),
        }
        Ok(())
    }

    /// A `#| msgctxt`, `#| msgid` or `#| "…"` line: the text a fuzzy translation was made from.
    fn previous(&mut self, at: usize, rest: &str) -> Result<()> {
        self.next_entry()?;
        let body = rest.trim_start();
        let at = at + rest.len() - body.len();
        let (word, after) = split_keyword(body);
        let field = match word {
            "msgctxt" => Field::PrevCtxt,
            "msgid" => Field::PrevId,
            "msgid_plural" => return Err(self.plural(at..at + word.len())),
            "" if matches!(self.pending.field, Field::PrevCtxt | Field::PrevId) => {
                self.pending.field
            }
            _ => {
                return Err(self.error(at..at + body.len().max(1), said!("po-previous-line")));
            }
        };
        let keyword = if word.is_empty() { "text" } else { word };
        let text = self.quoted(keyword, at + word.len(), after)?;
        let entry = &mut self.pending.entry;
        let slot = if field == Field::PrevCtxt {
            &mut entry.previous_msgctxt
        } else {
            &mut entry.previous
        };
        match slot {
            Some(previous) if word.is_empty() => previous.push_str(&text),
            _ => *slot = Some(text),
        }
        self.pending.field = field;
        Ok(())
    }

    /// A `msgctxt`, `msgid` or `msgstr` line, or a quoted line continuing one of them.
    fn keyword(&mut self, at: usize, body: &str, obsolete: bool) -> Result<()> {
        let (word, after) = split_keyword(body);
        let span = at..at + word.len().max(1);
        let text_at = at + word.len();
        match word {
            "" => {
                let text = self.quoted("text", at, body)?;
                match self.field_mut() {
                    Some(slot) => slot.push_str(&text),
                    None => {
                        return Err(self.error(span, said!("po-text-without-keyword")));
                    }
                }
            }
            "msgctxt" => {
                self.next_entry()?;
                if let Some(first) = self.pending.msgctxt_at.clone() {
                    return Err(self.twice("msgctxt", span, first));
                }
                self.pending.entry.msgctxt = Some(self.quoted(word, text_at, after)?);
                self.pending.msgctxt_at = Some(span);
                self.pending.field = Field::Ctxt;
            }
            "msgid" => {
                self.next_entry()?;
                self.pending.entry.msgid = self.quoted(word, text_at, after)?;
                self.pending.entry.line = self.line_number;
                self.pending.msgid_at = Some(span);
                self.pending.obsolete = obsolete;
                self.pending.field = Field::Id;
            }
            "msgstr" => {
                if self.pending.msgid_at.is_none() {
                    return Err(self.error(span, said!("po-msgstr-without-msgid")));
                }
                if let Some(first) = self.pending.msgstr_at.clone() {
                    return Err(self.twice("msgstr", span, first));
                }
                self.pending.entry.msgstr = self.quoted(word, text_at, after)?;
                self.pending.msgstr_at = Some(span);
                self.pending.field = Field::Str;
            }
            "msgid_plural" => return Err(self.plural(span)),
            w if w.starts_with("msgstr[") => return Err(self.plural(span)),
            _ => return Err(self.unknown_keyword(word, span)),
        }
        Ok(())
    }

    fn field_mut(&mut self) -> Option<&mut String> {
        let entry = &mut self.pending.entry;
        match self.pending.field {
            Field::None | Field::PrevCtxt | Field::PrevId => None,
            Field::Ctxt => entry.msgctxt.as_mut(),
            Field::Id => Some(&mut entry.msgid),
            Field::Str => Some(&mut entry.msgstr),
        }
    }

    /// Files the pending entry as the header, a live entry or an obsolete one. Comments after
    /// the last entry belong to none and are dropped.
    fn finish_entry(&mut self) -> Result<()> {
        let pending = std::mem::take(&mut self.pending);
        let Some(msgid_at) = pending.msgid_at else {
            return Ok(());
        };
        let Some(msgstr_at) = pending.msgstr_at else {
            return Err(self.no_msgstr(msgid_at));
        };
        let entry = pending.entry;
        let key = (entry.msgctxt.clone(), entry.msgid.clone());
        let seen = &mut self.seen[usize::from(pending.obsolete)];
        if let Some(&first) = seen.get(&key) {
            let message = said!("po-duplicate", first = first, line = entry.line);
            self.duplicates
                .push(Diagnostic::at(self.shown, self.text, msgid_at, message));
            return Ok(());
        }
        seen.insert(key, entry.line);
        if !pending.obsolete
            && !self.header_seen
            && entry.msgid.is_empty()
            && entry.msgctxt.is_none()
        {
            self.header_seen = true;
            self.catalogue.header = self.header_fields(&entry.msgstr, msgstr_at)?;
            self.catalogue.header_comments = pending.raw_comments;
        } else if pending.obsolete {
            self.catalogue.obsolete.push(entry);
        } else {
            self.catalogue.entries.push(entry);
        }
        Ok(())
    }

    /// The header's `Name: value` lines. senda reads and writes UTF-8 only, so a header that
    /// declares another encoding is an error rather than a file written back mislabelled.
    fn header_fields(&self, msgstr: &str, at: Range<usize>) -> Result<Vec<(String, String)>> {
        let mut fields = Vec::new();
        for line in msgstr.split('\n').filter(|l| !l.trim().is_empty()) {
            let Some((name, value)) = line.split_once(':') else {
                return Err(self.error(at, said!("po-header-line", line = line)));
            };
            fields.push((name.trim().to_string(), value.trim().to_string()));
        }
        let charset = fields
            .iter()
            .filter(|(name, _)| name.eq_ignore_ascii_case("Content-Type"))
            .filter_map(|(_, value)| value.split_once("charset=").map(|(_, c)| c))
            .map(|c| c.split([';', ' ']).next().unwrap_or(c).trim())
            .find(|c| !c.eq_ignore_ascii_case("UTF-8") && *c != "CHARSET");
        if let Some(charset) = charset {
            return Err(self.error(at, said!("po-charset", charset = charset)));
        }
        Ok(fields)
    }
}

impl Reader<'_> {
    /// The quoted string at the start of `rest` (which begins at byte `at`), unescaped.
    fn quoted(&self, keyword: &str, at: usize, rest: &str) -> Result<String> {
        let body = rest.trim_start();
        let at = at + rest.len() - body.len();
        strings::unquote(keyword, body)
            .map_err(|(span, message)| self.error(at + span.start..at + span.end, message))
    }

    fn no_msgstr(&self, msgid_at: Range<usize>) -> Error {
        self.error(msgid_at, said!("po-msgid-without-msgstr"))
    }

    fn twice(&self, keyword: &str, span: Range<usize>, first: Range<usize>) -> Error {
        let (line, ..) = crate::diagnostics::line_col(self.text, first.start);
        self.error(span, said!("po-twice", keyword = keyword, line = line))
    }

    fn plural(&self, span: Range<usize>) -> Error {
        self.error(span, said!("po-plural"))
    }

    fn unknown_keyword(&self, word: &str, span: Range<usize>) -> Error {
        let hint = ["msgid", "msgstr", "msgctxt"]
            .into_iter()
            .find(|k| strsim::levenshtein(k, word) <= 2);
        let message = match hint {
            Some(k) => said!("po-unknown-keyword-suggest", word = word, keyword = k),
            None => said!("po-unknown-keyword", word = word),
        };
        self.error(span, message)
    }
}

/// `msgid "…"` split into `msgid` and ` "…"`; a line that begins with a quote has no keyword.
fn split_keyword(body: &str) -> (&str, &str) {
    let end = body
        .find(|c: char| c.is_whitespace() || c == '"')
        .unwrap_or(body.len());
    body.split_at(end)
}

/// A comment's text without the one space after its marker.
fn after_space(text: &str) -> &str {
    text.strip_prefix(' ').unwrap_or(text)
}
