package dev.protovet.engine.confluent;

import dev.protovet.engine.pair.FilePair;
import dev.protovet.engine.pair.Pairing;
import java.util.ArrayList;
import java.util.List;

/**
 * Confluent Schema Registry's comparison of protobuf schemas ({@code SchemaDiff} in its protobuf provider), on
 * protovet's model: each file of the input with the previous file of the same path, as Confluent compares a
 * subject's schema with its previous version. Imported files are not compared for themselves (they are other
 * subjects there); their messages count where a compared file's field uses them. Options are not compared, so
 * custom options and the files that define them do not matter.
 */
public final class ConfluentComparison {
    private ConfluentComparison() {
    }

    /** Every difference Confluent's provider finds from {@code previous} to {@code current}, compatible or not. */
    public static List<Difference> differences(Pairing pairing) {
        List<Difference> out = new ArrayList<>();
        for (FilePair files : pairing.files()) {
            if (!files.previous().isImport() && !files.current().isImport()) {
                out.addAll(new Walk(pairing.previous(), pairing.current(), files.previous(), files.current()).files());
            }
        }
        return List.copyOf(out);
    }
}
