//! A template merged into a catalogue, as `msgmerge` does, so that translators keep their work
//! when pages change: exact matches keep their translation, changed messages are offered the
//! translation of the closest message that went away (marked fuzzy), and nothing translated is
//! ever dropped (it becomes obsolete).

use std::collections::{HashMap, HashSet};

use super::{Catalogue, Entry, default_header};

/// How alike two messages must be (Dice coefficient on character bigrams) for the old one's
/// translation to be offered, fuzzy, for the new one; msgmerge's threshold is 0.6 too.
const SIMILAR: f64 = 0.6;

type Key<'a> = (Option<&'a str>, &'a str);

fn key(entry: &Entry) -> Key<'_> {
    (entry.msgctxt.as_deref(), &entry.msgid)
}

/// See [`super::merge`] for the rules.
pub(super) fn merge(template: &[Entry], old: Catalogue, lang: &str) -> Catalogue {
    let template = dedup(template);
    let live = old.entries.len();
    let pool: Vec<Entry> = old.entries.into_iter().chain(old.obsolete).collect();
    let mut first: HashMap<Key, usize> = HashMap::new();
    for (i, entry) in pool.iter().enumerate() {
        let slot = first.entry(key(entry)).or_insert(i);
        if pool[*slot].msgstr.is_empty() && !entry.msgstr.is_empty() {
            *slot = i;
        }
    }
    let wanted: HashSet<Key> = template.iter().map(key).collect();
    let mut used = vec![false; pool.len()];
    let mut merged: Vec<Option<Entry>> = template
        .iter()
        .map(|t| {
            let i = *first.get(&key(t))?;
            used[i] = true;
            Some(kept(t, &pool[i]))
        })
        .collect();
    let candidates: Vec<usize> = (0..pool.len())
        .filter(|&i| !used[i] && !pool[i].msgstr.is_empty() && !wanted.contains(&key(&pool[i])))
        .collect();
    let orphans: Vec<usize> = (0..template.len())
        .filter(|&t| merged[t].is_none())
        .collect();
    for (t, i) in fuzzy_pairs(&template, &orphans, &pool, &candidates) {
        used[i] = true;
        merged[t] = Some(fuzzy(&template[t], &pool[i]));
    }
    let entries = merged
        .into_iter()
        .zip(&template)
        .map(|(m, t)| m.unwrap_or_else(|| untranslated(t)))
        .collect();
    let obsolete = pool
        .iter()
        .enumerate()
        .filter(|&(i, e)| {
            !used[i]
                && first.get(&key(e)) == Some(&i)
                && !wanted.contains(&key(e))
                && (i >= live || !e.msgstr.is_empty())
        })
        .map(|(_, e)| Entry {
            line: 0,
            ..e.clone()
        })
        .collect();
    Catalogue {
        header: if old.header.is_empty() {
            default_header(lang)
        } else {
            old.header
        },
        header_comments: old.header_comments,
        entries,
        obsolete,
    }
}

/// The template without repeated messages (a repeat adds its references to the first) and
/// without an empty msgid outside any context, which is the header's place.
fn dedup(template: &[Entry]) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::with_capacity(template.len());
    let mut index: HashMap<Key, usize> = HashMap::new();
    index.insert((None, ""), usize::MAX);
    for entry in template {
        match index.get(&key(entry)) {
            Some(&usize::MAX) => {}
            Some(&i) => {
                for reference in &entry.references {
                    if !out[i].references.contains(reference) {
                        out[i].references.push(reference.clone());
                    }
                }
            }
            None => {
                index.insert(key(entry), out.len());
                out.push(entry.clone());
            }
        }
    }
    out
}

/// The template entry as it stands in a catalogue before anyone translates it.
fn untranslated(template: &Entry) -> Entry {
    Entry {
        msgstr: String::new(),
        fuzzy: false,
        previous: None,
        previous_msgctxt: None,
        comments: Vec::new(),
        line: 0,
        ..template.clone()
    }
}

/// The template entry with the translator's work from its exact match.
fn kept(template: &Entry, old: &Entry) -> Entry {
    Entry {
        msgstr: old.msgstr.clone(),
        fuzzy: old.fuzzy,
        previous: old.previous.clone(),
        previous_msgctxt: old.previous_msgctxt.clone(),
        comments: old.comments.clone(),
        ..untranslated(template)
    }
}

/// The template entry offered the translation of a similar old message, to be checked.
fn fuzzy(template: &Entry, old: &Entry) -> Entry {
    Entry {
        msgstr: old.msgstr.clone(),
        fuzzy: true,
        previous: Some(old.msgid.clone()),
        previous_msgctxt: old.msgctxt.clone(),
        comments: old.comments.clone(),
        ..untranslated(template)
    }
}

/// Which old entry each unmatched template entry takes: every pair at least [`SIMILAR`], best
/// first (same file, then similarity, then file order), each side used once.
fn fuzzy_pairs(
    template: &[Entry],
    orphans: &[usize],
    pool: &[Entry],
    candidates: &[usize],
) -> Vec<(usize, usize)> {
    if orphans.is_empty() || candidates.is_empty() {
        return Vec::new();
    }
    let grams: Vec<Vec<u64>> = candidates
        .iter()
        .map(|&i| bigrams(&pool[i].msgid))
        .collect();
    let mut pairs = Vec::new();
    for &t in orphans {
        let mine = bigrams(&template[t].msgid);
        let mine_files = files(&template[t]);
        for (c, &i) in candidates.iter().enumerate() {
            let Some(score) = dice(&mine, &grams[c]) else {
                continue;
            };
            let same_file = files(&pool[i]).iter().any(|f| mine_files.contains(f));
            pairs.push((same_file, score, t, i));
        }
    }
    pairs.sort_by(|a, b| {
        (b.0.cmp(&a.0))
            .then(b.1.total_cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    let (mut taken_t, mut taken_i) = (HashSet::new(), HashSet::new());
    pairs
        .into_iter()
        .filter(|&(_, _, t, i)| {
            !taken_t.contains(&t) && !taken_i.contains(&i) && {
                taken_t.insert(t);
                taken_i.insert(i)
            }
        })
        .map(|(_, _, t, i)| (t, i))
        .collect()
}

/// The files an entry's references point into (`content/es/asilo.md`, without `:12`).
fn files(entry: &Entry) -> Vec<&str> {
    entry
        .references
        .iter()
        .map(|r| match r.rsplit_once(':') {
            Some((file, line)) if line.chars().all(|c| c.is_ascii_digit()) => file,
            _ => r.as_str(),
        })
        .collect()
}

/// The text's character bigrams, sorted, each a pair of code points; a one-letter text counts
/// as its letter paired with nothing, so that it can still equal itself.
fn bigrams(text: &str) -> Vec<u64> {
    let chars: Vec<u64> = text.chars().map(u64::from).collect();
    let mut grams: Vec<u64> = match chars.as_slice() {
        [] => Vec::new(),
        [c] => vec![*c << 32 | 0xFFFF_FFFF],
        _ => chars.windows(2).map(|w| w[0] << 32 | w[1]).collect(),
    };
    grams.sort_unstable();
    grams
}

/// The Dice coefficient of two sorted bigram lists, or `None` below [`SIMILAR`] (checked first
/// on the lengths alone, which bound it, so that most pairs cost nothing).
fn dice(a: &[u64], b: &[u64]) -> Option<f64> {
    let total = (a.len() + b.len()) as f64;
    if total == 0.0 || 2.0 * a.len().min(b.len()) as f64 / total < SIMILAR {
        return None;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let score = 2.0 * common as f64 / total;
    (score >= SIMILAR).then_some(score)
}
