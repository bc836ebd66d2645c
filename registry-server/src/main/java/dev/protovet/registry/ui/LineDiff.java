package dev.protovet.registry.ui;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Two texts side by side, line by line: unchanged lines are kept level, and what differs is marked removed (left
 * only), added (right only) or changed (both sides, paired in order). Myers' diff in linear space, so a
 * multi-megabyte schema costs memory in proportion to its lines, not to their square.
 */
final class LineDiff {
    private LineDiff() {
    }

    /** One row: a line number and text on each side (0 and null where that side has none), and what happened. */
    record Row(int leftNumber, String left, int rightNumber, String right, String kind) {
    }

    static List<Row> rows(List<String> left, List<String> right) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (int[] change : changes(left, right)) {
            while (i < change[0]) {
                rows.add(new Row(i + 1, left.get(i), j + 1, right.get(j), "same"));
                i++;
                j++;
            }
            int removed = change[1] - change[0];
            int added = change[3] - change[2];
            for (int k = 0; k < Math.max(removed, added); k++) {
                boolean l = k < removed;
                boolean r = k < added;
                rows.add(new Row(l ? change[0] + k + 1 : 0, l ? left.get(change[0] + k) : null,
                        r ? change[2] + k + 1 : 0, r ? right.get(change[2] + k) : null,
                        l && r ? "changed" : l ? "removed" : "added"));
            }
            i = change[1];
            j = change[3];
        }
        while (i < left.size()) {
            rows.add(new Row(i + 1, left.get(i), j + 1, right.get(j), "same"));
            i++;
            j++;
        }
        return rows;
    }

    /**
     * The differing runs as {left from, left to, right from, right to} (ends exclusive): the diff's deltas, with
     * those that touch (a deletion right before an insertion, say) merged into one change.
     */
    private static List<int[]> changes(List<String> left, List<String> right) {
        List<int[]> out = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(left, right, new MyersDiffWithLinearSpace<String>()).getDeltas()) {
            int leftFrom = delta.getSource().getPosition();
            int rightFrom = delta.getTarget().getPosition();
            int[] change = {leftFrom, leftFrom + delta.getSource().size(), rightFrom, rightFrom + delta.getTarget().size()};
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last[1] == change[0] && last[3] == change[2]) {
                last[1] = change[1];
                last[3] = change[3];
            } else {
                out.add(change);
            }
        }
        return out;
    }
}
