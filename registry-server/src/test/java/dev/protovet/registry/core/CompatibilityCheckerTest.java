package dev.protovet.registry.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.engine.model.Image;
import dev.protovet.engine.pair.Declarations;
import dev.protovet.registry.schema.InvalidSchemaException;
import dev.protovet.registry.schema.ProtobufSchemaCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Transitive levels compare with every earlier version (several at once) and answer for the newest one the
 * schema breaks, wherever it falls among them.
 */
class CompatibilityCheckerTest {
    private static final ProtobufSchemaCompiler COMPILER = new ProtobufSchemaCompiler();

    /** Version k has fields 1..k; versions 1 to 5 also had field 99, deleted in version 6. */
    private static String version(int k) {
        StringBuilder fields = new StringBuilder();
        IntStream.rangeClosed(1, k).forEach(i -> fields.append("  string f").append(i).append(" = ").append(i).append(";\n"));
        if (k <= 5) {
            fields.append("  string legacy = 99;\n");
        }
        return "syntax = \"proto3\";\npackage acme.v1;\nmessage Event {\n" + fields + "}\n";
    }

    private static final List<CompatibilityChecker.Earlier> FORTY_VERSIONS_NEWEST_FIRST = earlier(40);

    private static List<CompatibilityChecker.Earlier> earlier(int count) {
        List<CompatibilityChecker.Earlier> out = new ArrayList<>();
        for (int k = count; k >= 1; k--) {
            Declarations declarations = new Declarations(compiled(k));
            out.add(new CompatibilityChecker.Earlier(k, () -> declarations));
        }
        return out;
    }

    private static Image compiled(int version) {
        try {
            return CompiledSchemas.image(COMPILER.compile("events.proto", version(version), Map.of(), false));
        } catch (InvalidSchemaException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> check(CompatibilityLevel level) {
        return CompatibilityChecker.check(compiled(41), FORTY_VERSIONS_NEWEST_FIRST, new EffectiveConfig(level, List.of("CSR"), false), "events.proto");
    }

    @Test
    void theLatestVersionAloneDoesNotSeeTheDeletedField() {
        assertThat(check(CompatibilityLevel.BACKWARD)).isEmpty();
    }

    @Test
    void aTransitiveLevelNamesTheNewestVersionThatStillHadIt() {
        List<String> messages = check(CompatibilityLevel.BACKWARD_TRANSITIVE);

        assertThat(messages).hasSize(3);
        assertThat(messages.get(0)).contains("FIELD_NO_DELETE", "Previously present field \"99\" with name \"legacy\"");
        assertThat(messages.subList(1, 3)).containsExactly("{oldSchemaVersion: 5}",
                "{compatibility: 'BACKWARD_TRANSITIVE', compatibilityRules: 'CSR'}");
    }
}
