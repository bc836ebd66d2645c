package dev.protovet.cli;

import static dev.protovet.cli.DistributionFiles.BUILD_JDK;
import static dev.protovet.cli.DistributionFiles.OTHER_JDK;
import static dev.protovet.cli.DistributionFiles.javaVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class-data archive the running JDK cannot use is skipped without a word: made by JDK 17 and run by JDK 25 under
 * the name JDK 25 looks for, and the other way round. (The other JDK is {@code -Dprotovet.otherJdk}, by default the
 * Temurin 25 of the project's machines; without it these tests are skipped. A distribution built on JDK 25 has an
 * ahead-of-time cache instead: {@link AheadOfTimeCacheTest}.)
 */
@Tag("distribution")
class ForeignClassDataArchiveTest {
    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void aNewerJdkSkipsAnArchiveOfAnOlderOneQuietly() throws Exception {
        Path home = copyOfTheDistribution();
        // the build JDK's archive (on JDK 25+ its ahead-of-time cache), under the name the other JDK would look for
        Path archive = Runtime.version().feature() >= 25 ? DistributionFiles.aheadOfTimeCache(home, BUILD_JDK)
                : home.resolve("lib/protovet-" + javaVersion(BUILD_JDK) + ".jsa");
        Files.copy(archive, home.resolve("lib/protovet-" + javaVersion(OTHER_JDK) + ".jsa"),
                StandardCopyOption.REPLACE_EXISTING);
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
        Files.move(made, home.resolve("lib/protovet-" + javaVersion(BUILD_JDK) + ".jsa"), StandardCopyOption.REPLACE_EXISTING);
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
        assumeTrue(!javaVersion(OTHER_JDK).equals(javaVersion(BUILD_JDK)), "the other JDK is the build's");
        return DistributionFiles.copy(dir.resolve("protovet"));
    }
}
