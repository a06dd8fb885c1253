//! How long each stage of a build took, for the summary line.

use std::time::{Duration, Instant};

use crate::said::{Said, Tongue};

/// Each stage's name and time.
pub type Stages = Vec<(&'static str, Duration)>;

/// `load 12 ms`: a stage of a build and its time, in `tongue` (for the build's summary and the
/// preview's lines).
pub fn stage(name: &str, ms: u128, tongue: Tongue) -> String {
    crate::said!("build-stage", stage = name, ms = ms.to_string()).words(tongue)
}

/// Times the stages of a build and, when asked, shows which one is running.
pub(crate) struct Clock {
    /// The language to show the running stage in, when it is shown.
    show: Option<Tongue>,
    last: Instant,
    accounted: Duration,
    stages: Stages,
}

impl Clock {
    pub(crate) fn new(show: Option<Tongue>) -> Self {
        Clock {
            show,
            last: Instant::now(),
            accounted: Duration::ZERO,
            stages: Vec::new(),
        }
    }

    /// Ends the running stage, named `done`, and announces the next one. `accounted` is the time
    /// so far reported as stages of their own (compressing, writing), left out of this one.
    pub(crate) fn lap(&mut self, done: &'static str, next: Option<Said>, accounted: Duration) {
        let own = self
            .last
            .elapsed()
            .saturating_sub(accounted.saturating_sub(self.accounted));
        self.stages.push((done, own));
        self.last = Instant::now();
        self.accounted = accounted;
        if let (Some(tongue), Some(next)) = (self.show, next) {
            eprint!("\r\x1b[2K{}…", next.words(tongue));
        }
    }

    /// The stages, with compressing and writing as stages of their own.
    pub(crate) fn finish(&mut self, compressing: Duration, writing: Duration) -> Stages {
        let mut stages = std::mem::take(&mut self.stages);
        stages.push(("compress", compressing));
        stages.push(("write", writing));
        stages
    }
}
