//! Lining up the questions of two letters one to one: the assignment that maximises the summed
//! similarity (the Hungarian method), so a question re-worded in one year is not taken by a
//! lookalike first. Letters with very many questions fall back to best-first, which keeps the
//! cost bounded whatever a letter holds.

/// Above this many questions on either side, pairs are settled best-first rather than optimally.
const OPTIMAL_UP_TO: usize = 60;

/// The pairs `(row, column)` of an assignment of rows to columns maximising the sum of
/// `scores[row][column]`, keeping only pairs scoring at least `floor`. `scores` is rectangular.
pub fn align(scores: &[Vec<f64>], floor: f64) -> Vec<(usize, usize)> {
    let n_rows = scores.len();
    let n_columns = scores.first().map_or(0, Vec::len);
    if n_rows == 0 || n_columns == 0 {
        return Vec::new();
    }
    let pairs =
        if n_rows.max(n_columns) > OPTIMAL_UP_TO { best_first(scores, floor) } else { hungarian(scores, floor) };
    let mut kept: Vec<(usize, usize)> =
        pairs.into_iter().filter(|&(row, column)| scores[row][column] >= floor).collect();
    kept.sort_unstable();
    kept
}

fn best_first(scores: &[Vec<f64>], floor: f64) -> Vec<(usize, usize)> {
    let mut cells: Vec<(f64, usize, usize)> = Vec::new();
    for (row, line) in scores.iter().enumerate() {
        for (column, &score) in line.iter().enumerate() {
            if score >= floor {
                cells.push((score, row, column));
            }
        }
    }
    cells.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut rows_taken, mut columns_taken) = (vec![false; scores.len()], vec![false; scores[0].len()]);
    let mut pairs = Vec::new();
    for (_, row, column) in cells {
        if !rows_taken[row] && !columns_taken[column] {
            rows_taken[row] = true;
            columns_taken[column] = true;
            pairs.push((row, column));
        }
    }
    pairs
}

/// The Hungarian method on a square matrix padded with zeros, minimising the cost `1 - score`
/// (scores below `floor` count as zero, so they never displace a real match).
fn hungarian(scores: &[Vec<f64>], floor: f64) -> Vec<(usize, usize)> {
    let n = scores.len().max(scores[0].len());
    let cost = |row: usize, column: usize| -> f64 {
        let score = scores.get(row).and_then(|line| line.get(column)).copied().unwrap_or(0.0);
        if score >= floor {
            1.0 - score
        } else {
            1.0
        }
    };
    // Potentials and the column each row is matched through, indexed from 1 (0 is the sentinel).
    let mut row_potential = vec![0.0; n + 1];
    let mut column_potential = vec![0.0; n + 1];
    let mut row_of_column = vec![0usize; n + 1];
    let mut way = vec![0usize; n + 1];
    for row in 1..=n {
        row_of_column[0] = row;
        let mut column = 0usize;
        let mut least = vec![f64::INFINITY; n + 1];
        let mut used = vec![false; n + 1];
        loop {
            used[column] = true;
            let current_row = row_of_column[column];
            let mut delta = f64::INFINITY;
            let mut next_column = 0usize;
            for candidate in 1..=n {
                if used[candidate] {
                    continue;
                }
                let reduced =
                    cost(current_row - 1, candidate - 1) - row_potential[current_row] - column_potential[candidate];
                if reduced < least[candidate] {
                    least[candidate] = reduced;
                    way[candidate] = column;
                }
                if least[candidate] < delta {
                    delta = least[candidate];
                    next_column = candidate;
                }
            }
            for candidate in 0..=n {
                if used[candidate] {
                    row_potential[row_of_column[candidate]] += delta;
                    column_potential[candidate] -= delta;
                } else {
                    least[candidate] -= delta;
                }
            }
            column = next_column;
            if row_of_column[column] == 0 {
                break;
            }
        }
        loop {
            let previous = way[column];
            row_of_column[column] = row_of_column[previous];
            column = previous;
            if column == 0 {
                break;
            }
        }
    }
    (1..=n)
        .filter(|&column| row_of_column[column] != 0)
        .map(|column| (row_of_column[column] - 1, column - 1))
        .filter(|&(row, column)| row < scores.len() && column < scores[0].len())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assignment_beats_best_first() {
        // Best-first would pair (0, 0) at 0.9 and leave row 1 alone; the assignment pairs both.
        let scores = vec![vec![0.9, 0.8], vec![0.85, 0.1]];
        assert_eq!(align(&scores, 0.5), vec![(0, 1), (1, 0)], "1.65 summed beats 0.9 alone");
    }

    #[test]
    fn pairs_below_the_floor_are_dropped() {
        let scores = vec![vec![0.2, 0.1, 0.7]];
        assert_eq!(align(&scores, 0.5), vec![(0, 2)], "only the one pair above the floor");
    }
}
