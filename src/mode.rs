//! What a run of senda is for, decided once by the command and read by every stage.

/// What a run is for: what it makes, and whether that is published.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    /// `senda build` (and `senda serve --everything`): everything, ready to publish.
    #[default]
    Publish,
    /// `senda check`: the site loaded as a build loads it (photos fitted, recordings encoded);
    /// nothing rendered, compressed or written.
    Check,
    /// `senda serve`: pages that reload themselves; no leaflets, offline files or compressed
    /// copies, so that a save shows at once.
    Preview,
}

impl Mode {
    /// Whether leaflets and offline files are made.
    pub fn makes_everything(self) -> bool {
        self != Mode::Preview
    }

    /// Whether the `.gz` and `.br` copies are made.
    pub fn compresses(self) -> bool {
        self == Mode::Publish
    }

    /// Whether the hosts' files are written and the build says what this senda leaves out.
    pub fn publishes(self) -> bool {
        self == Mode::Publish
    }

    /// Whether pages carry the script that reloads them when a file is saved.
    pub fn live_reload(self) -> bool {
        self == Mode::Preview
    }
}
