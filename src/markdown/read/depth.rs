//! How deeply a page's blocks nest, measured on the parser's flat events before any tree is
//! built: a page nested deeper than a recursive walk can safely go is refused here.

use std::ops::Range;

use pulldown_cmark::Event;

/// Nesting deeper than this (block quotes in block quotes...) is refused rather than risk the stack.
pub(super) const MAX_NESTING: usize = 200;

/// How deeply the events nest, and where they first nest too deeply.
pub(super) fn depth(events: &[(Event<'_>, Range<usize>)]) -> (usize, Option<Range<usize>>) {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for (event, range) in events {
        match event {
            Event::Start(_) => {
                depth += 1;
                deepest = deepest.max(depth);
                if depth > MAX_NESTING {
                    return (deepest, Some(range.clone()));
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    (deepest, None)
}
