package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class-data archive the running JDK cannot use is skipped without a word: made by JDK 17 and run by JDK 25 under
 * the name JDK 25 looks for, and the other way round. (The other JDK is {@code -Dprotovet.otherJdk}, by default the
 * Temurin 25 of the project's machines; without it these tests are skipped.)
 */
@Tag("distribution")
class ForeignClassDataArchiveTest {
    private static final Path HOME = Path.of(System.getProperty("protovet.launcher", "target/protovet/bin/protovet"))
            .getParent().getParent();
    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
    private static final Path BUILD_JDK = Path.of(System.getProperty("java.home"));
    private static final Path OTHER_JDK = Path.of(System.getProperty("protovet.otherJdk", "/usr/lib/jvm/temurin-25-jdk-amd64"));

    @TempDir
    Path dir;

    @Test
    void aNewerJdkSkipsAnArchiveOfAnOlderOneQuietly() throws Exception {
        Path home = copyOfTheDistribution();
        // the build JDK's archive, under the name the other JDK would look for
        Files.copy(home.resolve("lib/protovet-" + version(BUILD_JDK) + ".jsa"),
                home.resolve("lib/protovet-" + version(OTHER_JDK) + ".jsa"));
        assertQuietRun(home, OTHER_JDK);
    }

    @Test
    void anOlderJdkSkipsAnArchiveOfANewerOneQuietly() throws Exception {
        Path home = copyOfTheDistribution();
        Path made = dir.resolve("other.jsa");
        Process training = new ProcessBuilder(OTHER_JDK.resolve("bin/java").toString(), "-XX:ArchiveClassesAtExit=" + made,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", home.resolve("lib") + "/*", Main.class.getName(), "rules")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(training.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(made).exists();
        Files.move(made, home.resolve("lib/protovet-" + version(BUILD_JDK) + ".jsa"), StandardCopyOption.REPLACE_EXISTING);
        assertQuietRun(home, BUILD_JDK);
    }

    @Test
    void onAnotherJdkThanTheBuildsTheArchiveIsLeftAloneAndNothingIsPrinted() throws Exception {
        assertQuietRun(copyOfTheDistribution(), OTHER_JDK);
    }

    /** Runs the copy's launcher on {@code jdk} twice (a per-user archive may be made on the first): no stderr. */
    private void assertQuietRun(Path home, Path jdk) throws Exception {
        for (int run = 1; run <= 2; run++) {
            ProcessBuilder launcher = new ProcessBuilder(home.resolve("bin/protovet").toString(), "breaking", "after",
                    "--against", "before").directory(EXAMPLES.toFile());
            launcher.environment().putAll(Map.of("JAVA_HOME", jdk.toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString(),
                    "PROTOVET_CACHE_DIR", dir.resolve("images").toString()));
            launcher.environment().remove("PROTOVET_JAVA_OPTS");
            var result = Launcher.finish(launcher.start());
            assertThat(result.err()).as("stderr of run %d on %s", run, jdk).isEmpty();
            assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
            assertThat(result.out().lines()).hasSize(3);
        }
    }

    private Path copyOfTheDistribution() throws IOException {
        assumeTrue(Files.isExecutable(OTHER_JDK.resolve("bin/java")), "no other JDK at " + OTHER_JDK);
        assumeTrue(!version(OTHER_JDK).equals(version(BUILD_JDK)), "the other JDK is the build's");
        Path home = dir.resolve("protovet");
        try (Stream<Path> files = Files.walk(HOME)) {
            for (Path from : files.toList()) {
                // attributes kept: the archive records the jar's size and time
                Files.copy(from, home.resolve(HOME.relativize(from).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return home;
    }

    /** JAVA_VERSION of a JDK's release file, as the launcher reads it. */
    private static String version(Path jdk) throws IOException {
        List<String> release = Files.readAllLines(jdk.resolve("release"));
        return release.stream().filter(l -> l.startsWith("JAVA_VERSION=")).findFirst().orElseThrow()
                .replaceAll("^JAVA_VERSION=\"?([^\"]*)\"?$", "$1");
    }
}
