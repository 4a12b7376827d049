//! Hash maps and sets of the extraction, with a fast hasher (foldhash,
//! seeded per process): most of extraction's time goes into looking words
//! up in word lists and counts.

/// A hash map with the fast hasher.
pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
/// A hash set with the fast hasher.
pub(crate) type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;
