//! Writing PO text the way gettext's tools lay it out: comments in gettext's order, strings
//! escaped and wrapped at spaces to 79 columns, entries separated by one blank line.

use super::strings::escape;
use super::{Catalogue, Entry};

/// Lines are at most this many columns, quotes and `#~ ` included, unless a word is longer.
const PAGE_WIDTH: usize = 79;

pub(super) fn write(catalogue: &Catalogue) -> String {
    let mut blocks = Vec::new();
    if !catalogue.header.is_empty() || !catalogue.header_comments.is_empty() {
        blocks.push(header(catalogue));
    }
    for entry in &catalogue.entries {
        blocks.push(entry_block(entry, ""));
    }
    for entry in &catalogue.obsolete {
        blocks.push(entry_block(entry, "#~ "));
    }
    blocks.join("\n")
}

fn header(catalogue: &Catalogue) -> String {
    let mut out = String::new();
    for line in catalogue.header_comments.iter().flat_map(|c| c.split('\n')) {
        if line.starts_with('#') {
            out.push_str(line);
            out.push('\n');
        } else {
            comment_line(&mut out, "#", line);
        }
    }
    let fields: String = catalogue
        .header
        .iter()
        .map(|(name, value)| format!("{name}: {value}\n"))
        .collect();
    string(&mut out, "", "msgid", "", true);
    string(&mut out, "", "msgstr", &fields, true);
    out
}

/// One entry; `prefix` is `#~ ` for an obsolete one.
fn entry_block(entry: &Entry, prefix: &str) -> String {
    let mut out = String::new();
    for line in entry.comments.iter().flat_map(|c| c.split('\n')) {
        comment_line(&mut out, "#", line);
    }
    for line in entry.notes.iter().flat_map(|c| c.split('\n')) {
        comment_line(&mut out, "#.", line);
    }
    references(&mut out, &entry.references);
    let flags: Vec<&str> = entry
        .fuzzy
        .then_some("fuzzy")
        .into_iter()
        .chain(
            entry
                .flags
                .iter()
                .map(String::as_str)
                .filter(|f| *f != "fuzzy"),
        )
        .collect();
    if !flags.is_empty() {
        out.push_str("#, ");
        out.push_str(&flags.join(", "));
        out.push('\n');
    }
    let wrap = !entry.flags.iter().any(|f| f == "no-wrap");
    let previous_prefix = if prefix.is_empty() { "#| " } else { "#~| " };
    if let Some(ctxt) = &entry.previous_msgctxt {
        string(&mut out, previous_prefix, "msgctxt", ctxt, wrap);
    }
    if let Some(previous) = &entry.previous {
        string(&mut out, previous_prefix, "msgid", previous, wrap);
    }
    if let Some(ctxt) = &entry.msgctxt {
        string(&mut out, prefix, "msgctxt", ctxt, wrap);
    }
    string(&mut out, prefix, "msgid", &entry.msgid, wrap);
    string(&mut out, prefix, "msgstr", &entry.msgstr, wrap);
    out
}

/// `#. note`, or the bare marker for an empty line, as gettext writes them.
fn comment_line(out: &mut String, marker: &str, text: &str) {
    out.push_str(marker);
    if !text.is_empty() {
        out.push(' ');
        out.push_str(text);
    }
    out.push('\n');
}

/// `#:` lines, as many references on each as fit in the page width.
fn references(out: &mut String, references: &[String]) {
    let mut line = String::new();
    for reference in references {
        if !line.is_empty() && line.chars().count() + 1 + reference.chars().count() > PAGE_WIDTH {
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if line.is_empty() {
            line.push_str("#:");
        }
        line.push(' ');
        line.push_str(reference);
    }
    if !line.is_empty() {
        out.push_str(&line);
        out.push('\n');
    }
}

/// `keyword "text"`, or `keyword ""` followed by one quoted line per piece when the text has a
/// line break before its end or does not fit: gettext's layout, so that its tools and senda
/// rewrite each other's files with few changes.
fn string(out: &mut String, prefix: &str, keyword: &str, text: &str, wrap: bool) {
    let pieces: Vec<&str> = if text.is_empty() {
        vec![""]
    } else {
        text.split_inclusive('\n').collect()
    };
    let width = |first: bool| {
        let taken = prefix.chars().count() + 2 + if first { keyword.len() + 1 } else { 0 };
        if wrap {
            PAGE_WIDTH.saturating_sub(taken)
        } else {
            usize::MAX
        }
    };
    if let [piece] = pieces.as_slice()
        && let [line] = wrapped(piece, width(true)).as_slice()
    {
        out.push_str(&format!("{prefix}{keyword} \"{line}\"\n"));
        return;
    }
    out.push_str(&format!("{prefix}{keyword} \"\"\n"));
    for piece in pieces {
        for line in wrapped(piece, width(false)) {
            out.push_str(&format!("{prefix}\"{line}\"\n"));
        }
    }
}

/// `piece` escaped and cut after spaces into lines of at most `width` columns (a longer word
/// stays whole); a final `\n` stays with the word before it.
fn wrapped(piece: &str, width: usize) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut rest = piece;
    while !rest.is_empty() {
        let word_end = rest.find(' ').unwrap_or(rest.len());
        let spaces = rest[word_end..].len() - rest[word_end..].trim_start_matches(' ').len();
        let (word, tail) = rest.split_at(word_end + spaces);
        match words.last_mut() {
            Some(last) if word == "\n" => last.push_str("\\n"),
            _ => words.push(escape(word)),
        }
        rest = tail;
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in words {
        if !line.is_empty() && line.chars().count() + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        line.push_str(&word);
    }
    lines.push(line);
    lines
}
