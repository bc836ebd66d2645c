package dev.protovet.engine.fix;

import java.util.List;

/** The insertions that fix one file (by its image path), with what they do. */
public record FileFix(String path, byte[] original, List<Insertion> insertions, FixTally tally) {

    public FileFix {
        original = original.clone();
        insertions = List.copyOf(insertions);
    }

    @Override
    public byte[] original() {
        return original.clone();
    }

    /** The file's bytes with the insertions made. */
    public byte[] fixed() {
        return TextInsertions.apply(original, insertions);
    }
}
