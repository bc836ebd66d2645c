package dev.protovet.engine.fix;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * Applies insertions to a file's bytes and nothing else: every original byte stays, in order, so comments, layout,
 * encoding and line breaks are kept. Insertions at the same offset keep the order they are given in.
 */
public final class TextInsertions {
    private TextInsertions() {
    }

    public static byte[] apply(byte[] original, List<Insertion> insertions) {
        List<Insertion> sorted = insertions.stream().sorted(Comparator.comparingInt(Insertion::offset)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 256);
        int copied = 0;
        for (Insertion insertion : sorted) {
            if (insertion.offset() < 0 || insertion.offset() > original.length) {
                throw new IllegalArgumentException("insertion at " + insertion.offset() + " outside a file of "
                        + original.length + " bytes");
            }
            out.write(original, copied, insertion.offset() - copied);
            out.writeBytes(insertion.text().getBytes(StandardCharsets.UTF_8));
            copied = insertion.offset();
        }
        out.write(original, copied, original.length - copied);
        return out.toByteArray();
    }
}
