package dev.protovet.engine.fix;

import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.pair.EnumPair;
import dev.protovet.engine.pair.MessagePair;
import dev.protovet.engine.pair.Pairing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Plans {@code protovet fix}: for every message and enum that both sides have, the fields and enum values the
 * current side deleted are reserved (or restored as deprecated) by insertions into the current file that declares
 * the message or enum. Elements of a deleted message or enum are not planned: their container is gone.
 */
public final class FixPlanner {
    private final Pairing pairing;
    private final Predicate<String> rewritable;
    private final Function<String, byte[]> contents;
    private final List<FixNote> notes = new ArrayList<>();
    private final Map<String, FileEdits> files = new TreeMap<>();
    private final DeletedFieldFixes fields;
    private final DeletedValueFixes values;

    private FixPlanner(Pairing pairing, FixStrategy strategy, Predicate<String> rewritable,
                       Function<String, byte[]> contents) {
        this.pairing = pairing;
        this.rewritable = rewritable;
        this.contents = contents;
        DeprecatedDeclarations deprecated = new DeprecatedDeclarations(pairing.previous(),
                new TypeNames(pairing.current(), pairing.previous()));
        this.fields = new DeletedFieldFixes(strategy, deprecated, notes);
        this.values = new DeletedValueFixes(strategy, notes);
    }

    /**
     * @param rewritable which current files (by image path) may be changed; the others are left alone, and a note
     *                   says so for files that are only imports
     * @param contents   the bytes of a current file by its image path, as they are now
     */
    public static FixPlan plan(Pairing pairing, FixStrategy strategy, Predicate<String> rewritable,
                               Function<String, byte[]> contents) {
        return new FixPlanner(pairing, strategy, rewritable, contents).plan();
    }

    private FixPlan plan() {
        for (MessagePair pair : pairing.messages()) {
            if (DeletedFieldFixes.hasDeletions(pair)) {
                edits(pairing.current().fileOfMessage(pair.current().fullName()), pair.current().fullName())
                        .ifPresent(edits -> fields.fix(pair, edits));
            }
        }
        for (EnumPair pair : pairing.enums()) {
            if (DeletedValueFixes.hasDeletions(pair)) {
                edits(pairing.current().fileOfEnum(pair.current().fullName()), pair.current().fullName())
                        .ifPresent(edits -> values.fix(pair, edits));
            }
        }
        return new FixPlan(files.values().stream().flatMap(e -> e.fix().stream()).toList(), notes);
    }

    private Optional<FileEdits> edits(ProtoFile file, String declaration) {
        if (!rewritable.test(file.path())) {
            if (file.isImport()) {
                notes.add(new FixNote(file.path(), "\"" + declaration + "\" lost fields or values, but this file is"
                        + " only imported, so it was left as it is."));
            }
            return Optional.empty();
        }
        return Optional.of(files.computeIfAbsent(file.path(), p -> new FileEdits(file, contents.apply(p))));
    }
}
