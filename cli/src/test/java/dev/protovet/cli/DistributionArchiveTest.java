package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code cli/target/protovet.tar.gz} holds exactly the files of {@code cli/target/protovet/}, under one folder. */
@Tag("distribution")
class DistributionArchiveTest {
    private static final Path HOME = DistributionFiles.HOME;
    private static final Path TARBALL = Path.of(System.getProperty("protovet.tarball", "target/protovet.tar.gz"));
    private static final String TOP = "protovet-" + System.getProperty("protovet.version") + "/";

    /** A file's size and whether it is executable: what must be the same in the folder and in the archive. */
    record Entry(long size, boolean executable) {
    }

    @Test
    void theTarballHoldsTheFolderWithItsClassDataArchiveUnderOneTopFolder() throws IOException {
        // built on JDK 25+, an ahead-of-time cache instead of the class-data archive
        String archive = HOME.relativize(Runtime.version().feature() >= 25
                ? DistributionFiles.aheadOfTimeCache(HOME, DistributionFiles.BUILD_JDK)
                : HOME.resolve("lib/protovet-" + System.getProperty("java.version") + ".jsa")).toString();
        Map<String, Entry> packed = new TreeMap<>();
        try (InputStream file = Files.newInputStream(TARBALL);
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                assertThat(entry.getName()).as("every entry is under " + TOP).startsWith(TOP);
                if (entry.isFile()) {
                    packed.put(entry.getName().substring(TOP.length()),
                            new Entry(entry.getSize(), (entry.getMode() & 0100) != 0));
                }
            }
        }
        Map<String, Entry> folder = new TreeMap<>();
        try (Stream<Path> files = Files.walk(HOME)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                folder.put(HOME.relativize(f).toString().replace('\\', '/'), new Entry(Files.size(f),
                        Files.getPosixFilePermissions(f).contains(PosixFilePermission.OWNER_EXECUTE)));
            }
        }
        assertThat(packed).isEqualTo(folder);
        assertThat(packed).containsKeys("bin/protovet", "bin/protovet.cmd", "lib/build-id", "protoc/protoc", archive);
        assertThat(packed.get("bin/protovet").executable()).isTrue();
        assertThat(packed.get("protoc/protoc").executable()).isTrue();
    }
}
