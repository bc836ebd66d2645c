package dev.protovet.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Copies the .proto files out of jars, keeping their paths: a jar's protos become an import directory. */
final class ProtoJars {
    private ProtoJars() {
    }

    /** Extracts every {@code .proto} entry of {@code jar} under {@code target}; returns how many there were. */
    static int extract(Path jar, Path target) throws IOException {
        int count = 0;
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().endsWith(".proto") || entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                Path file = root.resolve(entry.getName()).normalize();
                if (!file.startsWith(root)) {
                    continue; // an entry like ../x.proto would escape the directory
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                count++;
            }
        }
        return count;
    }
}
