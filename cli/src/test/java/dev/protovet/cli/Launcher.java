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
        return finish(start(workingDirectory, env, args));
    }

    /**
     * Runs the launcher with a terminal for its stdin, stdout and stderr (util-linux {@code script}), as a person at a
     * terminal would: everything it printed comes back as {@code out}, with CR LF line ends.
     */
    static Result runInTerminal(Path workingDirectory, java.util.Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        StringBuilder command = new StringBuilder(quote(System.getProperty("protovet.launcher")));
        for (String arg : args) {
            command.append(' ').append(quote(arg));
        }
        ProcessBuilder builder = new ProcessBuilder("script", "-qec", command.toString(), "/dev/null")
                .directory(workingDirectory.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        return finish(builder.start());
    }

    /** Waits (at most 120 s) for {@code process}, reading its output as it runs. */
    static Result finish(Process process) throws InterruptedException {
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("protovet did not finish in 120 s");
        }
        return new Result(process.exitValue(), out.join(), err.join());
    }

    /** Whether {@link #runInTerminal} can run here. */
    static boolean hasScript() {
        return Files.isExecutable(Path.of("/usr/bin/script"));
    }

    private static String quote(String arg) {
        return "'" + arg.replace("'", "'\\''") + "'";
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
