package dev.protovet.inputs;

import dev.protovet.engine.InputException;
import dev.protovet.engine.load.Cleanup;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Extracts the .proto files (and buf.yaml) of a .zip, .jar, .tar or .tar.gz to a temp directory. */
final class Archives {
    private Archives() {
    }

    /**
     * @param descriptorSetFallback when the archive has no .proto files, use a descriptor set inside it
     *                              ({@code .binpb}, {@code .protoset}, {@code .desc}, {@code .pb}) instead
     */
    static ResolvedInput extract(InputSpec spec, boolean descriptorSetFallback) {
        Path archive = Path.of(spec.location());
        if (!Files.isRegularFile(archive)) {
            throw new InputException(spec.text(), "no such archive");
        }
        int strip = stripComponents(spec);
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("protovet-archive-");
            Path out = Files.createDirectories(scratch.resolve("tree"));
            boolean zip = spec.kind() != InputSpec.Kind.TAR;
            int found = zip ? unzip(archive, out, strip, WantedFiles::wanted) : untar(archive, out, strip);
            if (found == 0 && descriptorSetFallback && zip) {
                Path sets = Files.createDirectories(scratch.resolve("descriptor-sets"));
                if (unzip(archive, sets, strip, WantedFiles::descriptorSet) > 0) {
                    try (var files = Files.walk(sets)) {
                        Path set = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
                        return new ResolvedInput(set, scratch);
                    }
                }
            }
            if (found == 0) {
                throw new InputException(spec.text(), "the archive holds no .proto files");
            }
            return new ResolvedInput(out, scratch);
        } catch (IOException e) {
            Cleanup.deleteTree(scratch);
            throw new InputException(spec.text(), "not a readable " + (spec.kind() == InputSpec.Kind.TAR ? "tar" : "zip/jar")
                    + " archive: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (RuntimeException e) {
            Cleanup.deleteTree(scratch);
            throw e;
        }
    }

    private static int stripComponents(InputSpec spec) {
        String value = spec.option("strip_components");
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InputException(spec.text(), "strip_components must be a number, not \"" + value + "\"");
        }
    }

    private static int unzip(Path archive, Path out, int strip, Predicate<String> wanted) throws IOException {
        int found = 0;
        boolean sawEntry = false;
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(archive)))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                sawEntry = true;
                if (!entry.isDirectory() && write(entry.getName(), zip, out, strip, wanted)) {
                    found++;
                }
            }
        }
        if (!sawEntry) {
            throw new IOException("no zip entries found");
        }
        return found;
    }

    private static int untar(Path archive, Path out, int strip) throws IOException {
        int found = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive))) {
            InputStream in = archive.toString().endsWith(".tar") ? raw : new GZIPInputStream(raw);
            TarReader tar = new TarReader(in);
            TarReader.Entry entry;
            while ((entry = tar.next()) != null) {
                if (entry.regularFile() && write(entry.name(), tar.content(), out, strip, WantedFiles::wanted)) {
                    found++;
                }
            }
        }
        return found;
    }

    /** Writes one wanted entry below {@code out}; entries escaping it ("zip slip") are refused. */
    private static boolean write(String name, InputStream content, Path out, int strip, Predicate<String> wanted)
            throws IOException {
        String path = WantedFiles.strip(name.replace('\\', '/'), strip);
        if (path == null || !wanted.test(path)) {
            return false;
        }
        Path target = out.resolve(path).normalize();
        if (!target.startsWith(out)) {
            throw new IOException("entry \"" + name + "\" points outside the archive");
        }
        Files.createDirectories(target.getParent());
        Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }
}
