//! Setting a page's text in a fixed number of panels: the largest size between 9 and 13 pt at
//! which it fits, spread evenly so that no panel is left blank, and a message saying by how much
//! it is too long when even 9 pt does not fit.

use typst_layout::PagedDocument;

use super::Paper;
use super::frame::{Frame, preamble};
use super::layouts::Problem;
use super::markup::Block;
use super::typeset::compile;
use super::world::Fonts;

/// The sizes tried, largest first: below 9 pt a leaflet is hard to read, above 13 pt it stops
/// gaining.
const SIZES: [f64; 9] = [13.0, 12.5, 12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0];

/// The text set in its panels: the document (one page per panel) and its text size.
pub(super) struct Fitted {
    pub(super) document: PagedDocument,
    pub(super) size: f64,
}

/// A panel's size and margin, in millimetres.
#[derive(Clone, Copy)]
pub(super) struct Panel {
    pub(super) width: f64,
    pub(super) height: f64,
    pub(super) margin: f64,
}

/// The blocks in `panels` panels at the largest size that fits, balanced; when they fit at no
/// size even running on from panel to panel, a message for the writer (about a trifold on
/// `paper`).
pub(super) fn fit(
    fonts: &Fonts,
    f: &Frame,
    blocks: &[Block],
    (panel, panels): (Panel, usize),
    paper: Paper,
) -> std::result::Result<Fitted, Problem> {
    let groups = balance(blocks, panels);
    let balanced = groups
        .iter()
        .map(|g| g.join(""))
        .collect::<Vec<_>>()
        .join("\n#pagebreak()\n");
    let at = |size: f64, body: &str| {
        compile(
            fonts,
            format!(
                "{}{body}",
                preamble(f, panel.width, panel.height, panel.margin, size)
            ),
            vec![],
        )
    };
    // The largest size at which each group fits its own panel (fewer pages as the size drops).
    let (mut low, mut high) = (0, SIZES.len());
    let mut best = None;
    while low < high {
        let mid = (low + high) / 2;
        let document = at(SIZES[mid], &balanced)?;
        if document.pages().len() <= groups.len() {
            best = Some((document, SIZES[mid]));
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    if let Some((document, size)) = best {
        return Ok(Fitted { document, size });
    }
    let smallest = SIZES[SIZES.len() - 1];
    let flowing = at(
        smallest,
        &blocks.iter().map(|b| b.markup.as_str()).collect::<String>(),
    )?;
    let needed = flowing.pages().len();
    if needed <= panels {
        return Ok(Fitted {
            document: flowing,
            size: smallest,
        });
    }
    let words: usize = blocks.iter().map(|b| b.words).sum();
    let over = words * (needed - panels) / needed;
    Err(Problem::TooLong(crate::said!(
        "leaflet-panels-too-long",
        layout = "trifold",
        paper = paper.name(),
        needed = needed,
        smallest = smallest.to_string(),
        panels = panels,
        over = over
    )))
}

/// The blocks in at most `panels` consecutive groups of nearly equal length, so that each panel
/// gets its share: the longest group as short as it can be.
fn balance(blocks: &[Block], panels: usize) -> Vec<Vec<&str>> {
    // Each block costs its words and a line's worth of space around it.
    let cost: Vec<usize> = blocks.iter().map(|b| b.words + 8).collect();
    let n = cost.len();
    let k = panels.min(n).max(1);
    let prefix: Vec<usize> = std::iter::once(0)
        .chain(cost.iter().scan(0, |sum, c| {
            *sum += c;
            Some(*sum)
        }))
        .collect();
    let span = |a: usize, b: usize| prefix[b] - prefix[a];
    // best[j][i]: the smallest longest group splitting the first i blocks into j groups.
    let mut best = vec![vec![usize::MAX; n + 1]; k + 1];
    let mut cut = vec![vec![0; n + 1]; k + 1];
    best[0][0] = 0;
    for j in 1..=k {
        for i in j..=n {
            for from in (j - 1)..i {
                if best[j - 1][from] == usize::MAX {
                    continue;
                }
                let longest = best[j - 1][from].max(span(from, i));
                if longest < best[j][i] {
                    best[j][i] = longest;
                    cut[j][i] = from;
                }
            }
        }
    }
    let mut bounds = vec![n];
    let mut i = n;
    for j in (1..=k).rev() {
        i = cut[j][i];
        bounds.push(i);
    }
    bounds.reverse();
    bounds
        .windows(2)
        .map(|w| {
            blocks[w[0]..w[1]]
                .iter()
                .map(|b| b.markup.as_str())
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(words: &[usize]) -> Vec<Block> {
        words
            .iter()
            .map(|&w| Block {
                markup: format!("{w} "),
                words: w,
            })
            .collect()
    }

    #[test]
    fn panels_get_even_shares_in_order() {
        let even = blocks(&[50, 50, 50, 50, 50, 50, 50, 50]);
        let groups = balance(&even, 4);
        assert_eq!(groups.len(), 4);
        assert!(groups.iter().all(|g| g.len() == 2), "{groups:?}");
        let long_first = blocks(&[200, 20, 20, 20, 20, 20, 20, 100]);
        let uneven = balance(&long_first, 4);
        assert_eq!(uneven.len(), 4);
        assert_eq!(uneven[0], ["200 "], "the long block alone");
        assert_eq!(uneven.concat().len(), 8, "every block, once, in order");
    }

    #[test]
    fn fewer_blocks_than_panels_fill_what_they_can() {
        let two = blocks(&[10, 10]);
        assert_eq!(balance(&two, 4).len(), 2);
        assert_eq!(balance(&[], 4).len(), 1);
    }
}
