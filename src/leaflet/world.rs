//! The typst compiler's view of one leaflet: in-memory files (the typst source, the QR code, the
//! pages to impose) and fonts from the typst-assets crate and the theme. Nothing is read from the
//! machine's own fonts or the network.

use std::collections::HashMap;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// Libertinus Serif, compiled in (`fonts/README.md` says why only these).
const BUILT_IN: [&[u8]; 4] = [
    include_bytes!("fonts/LibertinusSerif-Regular.otf"),
    include_bytes!("fonts/LibertinusSerif-Italic.otf"),
    include_bytes!("fonts/LibertinusSerif-Bold.otf"),
    include_bytes!("fonts/LibertinusSerif-BoldItalic.otf"),
];

/// Fonts and the standard library, loaded once per build and shared by every leaflet.
pub struct Fonts {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

impl Fonts {
    /// Whether some font prints `c` (typst falls back through them all).
    pub fn covers(&self, c: char) -> bool {
        self.fonts
            .iter()
            .any(|f| f.info().coverage.contains(c as u32))
    }

    /// The built-in fonts (Libertinus Serif covers Latin with Mayan and Creole letters) and any
    /// `.ttf`/`.otf` files the theme ships (an Arabic font for right-to-left leaflets).
    pub fn load(theme_fonts: &[Vec<u8>]) -> Fonts {
        let mut fonts: Vec<Font> = BUILT_IN
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        for data in theme_fonts {
            fonts.extend(Font::iter(Bytes::new(data.clone())));
        }
        Fonts {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    }
}

/// The pictograms every leaflet may print (see `icons/README.md`): public-domain OCHA icons, as
/// vectors.
const ICONS: [(&str, &[u8]); 4] = [
    ("/icons/phone.svg", include_bytes!("icons/phone.svg")),
    ("/icons/chat.svg", include_bytes!("icons/chat.svg")),
    ("/icons/location.svg", include_bytes!("icons/location.svg")),
    ("/icons/alert.svg", include_bytes!("icons/alert.svg")),
];

/// One compilation: a main source and the files it refers to.
pub struct Sandbox<'f> {
    fonts: &'f Fonts,
    main: FileId,
    source: Source,
    files: HashMap<FileId, Bytes>,
}

fn id(path: &str) -> Option<FileId> {
    let vpath = VirtualPath::new(path).ok()?;
    Some(FileId::new(RootedPath::new(VirtualRoot::Project, vpath)))
}

impl<'f> Sandbox<'f> {
    /// `files` are reachable from the source by their names (`/qr.svg`, `/body.pdf`).
    pub fn new(fonts: &'f Fonts, text: String, files: Vec<(&str, Vec<u8>)>) -> Option<Self> {
        let main = id("/main.typ")?;
        let mut map = HashMap::new();
        for (name, bytes) in ICONS {
            map.insert(id(name)?, Bytes::new(bytes));
        }
        for (name, bytes) in files {
            map.insert(id(name)?, Bytes::new(bytes));
        }
        Some(Sandbox {
            fonts,
            main,
            source: Source::new(main, text),
            files: map,
        })
    }
}

impl World for Sandbox<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.fonts.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.fonts.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main {
            Ok(self.source.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main {
            return Ok(Bytes::from_string(self.source.clone()));
        }
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().get_with_slash().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // Leaflets carry their page's review date, never the build date: builds stay reproducible.
        None
    }
}
