//! The keys of every cache: SHA-256 over inputs each cache names, fed through Rust's `Hash` so
//! that a key is written as a list of values. Unlike `DefaultHasher`, whose algorithm may change
//! with any Rust release, the same inputs give the same key with every compiler, so keys written
//! to disk (leaflets kept beside the site) stay valid, and none is made from a `Debug` string.

use sha2::{Digest, Sha256};

/// A key being made: `key.write(...)`, or `(a, b).hash(&mut key)`, then [`Key::finish`] or
/// [`Key::hex`].
#[derive(Clone, Default)]
pub struct Key(Sha256);

impl Key {
    /// A key for one kind of thing (`"leaflet"`, `"page"`): the same inputs for two kinds never
    /// give the same key.
    pub fn new(kind: &str) -> Key {
        let mut key = Key::default();
        std::hash::Hasher::write(&mut key, kind.as_bytes());
        key
    }

    /// The whole key, as 64 hexadecimal digits: a file name in a cache folder.
    pub fn hex(self) -> String {
        self.0
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

impl std::hash::Hasher for Key {
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    /// The first 64 bits of the key: for keys held in memory.
    fn finish(&self) -> u64 {
        let digest = self.0.clone().finalize();
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        u64::from_le_bytes(first)
    }
}

/// One key from a list of inputs: `digest::of("page", (&path, fingerprint))`.
pub fn of(kind: &str, inputs: impl std::hash::Hash) -> u64 {
    use std::hash::Hasher;
    let mut key = Key::new(kind);
    inputs.hash(&mut key);
    key.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_sha256_of_their_inputs_and_kinds_keep_them_apart() {
        use std::hash::Hasher;
        let mut key = Key::new("");
        key.write(b"abc");
        assert_eq!(
            key.hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(of("page", ("es/", 1u8)), of("page", ("es/", 1u8)));
        assert_ne!(of("page", ("es/", 1u8)), of("leaflet", ("es/", 1u8)));
        assert_ne!(of("page", ("es/", 1u8)), of("page", ("es/", 2u8)));
    }
}
