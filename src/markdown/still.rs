//! An animation too heavy to show, as a page shows it: its first frame, and a link under it to
//! the animation that says what it weighs, for Markdown images and `<img>` tags alike.

use super::document::{Link, Target};
use super::html::Resolve;
use crate::html::escape;

/// What a page shows for an animation too heavy to show: its first frame, and a link to the
/// animation that says how much it weighs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Still {
    pub src: String,
    pub moving: String,
    /// The link's words, in the reader's language (`See it moving (2.9 MB)`).
    pub label: String,
    /// The language of those words when they are not the reader's (senda's English).
    pub borrowed: Option<String>,
}

impl Still {
    /// The link to the animation, on a line of its own under the still.
    pub fn link(&self) -> String {
        let lang = self.borrowed.as_ref().map_or(String::new(), |l| {
            format!(" lang=\"{}\" dir=\"ltr\"", escape(l))
        });
        format!(
            "<br><a class=\"moving\" href=\"{}\"{lang}>{}</a>",
            escape(&self.moving),
            escape(&self.label)
        )
    }
}

/// The still of an animation that raw HTML shows with `<img src>` at `at`, and where that tag
/// ends (where the link goes).
pub(super) fn raw_still(
    html: &str,
    at: usize,
    link: &Link,
    resolve: &dyn Resolve,
) -> Option<(Still, usize)> {
    let Target::Asset { rel, .. } = &link.target else {
        return None;
    };
    let open = html.get(..at)?.rfind('<')?;
    let tag = html.get(open..at)?.to_ascii_lowercase();
    let before = tag.trim_end_matches(['"', '\'']).trim_end();
    let is_src = before
        .strip_suffix('=')
        .is_some_and(|b| b.trim_end().ends_with("src"));
    if !tag.starts_with("<img") || !is_src {
        return None;
    }
    let end = at + html.get(at..)?.find('>')? + 1;
    Some((resolve.still(rel)?, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Moving;

    impl Resolve for Moving {
        fn page(&self, _: &Link) -> Result<String, crate::said::Said> {
            Ok(String::new())
        }
        fn asset(&self, rel: &str) -> Option<String> {
            Some(rel.to_string())
        }
        fn still(&self, rel: &str) -> Option<Still> {
            Some(Still {
                src: format!("{rel}.still.jpg"),
                moving: rel.to_string(),
                label: "See it moving (2.9 MB)".to_string(),
                borrowed: None,
            })
        }
    }

    fn link(rel: &str) -> Link {
        Link {
            target: Target::Asset {
                rel: rel.to_string(),
                fragment: None,
            },
            written: rel.to_string(),
            at: 0..0,
            title: String::new(),
        }
    }

    #[test]
    fn only_an_img_tags_src_shows_a_still() {
        let html = "<img alt=\"a\" src=\"a.gif\"> <a href=\"a.gif\">x</a>";
        let at = html.find("a.gif").unwrap_or_default();
        let (still, end) = raw_still(html, at, &link("a.gif"), &Moving).expect("a still");
        assert_eq!(still.src, "a.gif.still.jpg");
        assert_eq!(&html[..end], "<img alt=\"a\" src=\"a.gif\">");
        let at = html.rfind("a.gif").unwrap_or_default();
        assert_eq!(raw_still(html, at, &link("a.gif"), &Moving), None, "a link");
        assert!(
            still
                .link()
                .contains("href=\"a.gif\">See it moving (2.9 MB)</a>")
        );
    }
}
