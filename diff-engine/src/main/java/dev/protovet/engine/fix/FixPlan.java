package dev.protovet.engine.fix;

import java.util.List;

/** Every file a fix changes, in path order, and what it could not do. */
public record FixPlan(List<FileFix> files, List<FixNote> notes) {

    public FixPlan {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }

    public FixTally total() {
        return files.stream().map(FileFix::tally).reduce(FixTally.NONE, FixTally::plus);
    }

    /**
     * One sentence for the user: {@code reserved 3 fields and 1 enum value in 2 files}, or
     * {@code would reserve ...} for a dry run, or that there was nothing to fix.
     */
    public String summary(boolean dryRun) {
        FixTally total = total();
        if (total.isEmpty()) {
            return notes.isEmpty() ? "nothing to fix: no field or enum value was deleted"
                    : "nothing fixed: no deleted field or enum value could be";
        }
        return total.describe(dryRun) + " in " + FixTally.count(files.size(), "file", "files");
    }
}
