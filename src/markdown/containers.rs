//! Admonition containers, the `::: tip` … `:::` boxes of VitePress, Docusaurus and markdown-it:
//! found in the text before it is parsed. Their fence lines are blanked (same length, so every
//! offset stays true) and the Markdown between them is parsed with the rest of the page, then
//! grouped into a callout.

use std::borrow::Cow;
use std::ops::Range;

use super::blocks::CalloutKind;
use crate::said;
use crate::said::Said;

/// One `::: kind [title]` … `:::` box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Container {
    pub kind: CalloutKind,
    pub title: Option<String>,
    /// The opening fence line.
    pub open: Range<usize>,
    /// From the end of the opening line to the start of the closing one.
    pub inner: Range<usize>,
}

/// The kinds senda reads, as these tools name them.
pub(super) fn kind(word: &str) -> Option<CalloutKind> {
    Some(match word.to_ascii_lowercase().as_str() {
        "tip" | "info" | "note" | "important" | "warning" | "caution" => CalloutKind::Important,
        "danger" => CalloutKind::Danger,
        "details" => CalloutKind::Details,
        _ => return None,
    })
}

/// The text with the fence lines blanked, and the containers found in it.
pub(super) type Found<'a> = (Cow<'a, str>, Vec<Container>);

/// The containers in `text`, and the text with their fence lines blanked; an unclosed container
/// is an error at its opening line.
pub(super) fn find(text: &str) -> Result<Found<'_>, (Range<usize>, Said)> {
    let mut open: Vec<Container> = Vec::new();
    let mut found = Vec::new();
    let mut blank: Vec<Range<usize>> = Vec::new();
    let mut fence: Option<(char, usize)> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let range = at..at + line.trim_end_matches(['\n', '\r']).len();
        at += line.len();
        let trimmed = line.trim_start_matches(' ');
        if line.len() - trimmed.len() > 3 {
            continue;
        }
        if let Some(f) = code_fence(trimmed, fence) {
            fence = f;
            continue;
        }
        if fence.is_some() {
            continue;
        }
        let colons = trimmed.chars().take_while(|c| *c == ':').count();
        if colons < 3 {
            continue;
        }
        let rest = trimmed[colons..].trim();
        if rest.is_empty() {
            if let Some(mut container) = open.pop() {
                container.inner.end = range.start;
                found.push(container);
                blank.push(range);
            }
            continue;
        }
        let (word, title) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        if let Some(kind) = kind(word) {
            let title = Some(title.trim().to_string()).filter(|t| !t.is_empty());
            let inner = at..at;
            open.push(Container {
                kind,
                title,
                open: range.clone(),
                inner,
            });
            blank.push(range);
        }
    }
    if let Some(container) = open.first() {
        let word = &text[container.open.clone()];
        return Err((
            container.open.clone(),
            said!("markdown-container-unclosed", word = word.trim()),
        ));
    }
    found.sort_by_key(|c| c.open.start);
    Ok((blanked(text, &blank), found))
}

/// Whether `line` opens or closes a code fence (``` or ~~~), given the fence open now.
pub(super) fn code_fence(line: &str, open: Option<(char, usize)>) -> Option<Option<(char, usize)>> {
    let c = line.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let n = line.chars().take_while(|x| *x == c).count();
    if n < 3 {
        return None;
    }
    match open {
        None => Some(Some((c, n))),
        Some((oc, on)) if oc == c && n >= on && line[n..].trim().is_empty() => Some(None),
        Some(_) => None,
    }
}

fn blanked<'a>(text: &'a str, lines: &[Range<usize>]) -> Cow<'a, str> {
    if lines.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = text.as_bytes().to_vec();
    for range in lines {
        out[range.clone()].fill(b' ');
    }
    // Whole lines of UTF-8 were replaced by as many spaces: still UTF-8.
    Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_are_found_and_their_fences_blanked() {
        let text = "Intro\n\n::: warning Cuidado\n- uno\n:::\n\n```\n::: tip\n```\n";
        let (blanked, found) = find(text).unwrap_or_default();
        assert_eq!(found.len(), 1, "the fence inside a code block is not a box");
        assert_eq!(found[0].kind, CalloutKind::Important);
        assert_eq!(found[0].title.as_deref(), Some("Cuidado"));
        assert_eq!(&text[found[0].inner.clone()], "- uno\n");
        assert_eq!(blanked.len(), text.len());
        assert!(!blanked.contains(":::\n\n"), "{blanked}");
        assert!(blanked.contains("::: tip"), "{blanked}");
    }

    #[test]
    fn an_unclosed_box_is_an_error_at_its_opening() {
        let err = find("a\n\n::: danger\nx\n").err();
        let (at, message) = err.map(|(at, m)| (at, m.to_string())).unwrap_or_default();
        assert_eq!(at, 3..13);
        assert!(message.contains("never closed"), "{message}");
    }
}
