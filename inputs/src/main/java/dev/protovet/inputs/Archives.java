package dev.protovet.inputs;

import dev.protovet.engine.InputException;
import dev.protovet.engine.load.ScratchDirectories;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Extracts the .proto files (and buf.yaml) of a .zip, .jar or tar archive (.tar, .tar.gz/.tgz, .tar.bz2/.tbz2,
 * .tar.xz/.txz; read by Apache Commons Compress) to a temp directory.
 */
final class Archives {
    private static final int TAR_RECORD = 512;

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
            ScratchDirectories.delete(scratch);
            throw new InputException(spec.text(), "not a readable " + (spec.kind() == InputSpec.Kind.TAR ? "tar" : "zip/jar")
                    + " archive: " + oneLine(e));
        } catch (RuntimeException e) {
            ScratchDirectories.delete(scratch);
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
        boolean sawEntry = false;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive));
             TarArchiveInputStream tar = new TarArchiveInputStream(decompressed(archive, raw))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                sawEntry = true;
                if (entry.isFile() && write(entry.getName(), tar, out, strip, WantedFiles::wanted)) {
                    found++;
                } else {
                    tar.transferTo(OutputStream.nullOutputStream()); // read, not skipped: a truncated entry fails
                }
            }
            if (tar.getBytesRead() % TAR_RECORD != 0) {
                throw new EOFException(); // the stream stopped inside a header, which the reader takes for the end
            }
        }
        if (!sawEntry && Files.size(archive) > 0) {
            throw new IOException("no tar entries found");
        }
        return found;
    }

    /** The tar stream inside: by the file's extension, else by the compressed stream's signature. */
    private static InputStream decompressed(Path archive, InputStream raw) throws IOException {
        String name = archive.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tar")) {
            return raw;
        }
        if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return new GzipCompressorInputStream(raw, true);
        }
        if (name.endsWith(".tar.bz2") || name.endsWith(".tbz2")) {
            return new BZip2CompressorInputStream(raw, true);
        }
        if (name.endsWith(".tar.xz") || name.endsWith(".txz")) {
            return new XZCompressorInputStream(raw, true);
        }
        try {
            return new CompressorStreamFactory().createCompressorInputStream(CompressorStreamFactory.detect(raw), raw);
        } catch (CompressorException e) {
            return raw; // no compression signature (#format=tar on a plain tar)
        }
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

    private static String oneLine(IOException e) {
        if (e instanceof EOFException && e.getMessage() == null) {
            return "it ends too early (truncated)";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
