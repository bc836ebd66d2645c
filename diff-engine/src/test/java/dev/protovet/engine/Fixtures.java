package dev.protovet.engine;

import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.load.InputLoader;
import dev.protovet.engine.load.ProtocCompiler;
import dev.protovet.engine.model.Image;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Compiles test fixtures with the real protoc that the build fetched from Maven Central. */
public final class Fixtures {
    private Fixtures() {
    }

    public static ProtocCompiler protoc() {
        String path = System.getProperty(ProtocCompiler.PROPERTY);
        if (path == null || !Files.exists(Path.of(path))) {
            throw new IllegalStateException("run the tests through Maven: it fetches protoc and sets -D" + ProtocCompiler.PROPERTY);
        }
        return new ProtocCompiler(Path.of(path));
    }

    public static InputLoader loader() {
        return new InputLoader(protoc(), List.of());
    }

    public static Image compile(Path dir) {
        return loader().load(dir, BufConfig.defaults()).image();
    }

    /** Writes a test file at {@code path} under {@code dir}, making its folders. */
    public static void write(Path dir, String path, String text) throws java.io.IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Findings as golden lines: {@code path:start_line:start_column:end_line:end_column:RULE_ID}. */
    public static List<String> lines(List<Finding> findings) {
        return findings.stream().map(Fixtures::line).collect(Collectors.toList());
    }

    public static String line(Finding f) {
        var s = f.location().span();
        return (f.path() == null ? "" : f.path()) + ":" + s.startLine() + ":" + s.startColumn() + ":" + s.endLine()
                + ":" + s.endColumn() + ":" + f.ruleId();
    }
}
