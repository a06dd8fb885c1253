//! Setting a page's text in a fixed number of panels: the largest size between 9 and 16 pt at
//! which each panel's share fits it, spread down the panel; a message saying by how much it is
//! too long when even 9 pt does not fit, or that the panels would be mostly white when the text
//! is too short for them.

use typst::layout::{Frame, FrameItem};
use typst::visualize::Geometry;
use typst_layout::{Page, PagedDocument};

use super::Paper;
use super::frame::{self, preamble};
use super::layouts::Problem;
use super::markup::Block;
use super::typeset::compile;
use super::world::Fonts;

/// The sizes tried, largest first: below 9 pt a leaflet is hard to read; 16 pt reads at arm's
/// length and fills the panels of a short page.
const SIZES: [f64; 15] = [
    16.0, 15.5, 15.0, 14.5, 14.0, 13.5, 13.0, 12.5, 12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0,
];

/// How far down its panel the text of each of the first three panels must reach at the largest
/// size: less, and the inside of the leaflet is mostly white (a page of 77 words filled a tenth
/// of it).
pub(super) const LEAST_FILL: f64 = 0.5;

/// The text set in its panels: the document (one page per panel) and its text size.
pub(super) struct Fitted {
    pub(super) document: PagedDocument,
    pub(super) size: f64,
    /// When the text leaves the inside panels mostly white: what to tell the writer.
    pub(super) short: Option<crate::said::Said>,
}

/// A panel's size and margin, in millimetres.
#[derive(Clone, Copy)]
pub(super) struct Panel {
    pub(super) width: f64,
    pub(super) height: f64,
    pub(super) margin: f64,
}

/// The blocks in `panels` panels at the largest size at which each panel's share fits it, spread
/// down the panels; a message for the writer when they fit at no size (suggesting a booklet) or
/// leave the inside panels mostly white (suggesting a card or a poster).
pub(super) fn fit(
    fonts: &Fonts,
    f: &frame::Frame,
    blocks: &[Block],
    (panel, panels): (Panel, usize),
    paper: Paper,
) -> std::result::Result<Fitted, Problem> {
    let groups = balance(blocks, panels);
    let joined = |texts: Vec<String>| texts.join("\n#pagebreak()\n");
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
    let words: usize = blocks.iter().map(|b| b.words).sum();
    let packed = joined(groups.iter().map(|g| g.concat()).collect());
    // The largest size at which each group fits its own panel (fewer pages as the size drops).
    let (mut low, mut high) = (0, SIZES.len());
    let mut best = None;
    while low < high {
        let mid = (low + high) / 2;
        let document = at(SIZES[mid], &packed)?;
        if document.pages().len() <= groups.len() {
            best = Some((document, SIZES[mid]));
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    let Some((document, size)) = best else {
        let flowing: String = blocks.iter().map(|b| b.markup.as_str()).collect();
        let needed = at(SIZES[SIZES.len() - 1], &flowing)?.pages().len();
        return Err(too_long(needed, panels, words, paper));
    };
    let pt = |mm: f64| mm * 72.0 / 25.4;
    let area = pt(panel.height - 2.0 * panel.margin);
    let fill = (0..3)
        .map(|i| {
            document
                .pages()
                .get(i)
                .map_or(0.0, |p| (reach(&p.frame) - pt(panel.margin)) / area)
        })
        .fold(f64::INFINITY, f64::min);
    let short = (size == SIZES[0] && fill < LEAST_FILL).then(|| {
        crate::said!(
            "leaflet-panels-too-short",
            layout = "trifold",
            paper = paper.name(),
            words = words
        )
    });
    // Spread down each panel: some of what is left of its height goes before its headings.
    let bottom = pt(panel.height - panel.margin);
    let spread = at(size, &joined(spread_out(&groups, document.pages(), bottom)))?;
    let document = if spread.pages().len() <= groups.len() {
        spread
    } else {
        document
    };
    Ok(Fitted {
        document,
        size,
        short,
    })
}

/// Why a text fits its panels at no size: it needs more of them at the smallest size (`needed`
/// panels of `panels`), or it would fit only by breaking a list or a section across a fold.
fn too_long(needed: usize, panels: usize, words: usize, paper: Paper) -> Problem {
    let smallest = SIZES[SIZES.len() - 1];
    if needed <= panels {
        return Problem::TooLong(crate::said!(
            "leaflet-section-too-long-for-panel",
            layout = "trifold",
            paper = paper.name(),
            smallest = smallest.to_string()
        ));
    }
    Problem::TooLong(crate::said!(
        "leaflet-panels-too-long",
        layout = "trifold",
        paper = paper.name(),
        needed = needed,
        smallest = smallest.to_string(),
        panels = panels,
        over = words * (needed - panels) / needed
    ))
}

/// The most space, in points, put before a heading to spread a panel's or page's sections down
/// it: more, and a section looks cut off from the one before it.
const MOST_SPREAD: f64 = 28.0;

/// Each group's blocks (set, one group a page, as `pages`), with what is left of its page's
/// text area (which ends `bottom` points down the page) shared out before each heading but the
/// first, up to [`MOST_SPREAD`] each: its sections spread down the page, each kept together.
pub(super) fn spread_out(groups: &[Vec<&str>], pages: &[Page], bottom: f64) -> Vec<String> {
    groups
        .iter()
        .zip(pages)
        .map(|(group, page)| {
            let starts = |b: &&&str| b.trim_start().starts_with("#heading(");
            let headings = group.iter().skip(1).filter(starts).count();
            let left = (bottom - reach(&page.frame)).max(0.0) * 0.9;
            let gap = if headings == 0 {
                0.0
            } else {
                (left / headings as f64).min(MOST_SPREAD)
            };
            let mut out = String::new();
            for (i, block) in group.iter().enumerate() {
                if i > 0 && starts(&block) && gap > 0.0 {
                    out.push_str(&format!("#v({gap:.1}pt)\n"));
                }
                out.push_str(block);
            }
            out
        })
        .collect()
}

/// How far down its frame the content of a page reaches, in points.
pub(super) fn reach(frame: &Frame) -> f64 {
    frame
        .items()
        .map(|(pos, item)| {
            pos.y.to_pt()
                + match item {
                    FrameItem::Group(group) => reach(&group.frame),
                    FrameItem::Text(text) => text.size.to_pt() * 0.25,
                    FrameItem::Shape(shape, _) => match &shape.geometry {
                        Geometry::Rect(size) => size.y.to_pt(),
                        _ => 0.0,
                    },
                    FrameItem::Image(_, size, _) => size.y.to_pt(),
                    _ => 0.0,
                }
        })
        .fold(0.0, f64::max)
}

/// The blocks in at most `panels` consecutive groups of nearly equal length, so that each panel
/// gets its share: the longest group as short as it can be.
pub(super) fn balance(blocks: &[Block], panels: usize) -> Vec<Vec<&str>> {
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
