//! senda's own words to the people who edit a site. A message is an id in senda's Fluent
//! catalogues with its arguments ([`Said`]); it is put into words at the edge (the terminal, the
//! preview, `check --format json`) in the writer's language ([`Tongue`]).

mod catalogues;

use std::fmt;

pub use catalogues::{ids, syntax_errors, variables};

/// The languages senda speaks to writers in: the site's default language or `--lang` chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tongue {
    #[default]
    En,
    Es,
}

impl Tongue {
    /// Every language senda has catalogues for.
    pub const ALL: [Tongue; 2] = [Tongue::En, Tongue::Es];

    /// The tongue for a language code (`es`, `es-MX`, `en-GB`); English for any other, since
    /// senda has no catalogue for it yet.
    pub fn for_language(code: &str) -> Tongue {
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "es" => Tongue::Es,
            _ => Tongue::En,
        }
    }

    /// The language code of the catalogue.
    pub fn code(self) -> &'static str {
        match self {
            Tongue::En => "en",
            Tongue::Es => "es",
        }
    }
}

/// One value given to a message: words, or a number that may choose a plural form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Number(i64),
    /// Another message, put in words in the same tongue (a problem inside a sentence about it).
    Said(Box<Said>),
}

impl From<Said> for Value {
    fn from(v: Said) -> Self {
        Value::Said(Box::new(v))
    }
}

macro_rules! text_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(v: $t) -> Self {
                Value::Text(v.to_string())
            }
        }
    )*};
}
text_from!(String, &str, &String, char, std::borrow::Cow<'_, str>);

macro_rules! number_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(v: $t) -> Self {
                Value::Number(i64::try_from(v).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_from!(usize, u64, u32, u16, u8, i64, i32);

impl From<&std::path::Path> for Value {
    fn from(v: &std::path::Path) -> Self {
        Value::Text(v.display().to_string())
    }
}

impl From<&std::path::PathBuf> for Value {
    fn from(v: &std::path::PathBuf) -> Self {
        Value::Text(v.display().to_string())
    }
}

/// A message for writers: its id in the catalogues and its named values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub id: &'static str,
    pub args: Vec<(&'static str, Value)>,
}

/// A [`Said`] from an id and named values: `said!("page-not-found", path = p.display().to_string())`.
#[macro_export]
macro_rules! said {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::said::Said {
            id: $id,
            args: vec![$((stringify!($name), $crate::said::Value::from($value))),*],
        }
    };
}

impl Said {
    /// Words that come from outside senda as they are (another tool's message), until they are
    /// given a message of their own.
    pub fn verbatim(text: impl Into<String>) -> Self {
        Said {
            id: "verbatim",
            args: vec![("text", Value::Text(text.into()))],
        }
    }

    /// The message in words, in `tongue`; English where the catalogue lacks it.
    pub fn words(&self, tongue: Tongue) -> String {
        catalogues::format(self, tongue)
    }

    /// The message in `tongue`, as something to print.
    pub fn in_tongue(&self, tongue: Tongue) -> impl fmt::Display + '_ {
        InTongue(self, tongue)
    }

    /// Whether the English words contain `part` (for tests and for matching a tool's output).
    pub fn contains(&self, part: &str) -> bool {
        self.words(Tongue::En).contains(part)
    }
}

struct InTongue<'a>(&'a Said, Tongue);

impl fmt::Display for InTongue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.words(self.1))
    }
}

/// English, as the tests and logs read it.
impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(Tongue::En))
    }
}

impl PartialEq<&str> for Said {
    fn eq(&self, other: &&str) -> bool {
        self.words(Tongue::En) == *other
    }
}

#[cfg(test)]
mod tests;
