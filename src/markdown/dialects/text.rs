//! The body being rewritten: its bytes, its lines outside code, and the edits, each of which
//! keeps the length.

use std::borrow::Cow;
use std::ops::Range;

use super::Rewritten;
use crate::markdown::containers::{Container, code_fence};
use crate::said::Said;

/// A body under rewriting.
pub(super) struct Text<'a> {
    original: &'a str,
    bytes: Vec<u8>,
    changed: bool,
    /// Each line outside fenced code (without its line break).
    pub lines: Vec<Range<usize>>,
    pub containers: Vec<Container>,
    pub warnings: Vec<(Range<usize>, Said)>,
}

impl<'a> Text<'a> {
    pub fn new(original: &'a str) -> Self {
        Text {
            original,
            bytes: original.as_bytes().to_vec(),
            changed: false,
            lines: lines_outside_code(original),
            containers: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// The text as rewritten so far.
    pub fn now(&self) -> &str {
        // Every edit replaces whole characters with ASCII: the bytes stay UTF-8.
        std::str::from_utf8(&self.bytes).unwrap_or(self.original)
    }

    /// The line at `range`, as rewritten so far.
    pub fn line(&self, range: &Range<usize>) -> &str {
        self.now().get(range.clone()).unwrap_or_default()
    }

    /// Spaces in place of `range`, line breaks kept.
    pub fn blank(&mut self, range: Range<usize>) {
        for b in &mut self.bytes[range] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
                self.changed = true;
            }
        }
    }

    /// `with` in place of `range`, padded with spaces after it to its length; `with` must be no
    /// longer.
    pub fn replace(&mut self, range: Range<usize>, with: &str) {
        self.put(range, with, false);
    }

    /// `with` in place of the end of `range`, spaces before it.
    pub fn replace_end(&mut self, range: Range<usize>, with: &str) {
        self.put(range, with, true);
    }

    fn put(&mut self, range: Range<usize>, with: &str, at_end: bool) {
        if with.len() > range.len() || range.end > self.bytes.len() {
            return;
        }
        let start = if at_end {
            range.end - with.len()
        } else {
            range.start
        };
        self.blank(range);
        self.bytes[start..start + with.len()].copy_from_slice(with.as_bytes());
        self.changed = true;
    }

    /// Moves the line at `range` one byte to the left, over the first of its leading spaces, and
    /// ends it with a space: the line is indented one column less, at the same length.
    pub fn outdent(&mut self, range: Range<usize>) {
        let line = &mut self.bytes[range];
        if line.first() == Some(&b'\t') {
            line[0] = b' ';
        } else if line.first() == Some(&b' ') {
            line.rotate_left(1);
        }
        self.changed = true;
    }

    pub fn warn(&mut self, at: Range<usize>, message: Said) {
        self.warnings.push((at, message));
    }

    pub fn finish(mut self) -> Rewritten<'a> {
        self.containers.sort_by_key(|c| c.open.start);
        let text = match self.changed {
            true => Cow::Owned(self.now().to_string()),
            false => Cow::Borrowed(self.original),
        };
        Rewritten {
            text,
            containers: self.containers,
            warnings: self.warnings,
        }
    }
}

/// Each line of `text` outside fenced code, without its line break; the fences are left out too.
fn lines_outside_code(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut fence = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let range = at..at + line.trim_end_matches(['\n', '\r']).len();
        at += line.len();
        let trimmed = line.trim_start_matches(' ');
        if line.len() - trimmed.len() <= 3
            && let Some(f) = code_fence(trimmed, fence)
        {
            fence = f;
            continue;
        }
        if fence.is_none() {
            out.push(range);
        }
    }
    out
}

/// Whether byte `at` of `line` is inside inline code (after an odd number of backticks).
pub(super) fn in_code(line: &str, at: usize) -> bool {
    !line[..at].matches('`').count().is_multiple_of(2)
}

/// The length of the leading spaces of `line`, a tab counting as four.
pub(super) fn indent(line: &str) -> usize {
    let mut n = 0;
    for c in line.chars() {
        match c {
            ' ' => n += 1,
            '\t' => n += 4 - n % 4,
            _ => break,
        }
    }
    n
}
