//! `audience = "…"`: who the site is written for, which sets how long a sentence `check` lets
//! pass before it says it is hard to read.

use toml::Spanned;

use super::Located;
use crate::diagnostics::Problems;

/// Who reads the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Audience {
    /// Children reading alone: sentences of at most 20 words.
    Children,
    /// Children with their families (the default): at most 25 words, as senda always asked.
    #[default]
    Families,
    /// Adults: no reading-level advice at all.
    Adults,
}

impl Audience {
    /// Every audience, in the order messages list them.
    pub const ALL: [Audience; 3] = [Audience::Children, Audience::Families, Audience::Adults];

    /// The name written in `senda.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Audience::Children => "children",
            Audience::Families => "families",
            Audience::Adults => "adults",
        }
    }

    /// The longest sentence this audience reads easily, in words; none for adults.
    pub fn sentence_words(self) -> Option<usize> {
        match self {
            Audience::Children => Some(20),
            Audience::Families => Some(25),
            Audience::Adults => None,
        }
    }
}

/// `audience = "…"`: one of the three, or an error at the value that names them.
pub(super) fn audience(
    raw: Option<&Spanned<String>>,
    file: &Located,
    problems: &mut Problems,
) -> Audience {
    let Some(name) = raw else {
        return Audience::default();
    };
    let found = Audience::ALL
        .into_iter()
        .find(|a| a.name() == name.get_ref());
    found.unwrap_or_else(|| {
        let known: Vec<String> = Audience::ALL
            .iter()
            .map(|a| format!("`{}`", a.name()))
            .collect();
        problems.push(file.at(
            name,
            crate::said!(
                "config-audience-unknown",
                audience = name.get_ref(),
                known = known.join(", ")
            ),
        ));
        Audience::default()
    })
}

#[cfg(test)]
mod tests {
    use super::Audience;

    #[test]
    fn adults_get_no_reading_level_and_families_what_senda_always_asked() {
        assert_eq!(Audience::default(), Audience::Families);
        assert_eq!(Audience::Families.sentence_words(), Some(25));
        assert_eq!(Audience::Children.sentence_words(), Some(20));
        assert_eq!(Audience::Adults.sentence_words(), None);
    }
}
