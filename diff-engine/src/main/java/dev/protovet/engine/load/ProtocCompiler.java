package dev.protovet.engine.load;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import dev.protovet.engine.CompileException;
import dev.protovet.engine.InputException;
import dev.protovet.engine.InputException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
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

    /** Below this many files a second protoc process costs more than it saves. */
    private static final int FILES_PER_PROCESS = 100;
    /**
     * protoc processes running at once in this JVM, whatever compiles them: the two sides of a comparison compiling
     * together share the cores instead of each taking all of them.
     */
    private static final Semaphore RUNNING = new Semaphore(Runtime.getRuntime().availableProcessors());

    private final Path protoc;
    private final int processes;

    public ProtocCompiler(Path protoc) {
        this(protoc, Runtime.getRuntime().availableProcessors());
    }

    /** At most {@code processes} protoc processes for one compile. */
    ProtocCompiler(Path protoc, int processes) {
        this.protoc = protoc;
        this.processes = processes;
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
     * info and all imports; the well-known types are always on the include path. A large set is split into as many
     * consecutive groups as there are cores, each compiled by a protoc process of its own, and the results merged:
     * protoc writes each file after the files it imports, once, so the groups' outputs in order, each file kept at
     * its first appearance, are exactly what one protoc run over all the files writes.
     */
    public FileDescriptorSet compile(List<Path> includes, List<Path> files) {
        int groups = Math.min(processes, files.size() / FILES_PER_PROCESS);
        if (groups < 2) {
            return SpanNormalizer.normalize(compileCounted(includes, files), includes);
        }
        List<CompletableFuture<FileDescriptorSet>> parts = new ArrayList<>();
        ExecutorService runners = Executors.newFixedThreadPool(groups, runnable -> {
            Thread thread = new Thread(runnable, "protovet-protoc");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int g = 0; g < groups; g++) {
                List<Path> group = files.subList(g * files.size() / groups, (g + 1) * files.size() / groups);
                parts.add(CompletableFuture.supplyAsync(() -> compileCounted(includes, group), runners));
            }
            FileDescriptorSet.Builder merged = FileDescriptorSet.newBuilder();
            Set<String> written = new HashSet<>();
            Set<Problem> problems = new LinkedHashSet<>();
            boolean compiling = true;
            for (CompletableFuture<FileDescriptorSet> part : parts) {
                try {
                    for (FileDescriptorProto file : part.join().getFileList()) {
                        if (written.add(file.getName())) {
                            merged.addFile(file);
                        }
                    }
                } catch (CompletionException e) {
                    if (!(e.getCause() instanceof InputException failed)) {
                        throw e;
                    }
                    // a file imported by several groups reports its errors in each
                    problems.addAll(failed.problems());
                    compiling &= failed instanceof CompileException;
                }
            }
            if (!problems.isEmpty()) {
                throw compiling ? new CompileException(List.copyOf(problems)) : new InputException(List.copyOf(problems));
            }
            return SpanNormalizer.normalize(merged.build(), includes);
        } finally {
            runners.shutdownNow();
        }
    }

    /** {@link #compileOnce}, once fewer protoc processes than cores are running. */
    private FileDescriptorSet compileCounted(List<Path> includes, List<Path> files) {
        RUNNING.acquireUninterruptibly();
        try {
            return compileOnce(includes, files);
        } finally {
            RUNNING.release();
        }
    }

    /** One protoc run over {@code files}: protoc's own output, not yet normalized. */
    private FileDescriptorSet compileOnce(List<Path> includes, List<Path> files) {
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
                throw new CompileException(problems(new String(output, StandardCharsets.UTF_8), includes));
            }
            return DescriptorSetReader.parseProtocOutput(out);
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
