package dev.protovet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code bin/protovet} as a user would, in a working directory. */
final class Launcher {
    private Launcher() {
    }

    record Result(int exitCode, String out, String err) {
    }

    static Result run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        return runWithEnv(workingDirectory, java.util.Map.of(), args);
    }

    static Result runWithEnv(Path workingDirectory, java.util.Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        Process process = start(workingDirectory, env, args);
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("protovet did not finish in 120 s");
        }
        return new Result(process.exitValue(), out.join(), err.join());
    }

    /** Starts the launcher and leaves the process to the caller (to read as it runs, or to kill). */
    static Process start(Path workingDirectory, java.util.Map<String, String> env, String... args) throws IOException {
        String launcher = System.getProperty("protovet.launcher");
        if (launcher == null || !Files.isExecutable(Path.of(launcher))) {
            throw new IllegalStateException("run through Maven (`mvn package`): the tests use cli/target/protovet/bin/protovet");
        }
        List<String> command = new ArrayList<>();
        command.add(launcher);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
