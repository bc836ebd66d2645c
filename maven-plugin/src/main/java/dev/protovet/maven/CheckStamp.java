package dev.protovet.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fingerprint of everything a passing check depended on (the current and baseline files, the settings files,
 * the dependency jars, the parameters, the day, the plugin itself), kept in {@value #FILE} beside the reports: when
 * the next build's fingerprint is the same, nothing can have changed its outcome and the check is skipped.
 */
final class CheckStamp {
    static final String FILE = "breaking.stamp";

    private final MessageDigest digest;

    private CheckStamp() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /**
     * @param contents  files and directories whose every byte counts (a missing one counts as missing)
     * @param jars      files that count by path, size and time (dependency jars: large, and never edited in place)
     * @param settings  the parameters and anything else that decides the outcome
     */
    static String of(List<Path> contents, List<Path> jars, List<String> settings) {
        CheckStamp stamp = new CheckStamp();
        try {
            for (Path path : contents) {
                stamp.tree(path);
            }
            for (Path jar : jars) {
                stamp.text("jar " + jar + " " + (Files.isRegularFile(jar)
                        ? Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() : "missing"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settings.forEach(stamp::text);
        return HexFormat.of().formatHex(stamp.digest.digest());
    }

    /** Whether the stamp kept in {@code directory} is {@code stamp}. */
    static boolean matches(Path directory, String stamp) {
        try {
            Path file = directory.resolve(FILE);
            return Files.isRegularFile(file) && Files.readString(file).strip().equals(stamp);
        } catch (IOException e) {
            return false; // unreadable: check again
        }
    }

    static void write(Path directory, String stamp) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(FILE), stamp + "\n");
    }

    static void delete(Path directory) throws IOException {
        Files.deleteIfExists(directory.resolve(FILE));
    }

    private void tree(Path root) throws IOException {
        if (!Files.exists(root)) {
            text("missing " + root);
            return;
        }
        if (Files.isRegularFile(root)) {
            file(root, root.toString());
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            file(file, root.relativize(file).toString());
        }
    }

    private void file(Path file, String name) throws IOException {
        text("file " + name + " " + Files.size(file));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
    }

    private void text(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
