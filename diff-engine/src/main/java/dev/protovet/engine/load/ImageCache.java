package dev.protovet.engine.load;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiled baselines kept between runs: what protoc made of a set of {@code .proto} files, keyed by the exact content
 * of those files, the protoc binary, the import paths and protovet's own version, so that an input that does not
 * change (a git commit, a tag, an artifact, an archive) is compiled once.
 *
 * <p>Files imported from outside the compiled roots (an {@code -I} directory) are not part of the key, since they
 * are found only by compiling; each entry lists them with their hashes and is used only while they are unchanged.
 * An entry is written to a temporary file and renamed into place, so a concurrent run never reads half of one; it
 * ends in the SHA-256 of everything before it, so a truncated or damaged entry is detected, removed and rebuilt.
 * The directory is kept under its size bound by removing the entries used least recently. The cache never makes a
 * run fail: when it cannot be read or written, the input is compiled as if there were none.
 */
public final class ImageCache {
    /** Environment variable naming the cache directory. */
    public static final String DIRECTORY_VARIABLE = "PROTOVET_CACHE_DIR";
    /** Environment variable bounding the cache's size, in MiB. */
    public static final String SIZE_VARIABLE = "PROTOVET_CACHE_MAX_MB";
    public static final long DEFAULT_MAX_BYTES = 1024L * 1024 * 1024;

    private static final byte[] MAGIC = "protovet image cache 1\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String SUFFIX = ".image";
    private static final int DIGEST_BYTES = 32;

    private final Path directory;
    private final long maxBytes;

    public ImageCache(Path directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
    }

    /**
     * The cache the environment names: {@value #DIRECTORY_VARIABLE}, else {@code $XDG_CACHE_HOME/protovet}, else
     * {@code ~/.cache/protovet}; bounded by {@value #SIZE_VARIABLE} (default 1024 MiB).
     */
    public static ImageCache fromEnvironment(Map<String, String> environment) {
        String configured = environment.get(DIRECTORY_VARIABLE);
        String xdg = environment.get("XDG_CACHE_HOME");
        Path directory = configured != null && !configured.isBlank() ? Path.of(configured)
                : xdg != null && !xdg.isBlank() ? Path.of(xdg, "protovet")
                : Path.of(System.getProperty("user.home"), ".cache", "protovet");
        long maxBytes = DEFAULT_MAX_BYTES;
        String size = environment.get(SIZE_VARIABLE);
        if (size != null && size.matches("[0-9]{1,9}")) {
            maxBytes = Long.parseLong(size) * 1024 * 1024;
        }
        return new ImageCache(directory.resolve("images"), maxBytes);
    }

    public Path directory() {
        return directory;
    }

    /**
     * What a compile depends on, hashed: protovet's version (the bundled well-known types and how protoc's output is
     * normalized), the protoc binary, the import paths in order (the compiled roots by position, the others by their
     * path), and every compiled file by root, path in the root and content.
     */
    public record Key(String hash) {
        public static Key of(Path protoc, List<Path> roots, List<Path> otherIncludes, List<Path> files) {
            MessageDigest digest = sha256();
            update(digest, "protovet " + Optional.ofNullable(ImageCache.class.getPackage().getImplementationVersion())
                    .orElse("development"));
            update(digest, "protoc " + describe(protoc));
            update(digest, "roots " + roots.size());
            otherIncludes.forEach(include -> update(digest, "include " + include.toAbsolutePath().normalize()));
            for (Path file : files) {
                int root = rootOf(file, roots);
                update(digest, "file " + root + " " + roots.get(root).relativize(file).toString().replace('\\', '/')
                        + " " + contentHash(file));
            }
            return new Key(HexFormat.of().formatHex(digest.digest()));
        }

        private static String describe(Path protoc) {
            Path absolute = protoc.toAbsolutePath().normalize();
            try {
                return absolute + " " + Files.size(absolute) + " " + Files.getLastModifiedTime(absolute).toMillis();
            } catch (IOException e) {
                // protoc found on the PATH: named as given; its version is what compiling it reports anyway
                return protoc.toString();
            }
        }
    }

    /** A cached compile: protoc's normalized output, and the files it imported from outside the roots. */
    private record Entry(Map<String, String> outsideFiles, FileDescriptorSet set) {
    }

    /**
     * The compile of {@code key}, if one is kept and every file it imported from outside the compiled files is
     * unchanged where {@code includes} (the roots, then the other import paths) find it now.
     */
    public Optional<FileDescriptorSet> get(Key key, List<Path> includes) {
        Path file = entryOf(key);
        try {
            byte[] bytes = Files.readAllBytes(file);
            Optional<Entry> entry = decode(bytes);
            if (entry.isEmpty()) {
                Files.deleteIfExists(file);
                return Optional.empty();
            }
            for (Map.Entry<String, String> outside : entry.get().outsideFiles().entrySet()) {
                Optional<Path> found = find(outside.getKey(), includes);
                if (found.isEmpty() || !contentHash(found.get()).equals(outside.getValue())) {
                    return Optional.empty();
                }
            }
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            return Optional.of(entry.get().set());
        } catch (IOException | RuntimeException e) {
            // none kept, or one that cannot be read: compiled again
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code set}, the compile of {@code key}; files in it that are not among the {@code compiled} paths are
     * looked up on {@code includes} and listed with their hashes (well-known types, which protovet brings, are not).
     */
    public void put(Key key, FileDescriptorSet set, Set<String> compiled, List<Path> includes) {
        try {
            Map<String, String> outside = new LinkedHashMap<>();
            for (FileDescriptorProto file : set.getFileList()) {
                if (!compiled.contains(file.getName())) {
                    Optional<Path> found = find(file.getName(), includes);
                    if (found.isPresent()) {
                        outside.put(file.getName(), contentHash(found.get()));
                    }
                }
            }
            WholeFiles.write(entryOf(key), encode(new Entry(outside, set)));
            evict();
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only means compiling again next time
        }
    }

    private Path entryOf(Key key) {
        return directory.resolve(key.hash() + SUFFIX);
    }

    /** Removes the entries used least recently until the rest fit the bound (the newest entry always stays). */
    private void evict() throws IOException {
        record Kept(Path path, long size, FileTime used) {
        }
        List<Kept> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                try {
                    entries.add(new Kept(file, Files.size(file), Files.getLastModifiedTime(file)));
                } catch (NoSuchFileException e) {
                    // removed by a concurrent run
                }
            }
        }
        long total = entries.stream().mapToLong(Kept::size).sum();
        entries.sort(Comparator.comparing(Kept::used));
        for (int i = 0; i < entries.size() - 1 && total > maxBytes; i++) {
            Files.deleteIfExists(entries.get(i).path());
            total -= entries.get(i).size();
        }
    }

    private static byte[] encode(Entry entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.writeInt(entry.outsideFiles().size());
        for (Map.Entry<String, String> file : entry.outsideFiles().entrySet()) {
            out.writeUTF(file.getKey());
            out.writeUTF(file.getValue());
        }
        byte[] set = entry.set().toByteArray();
        out.writeInt(set.length);
        out.write(set);
        out.flush();
        out.write(sha256().digest(bytes.toByteArray()));
        out.flush();
        return bytes.toByteArray();
    }

    /** The entry in {@code bytes}; empty when they are not a whole, undamaged entry. */
    private static Optional<Entry> decode(byte[] bytes) throws IOException {
        if (bytes.length < MAGIC.length + DIGEST_BYTES
                || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty();
        }
        int body = bytes.length - DIGEST_BYTES;
        MessageDigest digest = sha256();
        digest.update(bytes, 0, body);
        if (!Arrays.equals(digest.digest(), 0, DIGEST_BYTES, bytes, body, bytes.length)) {
            return Optional.empty();
        }
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, MAGIC.length,
                body - MAGIC.length));
        int count = in.readInt();
        Map<String, String> outside = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            outside.put(in.readUTF(), in.readUTF());
        }
        byte[] set = new byte[in.readInt()];
        in.readFully(set);
        return Optional.of(new Entry(outside, FileDescriptorSet.parseFrom(set)));
    }

    /** Where protoc finds an import path: the first include that has it. */
    private static Optional<Path> find(String importPath, List<Path> includes) {
        for (Path include : includes) {
            Path candidate = include.resolve(importPath);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static int rootOf(Path file, List<Path> roots) {
        for (int i = 0; i < roots.size(); i++) {
            if (file.startsWith(roots.get(i))) {
                return i;
            }
        }
        throw new IllegalArgumentException(file + " is under none of " + roots);
    }

    private static String contentHash(Path file) {
        try {
            return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = (text + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
