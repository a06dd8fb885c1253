//! Problems in authored files: where they are (`Location`), what they are (`Diagnostic`), and the
//! library's one error type, rendered rustc-style so a translator can find the line.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::said::{Said, Tongue};

/// A place in an authored file: 1-based line and column (columns count characters, not bytes);
/// line 0 means the file as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
}

/// How serious a problem is: errors stop the build, warnings are printed and the build goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, with where it is and the offending line when the file is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: Said,
    pub location: Option<Location>,
    /// The text of the offending line and how many characters to underline from `location.col`.
    pub snippet: Option<(String, usize)>,
}

impl Diagnostic {
    /// An error about a whole file (no line to point at).
    pub fn in_file(path: &Path, message: impl Into<Said>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            location: Some(Location {
                path: path.to_path_buf(),
                line: 0,
                col: 0,
            }),
            snippet: None,
        }
    }

    /// An error that concerns no single file (for example a command-line argument).
    pub fn general(message: impl Into<Said>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            location: None,
            snippet: None,
        }
    }

    /// An error at a byte range of `source`, the full text of the file at `path`.
    pub fn at(
        path: &Path,
        source: &str,
        span: std::ops::Range<usize>,
        message: impl Into<Said>,
    ) -> Self {
        let start = floor_char_boundary(source, span.start.min(source.len()));
        let (line, col, line_text) = line_col(source, start);
        let end = floor_char_boundary(source, span.end.clamp(start, source.len()));
        let width = source[start..end]
            .lines()
            .next()
            .map_or(1, |s| s.chars().count().max(1));
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            location: Some(Location {
                path: path.to_path_buf(),
                line,
                col,
            }),
            snippet: Some((line_text.to_string(), width)),
        }
    }

    /// An error at a known line and column, when no byte offset is at hand (for example from tera).
    pub fn at_line(
        path: &Path,
        source: Option<&str>,
        line: usize,
        col: usize,
        message: impl Into<Said>,
    ) -> Self {
        let snippet = source
            .and_then(|s| s.lines().nth(line.saturating_sub(1)))
            .map(|l| (l.trim_end_matches('\r').to_string(), 1));
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            location: Some(Location {
                path: path.to_path_buf(),
                line,
                col,
            }),
            snippet,
        }
    }

    /// The same problem, reported as an error (what `check` makes of the build's warnings).
    pub fn error(mut self) -> Self {
        self.severity = Severity::Error;
        self
    }

    /// The same problem, reported as a warning.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }
}

/// Byte offset → (1-based line, 1-based column in characters, the line's text without its newline).
pub fn line_col(source: &str, offset: usize) -> (usize, usize, &str) {
    let offset = floor_char_boundary(source, offset.min(source.len()));
    let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[offset..]
        .find('\n')
        .map_or(source.len(), |i| offset + i);
    let line = source[..line_start].matches('\n').count() + 1;
    let col = source[line_start..offset].chars().count() + 1;
    (
        line,
        col,
        source[line_start..line_end].trim_end_matches('\r'),
    )
}

/// The last character boundary at or before byte `i`: where a byte offset from another text (a
/// block's, say) may land inside a letter of this one.
pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// In English, as tests and logs read it; [`Diagnostic::in_tongue`] for the writer's language.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(Tongue::En))
    }
}

/// `text` with control characters other than line breaks and tabs shown as escapes: a file named
/// with a terminal's escape sequence must not recolour, retitle or clear the terminal it is
/// reported in.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.chars().any(unsafe_char) {
        return text.into();
    }
    text.chars()
        .map(|c| {
            if unsafe_char(c) {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

impl Diagnostic {
    /// The whole report (label, place, message, the line underlined) in `tongue`, safe to print.
    pub fn words(&self, tongue: Tongue) -> String {
        let mut text = String::new();
        // Writing to a String cannot fail.
        let _ = self.write_raw(&mut text, tongue);
        printable(&text).into_owned()
    }

    /// "error" or "warning", in `tongue`.
    pub fn label(&self, tongue: Tongue) -> String {
        let id = match self.severity {
            Severity::Error => "label-error",
            Severity::Warning => "label-warning",
        };
        Said { id, args: vec![] }.words(tongue)
    }

    fn write_raw(&self, f: &mut impl fmt::Write, tongue: Tongue) -> fmt::Result {
        let label = self.label(tongue);
        let message = self.message.words(tongue);
        match &self.location {
            Some(loc) if loc.line == 0 => write!(f, "{label}: {}: {message}", loc.path.display())?,
            Some(loc) => write!(
                f,
                "{label}: {}:{}:{}: {message}",
                loc.path.display(),
                loc.line,
                loc.col,
            )?,
            None => write!(f, "{label}: {message}")?,
        }
        if let (Some(loc), Some((text, width))) = (&self.location, &self.snippet) {
            // A very long line is shown as a window around the column.
            let chars: Vec<char> = text.chars().collect();
            let col = loc.col.saturating_sub(1).min(chars.len());
            let start = col.saturating_sub(40);
            let end = (col + 80).min(chars.len());
            let (shown, offset): (String, usize) = if chars.len() > 120 {
                let mut s: String = chars[start..end].iter().collect();
                let mut offset = col - start;
                if start > 0 {
                    s.insert(0, '…');
                    offset += 1;
                }
                if end < chars.len() {
                    s.push('…');
                }
                (s, offset)
            } else {
                (text.clone(), col)
            };
            let number = loc.line.to_string();
            let pad = " ".repeat(number.len());
            let indent: String = shown
                .chars()
                .take(offset)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let width = (*width).min(shown.chars().count().saturating_sub(offset).max(1));
            write!(
                f,
                "\n{pad} |\n{number} | {shown}\n{pad} | {indent}{}",
                "^".repeat(width)
            )?;
        }
        Ok(())
    }
}

/// The library's error: an I/O failure naming its path, or every problem found in authored files.
#[derive(Debug)]
pub enum Error {
    Io {
        path: PathBuf,
        action: &'static str,
        source: io::Error,
    },
    /// Problems in content, locales, templates or configuration, all of them from one run.
    Invalid(Vec<Diagnostic>),
}

impl Error {
    /// Wraps an I/O error with what was being done and to which path.
    pub fn io<'p>(action: &'static str, path: &'p Path) -> impl FnOnce(io::Error) -> Error + 'p {
        move |source| Error::Io {
            path: path.to_path_buf(),
            action,
            source,
        }
    }

    /// One authored-file problem as an error.
    pub fn one(diagnostic: Diagnostic) -> Self {
        Error::Invalid(vec![diagnostic])
    }

    /// The diagnostics this error carries (empty for I/O errors).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Error::Invalid(d) => d,
            Error::Io { .. } => &[],
        }
    }
}

impl Error {
    /// The whole error in `tongue`, safe to print: every problem, then how many.
    pub fn words(&self, tongue: Tongue) -> String {
        match self {
            Error::Io {
                path,
                action,
                source,
            } => {
                let said = crate::said!(
                    "io-failed",
                    action = *action,
                    path = printable(&path.display().to_string()),
                    reason = source.to_string()
                );
                let label = Said {
                    id: "label-error",
                    args: vec![],
                }
                .words(tongue);
                format!("{label}: {}", said.words(tongue))
            }
            Error::Invalid(diagnostics) => {
                let shown: Vec<String> = diagnostics.iter().map(|d| d.words(tongue)).collect();
                let mut text = shown.join("\n\n");
                let errors = diagnostics
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .count();
                if errors > 1 {
                    let said = crate::said!("problems-found", count = errors);
                    text.push_str("\n\n");
                    text.push_str(&said.words(tongue));
                }
                text
            }
        }
    }
}

/// In English, as tests and logs read it; [`Error::words`] for the writer's language.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(Tongue::En))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            Error::Invalid(_) => None,
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Collects diagnostics from a stage that should report every problem, not only the first.
#[derive(Debug, Default)]
pub struct Problems {
    pub list: Vec<Diagnostic>,
}

impl Problems {
    pub fn push(&mut self, d: Diagnostic) {
        self.list.push(d);
    }

    /// Takes the diagnostics out of a failed step, or its value out of a good one.
    pub fn take<T>(&mut self, r: Result<T>) -> Result<Option<T>> {
        match r {
            Ok(v) => Ok(Some(v)),
            Err(Error::Invalid(d)) => {
                self.list.extend(d);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Ends the stage: an error if anything serious was found. A problem found more than once
    /// (the same text rendered for several languages) is reported once.
    pub fn finish(mut self) -> Result<Vec<Diagnostic>> {
        let mut seen = Vec::with_capacity(self.list.len());
        self.list.retain(|d| {
            let new = !seen.contains(d);
            if new {
                seen.push(d.clone());
            }
            new
        });
        if self.list.iter().any(|d| d.severity == Severity::Error) {
            Err(Error::Invalid(self.list))
        } else {
            Ok(self.list)
        }
    }
}

/// What a panic said, for the error it becomes.
pub fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file named with an escape sequence once reached the terminal raw.
    #[test]
    fn control_characters_in_names_are_shown_escaped() {
        let d = Diagnostic::in_file(
            Path::new("content/es/\u{1b}]0;pwned\u{7}a.md"),
            Said::verbatim("x"),
        );
        let shown = d.to_string();
        assert!(
            !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
            "{shown:?}"
        );
        assert!(shown.contains("\\u{1b}]0;pwned"), "{shown}");
    }

    #[test]
    fn line_and_column_count_characters() {
        let src = "a\nb'e ñandú x\n";
        let off = src.find('x').unwrap_or_default();
        let (line, col, text) = line_col(src, off);
        assert_eq!((line, col, text), (2, 11, "b'e ñandú x"));
    }

    #[test]
    fn renders_like_rustc() {
        let d = Diagnostic::at(
            Path::new("content/es/a.md"),
            "+++\ntitel = 1\n+++\n",
            4..9,
            Said::verbatim("unknown field `titel`"),
        );
        let shown = d.to_string();
        assert_eq!(
            shown,
            "error: content/es/a.md:2:1: unknown field `titel`\n  |\n2 | titel = 1\n  | ^^^^^"
        );
    }
}
