package dev.protovet.inputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.util.FS;

/** A real git repository for tests, driven by the git command line as a user would. */
final class GitRepo {
    static {
        // JGit measures a file system's timestamp resolution once per process, writing probe files into the first
        // repository it reads (in the background, as protovet configures it). Measured here first, synchronously,
        // so that no probe is still being written while a test deletes its temporary repository.
        FS.FileStoreAttributes.setBackground(false);
        FS.FileStoreAttributes.get(Path.of(System.getProperty("java.io.tmpdir")));
    }

    final Path dir;

    GitRepo(Path dir) throws IOException, InterruptedException {
        this.dir = Files.createDirectories(dir);
        git("init", "-q", "-b", "main");
        git("config", "user.email", "dev@example.com");
        git("config", "user.name", "Dev");
        git("config", "commit.gpgsign", "false");
    }

    GitRepo write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    GitRepo commit(String message) throws IOException, InterruptedException {
        git("add", "-A");
        git("commit", "-q", "-m", message);
        return this;
    }

    String git(String... args) throws IOException, InterruptedException {
        return run(dir, args);
    }

    static String run(Path in, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + output);
        }
        return output.trim();
    }
}
