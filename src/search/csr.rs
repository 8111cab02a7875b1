//! Compressed rows: many short lists of numbers stored in two flat vectors,
//! so an index of 100 000 records is a handful of allocations, not millions.

/// Lists of `u32`, addressed by row number.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Csr {
    /// `offsets[i]..offsets[i + 1]` is row `i` in `items`; one more entry than rows.
    offsets: Vec<u32>,
    items: Vec<u32>,
}

impl Csr {
    /// Builds from one iterator of items per row.
    pub(crate) fn from_rows<R: IntoIterator<Item = u32>>(rows: impl IntoIterator<Item = R>) -> Csr {
        let mut csr = Csr { offsets: vec![0], items: Vec::new() };
        for row in rows {
            csr.items.extend(row);
            csr.offsets.push(to_u32(csr.items.len()));
        }
        csr
    }

    /// Builds rows from (row, item) pairs given in any row order; within a row,
    /// items keep the order they were given in.
    pub(crate) fn from_pairs(n_rows: usize, pairs: &[(u32, u32)]) -> Csr {
        let mut offsets = vec![0u32; n_rows + 1];
        for &(row, _) in pairs {
            if let Some(o) = offsets.get_mut(row as usize + 1) {
                *o += 1;
            }
        }
        let mut total = 0;
        for o in &mut offsets {
            total += *o;
            *o = total;
        }
        let mut next: Vec<u32> = offsets.clone();
        let mut items = vec![0u32; total as usize];
        for &(row, item) in pairs {
            if let Some(slot) = next.get_mut(row as usize) {
                if let Some(place) = items.get_mut(*slot as usize) {
                    *place = item;
                }
                *slot += 1;
            }
        }
        Csr { offsets, items }
    }

    /// Builds from row offsets (one more than rows, starting at 0, never
    /// decreasing, the last equal to `items.len()`) and the items.
    pub(crate) fn from_parts(offsets: Vec<u32>, items: Vec<u32>) -> Csr {
        debug_assert_eq!(offsets.last().map(|&o| o as usize), Some(items.len()));
        Csr { offsets, items }
    }

    /// The items of row `i`; empty for a row that does not exist.
    pub(crate) fn row(&self, i: usize) -> &[u32] {
        self.items.get(self.row_range(i)).unwrap_or(&[])
    }

    /// Where row `i` lies in the flat list of items; empty for a row that does not exist.
    pub(crate) fn row_range(&self, i: usize) -> std::ops::Range<usize> {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&start), Some(&end)) => start as usize..end as usize,
            _ => 0..0,
        }
    }
}

/// Index sizes are far below 4 billion (the loader caps input at 64 MiB);
/// saturate rather than wrap if that ever changes.
pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_and_pairs() {
        let csr = Csr::from_rows([vec![1, 2], vec![], vec![3]]);
        assert_eq!((csr.row(0), csr.row(1), csr.row(2), csr.row(3)), (&[1, 2][..], &[][..], &[3][..], &[][..]));
        let pairs = Csr::from_pairs(3, &[(2, 7), (0, 5), (2, 8), (9, 1)]);
        assert_eq!((pairs.row(0), pairs.row(1), pairs.row(2)), (&[5][..], &[][..], &[7, 8][..]));
        assert_eq!(pairs.items.len(), 3, "rows out of range are dropped");
    }
}
