//! Small, platform-independent 64-bit hashing used for feature keys.
//!
//! The model stores 32-bit feature keys, so the hash must give the same value
//! on every platform and in every version of this crate that reads the same
//! model format.

const K0: u64 = 0x9E37_79B9_7F4A_7C15;
const K1: u64 = 0xC2B2_AE3D_27D4_EB4F;

/// The 64-bit finaliser of MurmurHash3: a bijective avalanche mix.
#[inline]
pub(crate) const fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^ (h >> 33)
}

/// Order-sensitive combination of two hashes.
#[inline]
pub(crate) const fn mix2(a: u64, b: u64) -> u64 {
    fmix(a.rotate_left(17) ^ b.wrapping_mul(K0) ^ K1)
}

/// Order-sensitive combination of three hashes.
#[inline]
pub(crate) const fn mix3(a: u64, b: u64, c: u64) -> u64 {
    mix2(mix2(a, b), c)
}

/// Hashes a byte string together with a seed (the atom kind).
#[inline]
pub(crate) fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(K1);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        let v = u64::from_le_bytes(a);
        h = (h ^ v.wrapping_mul(K0)).rotate_left(29).wrapping_mul(K1);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut a = [0u8; 8];
        a[..rest.len()].copy_from_slice(rest);
        let v = u64::from_le_bytes(a);
        h = (h ^ v.wrapping_mul(K0)).rotate_left(29).wrapping_mul(K1);
    }
    fmix(h)
}

/// Hashes a string together with a seed.
#[inline]
pub(crate) fn hash_str(seed: u64, s: &str) -> u64 {
    hash_bytes(seed, s.as_bytes())
}

/// Turns a template id and an atom value into a non-zero 32-bit feature key.
#[inline]
pub(crate) const fn feature_key(template: u64, atom: u64) -> u32 {
    let k = (mix2(template, atom) >> 32) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// SplitMix64: a tiny deterministic pseudo-random generator.
#[derive(Clone, Debug)]
pub(crate) struct SplitMix64(u64);

impl SplitMix64 {
    /// Creates the generator from a seed.
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(K0);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform integer in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) % (n as u64)) as usize
    }

    /// Uniform float in `[-1, 1)`.
    pub fn symmetric(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
    }
}
