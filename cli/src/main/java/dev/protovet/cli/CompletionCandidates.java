package dev.protovet.cli;

import dev.protovet.engine.changes.ChangelogFormat;
import dev.protovet.engine.report.ErrorFormat;
import dev.protovet.engine.rules.ConfigVersion;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The values of the options that take one of a few: shell completion offers them ({@code protovet
 * generate-completion}) and the help lists them ({@code ${COMPLETION-CANDIDATES}}), from the enums that parse them.
 */
final class CompletionCandidates {
    private CompletionCandidates() {
    }

    /** {@code breaking --error-format}. */
    static final class ErrorFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ErrorFormat.ids().iterator();
        }
    }

    /** {@code diff --format}. */
    static final class ChangelogFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return lowerCase(ChangelogFormat.values());
        }
    }

    /** {@code rules --format}. */
    static final class RuleListFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("text", "json", "markdown").iterator();
        }
    }

    /** {@code rules --config-version}. */
    static final class ConfigVersions implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return lowerCase(ConfigVersion.values());
        }
    }

    /** {@code registry config --set}: Confluent's compatibility levels. */
    static final class CompatibilityLevels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("NONE", "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE", "FULL",
                    "FULL_TRANSITIVE").iterator();
        }
    }

    /** {@code --fail-on}. */
    static final class FailOn implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("error", "warning").iterator();
        }
    }

    /** {@code --log-format}, named as buf names them. */
    static final class LogFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return lowerCase(ProtovetCommand.LogFormat.values());
        }
    }

    private static Iterator<String> lowerCase(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).iterator();
    }
}
