package dev.protovet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The packaged distribution's folder, and the names its launcher gives a JDK's class-data archive and AOT cache. */
final class DistributionFiles {
    /** {@code cli/target/protovet/}. */
    static final Path HOME = Path.of(System.getProperty("protovet.launcher", "target/protovet/bin/protovet"))
            .getParent().getParent();
    /** The JDK running the build and its tests, which built the distribution. */
    static final Path BUILD_JDK = Path.of(System.getProperty("java.home"));
    /** Another JDK to run it on: {@code -Dprotovet.otherJdk}, by default the Temurin 25 of the project's machines. */
    static final Path OTHER_JDK = Path.of(System.getProperty("protovet.otherJdk", "/usr/lib/jvm/temurin-25-jdk-amd64"));

    private DistributionFiles() {
    }

    /** Copies the distribution to {@code to}, keeping the files' times: an archive records its jar's size and time. */
    static Path copy(Path to) throws IOException {
        try (Stream<Path> files = Files.walk(HOME)) {
            for (Path from : files.toList()) {
                Files.copy(from, to.resolve(HOME.relativize(from).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return to;
    }

    /** JAVA_VERSION of a JDK's release file, as the launcher reads it. */
    static String javaVersion(Path jdk) throws IOException {
        List<String> release = Files.readAllLines(jdk.resolve("release"));
        return release.stream().filter(l -> l.startsWith("JAVA_VERSION=")).findFirst().orElseThrow()
                .replaceAll("^JAVA_VERSION=\"?([^\"]*)\"?$", "$1");
    }

    /** The ahead-of-time cache the launcher of {@code home} uses on {@code jdk} (25+): named by the JDK and the build. */
    static Path aheadOfTimeCache(Path home, Path jdk) throws IOException {
        String build = Files.readAllLines(home.resolve("lib/build-id")).get(0);
        return home.resolve("lib/protovet-" + javaVersion(jdk) + "-" + build + ".aot");
    }
}
