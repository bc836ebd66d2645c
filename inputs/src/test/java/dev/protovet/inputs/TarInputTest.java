package dev.protovet.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protovet.engine.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tar archives, plain and compressed, as release tarballs come; and the one-line errors for broken ones. */
class TarInputTest {
    private static final String CART = "syntax = \"proto3\";\npackage shop.v1;\nmessage Cart { string id = 1; }\n";
    private static final String LONG_NAME = "shop-1.0.0/proto/" + "deeply/nested/".repeat(8) + "cart.proto";

    @TempDir
    Path tmp;

    @Test
    void everyCompressionGivesTheSameProtos() throws IOException {
        Map<String, String> release = Map.of("shop-1.0.0/proto/shop/v1/cart.proto", CART, "shop-1.0.0/README.md", "hi");
        for (String name : new String[] {"r.tar", "r.tar.gz", "r.tgz", "r.tar.bz2", "r.tbz2", "r.tar.xz", "r.txz"}) {
            Path archive = tar(name, release);
            try (ResolvedInput input = InputResolver.resolve(archive + "#strip_components=1,subdir=proto")) {
                assertThat(input.path().resolve("shop/v1/cart.proto")).as(name).hasContent(CART);
                assertThat(input.path().resolve("../README.md")).as(name).doesNotExist();
            }
        }
    }

    @Test
    void longNamesAndFormatOptionWork() throws IOException {
        Path archive = tar("release.tar.gz", Map.of(LONG_NAME, CART));
        Path renamed = Files.copy(archive, tmp.resolve("release.bin"));
        try (ResolvedInput input = InputResolver.resolve(renamed + "#format=tar,strip_components=2")) {
            assertThat(input.path().resolve(LONG_NAME.substring("shop-1.0.0/proto/".length()))).hasContent(CART);
        }
    }

    @Test
    void aTruncatedArchiveIsAOneLineError() throws IOException {
        Path whole = tar("whole.tar", Map.of("shop/v1/cart.proto", CART.repeat(20)));
        Path cut = tmp.resolve("cut.tar");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(whole), 700));
        assertOneLineError(cut, cut + ": not a readable tar archive: ");
        Path twoFiles = tar("two.tar", Map.of("a/README.md", "x".repeat(4000), "shop/v1/cart.proto", CART));
        Path cutInSkippedFile = tmp.resolve("cut-early.tar");
        Files.write(cutInSkippedFile, java.util.Arrays.copyOf(Files.readAllBytes(twoFiles), 2048));
        assertOneLineError(cutInSkippedFile, cutInSkippedFile + ": not a readable tar archive: ");
        Path cutInHeader = tmp.resolve("cut-header.tar");
        Files.write(cutInHeader, java.util.Arrays.copyOf(Files.readAllBytes(twoFiles), 512 * 9 + 100)); // inside the second header
        assertOneLineError(cutInHeader, cutInHeader + ": not a readable tar archive: it ends too early (truncated)");
        Path gz = tar("whole.tar.gz", Map.of("shop/v1/cart.proto", CART.repeat(50)));
        Path cutGz = tmp.resolve("cut.tar.gz");
        Files.write(cutGz, java.util.Arrays.copyOf(Files.readAllBytes(gz), 60));
        assertOneLineError(cutGz, cutGz + ": not a readable tar archive: ");
    }

    @Test
    void aFileThatIsNoArchiveIsAOneLineError() throws IOException {
        Path text = tmp.resolve("notes.tar");
        Files.writeString(text, "just some notes\n".repeat(100));
        assertOneLineError(text, text + ": not a readable tar archive: ");
        Path gz = tmp.resolve("notes.tar.gz");
        Files.writeString(gz, "not gzip");
        assertOneLineError(gz, gz + ": not a readable tar archive: ");
        Path xz = tmp.resolve("notes.tar.xz");
        Files.writeString(xz, "not xz either");
        assertOneLineError(xz, xz + ": not a readable tar archive: ");
    }

    @Test
    void anEntryEscapingTheRootIsRefused() throws IOException {
        Path evil = tar("evil.tar", Map.of("../../outside.proto", CART));
        assertOneLineError(evil, evil + ": not a readable tar archive: entry \"../../outside.proto\" points outside the archive");
        assertThat(tmp.resolve("outside.proto")).doesNotExist();
    }

    private static void assertOneLineError(Path archive, String start) {
        assertThatThrownBy(() -> InputResolver.resolve(archive.toString()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(start)
                .hasMessageNotContaining("\n");
    }

    /** A tar archive of {@code files}, compressed as its name says. */
    private Path tar(String name, Map<String, String> files) throws IOException {
        Path archive = tmp.resolve(name);
        try (OutputStream file = Files.newOutputStream(archive);
             OutputStream compressed = compress(name, file);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(compressed)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
            for (var entry : new java.util.TreeMap<>(files).entrySet()) {
                byte[] content = entry.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry header = new TarArchiveEntry(entry.getKey(), true); // the name as given, ".." too
                header.setSize(content.length);
                tar.putArchiveEntry(header);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
        return archive;
    }

    private static OutputStream compress(String name, OutputStream out) throws IOException {
        if (name.endsWith(".gz") || name.endsWith(".tgz")) {
            return new GzipCompressorOutputStream(out);
        }
        if (name.endsWith(".bz2") || name.endsWith(".tbz2")) {
            return new BZip2CompressorOutputStream(out);
        }
        if (name.endsWith(".xz") || name.endsWith(".txz")) {
            return new XZCompressorOutputStream(out);
        }
        return new java.io.FilterOutputStream(out);
    }
}
