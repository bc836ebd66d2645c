package dev.protovet.registry.ui;

import dev.protovet.registry.core.CompatibilityLevel;
import dev.protovet.registry.core.Settings;
import dev.protovet.registry.core.Transactions;
import dev.protovet.registry.model.ScopeConfig;
import dev.protovet.registry.model.SubjectVersion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The web UI's list of subjects: a page of those whose names contain a text, with latest versions and levels. */
final class SubjectListing {
    private final Transactions tx;

    SubjectListing(Transactions tx) {
        this.tx = tx;
    }

    /** A page of subjects, each with its latest live version and compatibility level; and how many match. */
    record Page(List<SubjectVersion> subjects, Map<String, CompatibilityLevel> levels, int total) {
    }

    Page find(String text, int offset, int limit) {
        return tx.read(s -> {
            List<SubjectVersion> page = s.subjects().latestVersions(text, offset, limit);
            CompatibilityLevel global = s.settings().config(Settings.GLOBAL).map(ScopeConfig::level)
                    .map(CompatibilityLevel::parse).orElse(CompatibilityLevel.DEFAULT);
            Map<String, String> own = s.settings().levels(page.stream().map(SubjectVersion::subject).toList());
            Map<String, CompatibilityLevel> levels = new HashMap<>();
            page.forEach(v -> levels.put(v.subject(), own.containsKey(v.subject())
                    ? CompatibilityLevel.parse(own.get(v.subject())) : global));
            return new Page(page, levels, s.subjects().countLive(text));
        });
    }
}
