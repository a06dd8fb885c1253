//! A place's services in the order its web page and its printed list show them, and cut into
//! pages of `[limits] services_per_page`, so that no page or sheet grows with the directory.

use super::{Directory, Service, vocab};

/// Where a service is listed on a place's page: under its first category, or among the services
/// of the places around.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Category(&'static str),
    Around,
}

impl Directory {
    /// The services for someone in `place`, in the order its page and printed list show them:
    /// those in it grouped by their first category (in the order of [`vocab::CATEGORIES`]),
    /// then those of the places around it. Those `keep` refuses are left out.
    pub fn listed(&self, place: &str, keep: impl Fn(&Service) -> bool) -> Vec<(Section, &Service)> {
        let (here, around) = self.serving(place, &[]);
        let mut listed = Vec::with_capacity(here.len() + around.len());
        for category in vocab::CATEGORIES {
            let first = |s: &&&Service| s.categories.first().is_some_and(|c| c == category);
            listed.extend(
                here.iter()
                    .filter(first)
                    .filter(|s| keep(s))
                    .map(|s| (Section::Category(category), *s)),
            );
        }
        listed.extend(
            around
                .into_iter()
                .filter(|s| keep(s))
                .map(|s| (Section::Around, s)),
        );
        listed
    }

    /// The place whose services are listed "also in …": the widest of the places around.
    pub fn around_name(&self, place: &str) -> Option<String> {
        let (_, around) = self.serving(place, &[]);
        around
            .iter()
            .map(|s| s.place.as_str())
            .min_by_key(|p| p.len())
            .map(str::to_string)
    }
}

/// `items` cut into pages of at most `per_page` (at least one, even empty), so that a page's
/// weight never depends on how many items there are.
pub fn pages<T>(items: &[T], per_page: usize) -> Vec<&[T]> {
    if items.is_empty() {
        return vec![items];
    }
    items.chunks(per_page.max(1)).collect()
}

#[cfg(test)]
mod tests {
    use super::pages;

    #[test]
    fn pages_hold_at_most_their_share() {
        let items: Vec<u32> = (0..85).collect();
        let cut = pages(&items, 40);
        assert_eq!(cut.iter().map(|p| p.len()).collect::<Vec<_>>(), [40, 40, 5]);
        assert_eq!(pages(&items[..40], 40).len(), 1);
        assert_eq!(pages::<u32>(&[], 40).len(), 1, "an empty list is one page");
        assert_eq!(pages(&items[..3], 0).len(), 3, "a limit of 0 is read as 1");
    }
}
