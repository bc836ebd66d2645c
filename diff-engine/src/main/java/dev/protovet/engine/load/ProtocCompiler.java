package dev.protovet.engine.load;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import dev.protovet.engine.InputException;
import dev.protovet.engine.InputException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles .proto files with the real protoc, keeping source info (spans are needed for locations) and imports.
 * Compile errors come back as an {@link InputException} listing every {@code file:line:col: message}.
 */
public final class ProtocCompiler {
    /** System property and environment variable naming the protoc executable. */
    public static final String PROPERTY = "protovet.protoc";
    public static final String ENVIRONMENT = "PROTOVET_PROTOC";

    private static final Pattern LOCATED = Pattern.compile("^(.+?):(\\d+):(\\d+): (.*)$");
    private static final Pattern FILE_ONLY = Pattern.compile("^([^:\\s]+\\.proto): (.*)$");

    private final Path protoc;

    public ProtocCompiler(Path protoc) {
        this.protoc = protoc;
    }

    /** The protoc named by {@value #PROPERTY} or {@value #ENVIRONMENT}, else {@code protoc} on the PATH. */
    public static ProtocCompiler locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT);
        }
        return new ProtocCompiler(Path.of(configured == null || configured.isBlank() ? "protoc" : configured));
    }

    public Path executable() {
        return protoc;
    }

    /**
     * Compiles {@code files} (paths on disk, each under one of {@code includes}) into a descriptor set with source
     * info and all imports; the well-known types are always on the include path.
     */
    public FileDescriptorSet compile(List<Path> includes, List<Path> files) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("protovet-protoc-");
            Path out = scratch.resolve("image.binpb");
            List<String> args = new ArrayList<>();
            for (Path include : includes) {
                args.add("--proto_path=" + include.toAbsolutePath().normalize());
            }
            args.add("--proto_path=" + WellKnownTypes.includeDirectory());
            args.add("--include_imports");
            args.add("--include_source_info");
            args.add("--descriptor_set_out=" + out);
            files.forEach(f -> args.add(f.toAbsolutePath().normalize().toString()));
            Path argFile = scratch.resolve("args.txt");
            Files.write(argFile, args, StandardCharsets.UTF_8);

            Process process = new ProcessBuilder(executableReady().toString(), "@" + argFile)
                    .redirectErrorStream(true)
                    .start();
            byte[] output = process.getInputStream().readAllBytes();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new InputException(problems(new String(output, StandardCharsets.UTF_8), includes));
            }
            return SpanNormalizer.normalize(DescriptorSetReader.parseProtocOutput(out), includes);
        } catch (IOException e) {
            throw new InputException(protoc.toString(), "cannot run protoc: " + e.getMessage()
                    + " (set -D" + PROPERTY + " or $" + ENVIRONMENT + " to a protoc executable)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(protoc.toString(), "interrupted while compiling");
        } finally {
            if (scratch != null) {
                ScratchDirectories.delete(scratch);
            }
        }
    }

    /** protoc from Maven Central arrives without its executable bit; give it one. */
    private Path executableReady() {
        if (Files.isRegularFile(protoc) && !Files.isExecutable(protoc)) {
            protoc.toFile().setExecutable(true);
        }
        return protoc;
    }

    static List<Problem> problems(String output, List<Path> includes) {
        List<Problem> problems = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (line.isBlank() || line.contains(": warning: ") || line.startsWith("warning:")) {
                continue;
            }
            Matcher located = LOCATED.matcher(line);
            Matcher fileOnly = FILE_ONLY.matcher(line);
            if (located.matches()) {
                problems.add(new Problem(relative(located.group(1), includes), Integer.parseInt(located.group(2)),
                        Integer.parseInt(located.group(3)), located.group(4)));
            } else if (fileOnly.matches()) {
                problems.add(new Problem(relative(fileOnly.group(1), includes), 0, 0, fileOnly.group(2)));
            } else {
                problems.add(new Problem("", 0, 0, line));
            }
        }
        if (problems.isEmpty()) {
            problems.add(new Problem("", 0, 0, "protoc failed without saying why"));
        }
        return problems;
    }

    private static String relative(String file, List<Path> includes) {
        for (Path include : includes) {
            String prefix = include.toAbsolutePath().normalize() + "/";
            if (file.startsWith(prefix)) {
                return file.substring(prefix.length());
            }
        }
        return file;
    }
}
