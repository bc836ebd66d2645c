package dev.protovet.registry.core;

import dev.protovet.engine.BreakingCheck;
import dev.protovet.engine.Finding;
import dev.protovet.engine.changes.Change;
import dev.protovet.engine.changes.Changelog;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.Location;
import dev.protovet.registry.store.Stores;
import java.util.List;

/** What changed between two versions of a subject: every change (the changelog), or what the subject's rules find. */
public final class VersionDiffs {
    private final Transactions tx;
    private final Settings settings;
    private final RequestCompiler compiler;

    VersionDiffs(Transactions tx, Settings settings, RequestCompiler compiler) {
        this.tx = tx;
        this.settings = settings;
        this.compiler = compiler;
    }

    /** The changes from version {@code from} to version {@code to} of a subject, breaking or not. */
    public List<Change> changes(String subject, VersionId from, VersionId to) {
        return tx.read(s -> {
            Image[] pair = images(s, subject, from, to);
            // named as compatibility messages name the subject's file, so the two point at the same place
            String file = Subjects.fileName(subject);
            return Changelog.between(pair[0], pair[1]).stream()
                    .map(c -> c.location() == null || !CompiledSchemas.ROOT.equals(c.location().path()) ? c
                            : new Change(c.kind(), c.description(), new Location(file, c.location().span()), c.rules(),
                                    c.breakingIn()))
                    .toList();
        });
    }

    /** The findings of the subject's rules from version {@code from} to version {@code to} (BACKWARD's direction). */
    public List<Finding> findings(String subject, VersionId from, VersionId to) {
        return tx.read(s -> {
            Image[] pair = images(s, subject, from, to);
            return BreakingCheck.run(pair[0], pair[1],
                    CompatibilityChecker.rules(settings.effectiveConfig(s, subject).rules()));
        });
    }

    /** The images of two versions of a subject (soft-deleted ones included). */
    private Image[] images(Stores s, String subject, VersionId from, VersionId to) {
        int a = VersionLookup.find(s.subjects(), subject, from, true).schemaId();
        int b = VersionLookup.find(s.subjects(), subject, to, true).schemaId();
        return new Image[] {compiler.image(s, a), compiler.image(s, b)};
    }
}
