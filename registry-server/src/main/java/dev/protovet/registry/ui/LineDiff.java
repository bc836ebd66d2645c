package dev.protovet.registry.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Two texts side by side, line by line: the longest common subsequence of lines is kept level, and what differs is
 * marked removed (left only), added (right only) or changed (both sides, paired in order).
 */
final class LineDiff {
    private LineDiff() {
    }

    /** One row: a line number and text on each side (0 and null where that side has none), and what happened. */
    record Row(int leftNumber, String left, int rightNumber, String right, String kind) {
    }

    static List<Row> rows(List<String> left, List<String> right) {
        int n = left.size();
        int m = right.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = left.get(i).equals(right.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Row> rows = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && left.get(i).equals(right.get(j))) {
                flush(rows, left, right, removed, added);
                rows.add(new Row(i + 1, left.get(i), j + 1, right.get(j), "same"));
                i++;
                j++;
            } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
                added.add(j++);
            } else {
                removed.add(i++);
            }
        }
        flush(rows, left, right, removed, added);
        return rows;
    }

    private static void flush(List<Row> rows, List<String> left, List<String> right, List<Integer> removed,
                              List<Integer> added) {
        int pairs = Math.max(removed.size(), added.size());
        for (int k = 0; k < pairs; k++) {
            Integer l = k < removed.size() ? removed.get(k) : null;
            Integer r = k < added.size() ? added.get(k) : null;
            String kind = l != null && r != null ? "changed" : l != null ? "removed" : "added";
            rows.add(new Row(l == null ? 0 : l + 1, l == null ? null : left.get(l), r == null ? 0 : r + 1,
                    r == null ? null : right.get(r), kind));
        }
        removed.clear();
        added.clear();
    }
}
