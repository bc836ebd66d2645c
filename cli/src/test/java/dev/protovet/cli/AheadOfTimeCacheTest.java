package dev.protovet.cli;

import static dev.protovet.cli.DistributionFiles.BUILD_JDK;
import static dev.protovet.cli.DistributionFiles.OTHER_JDK;
import static dev.protovet.cli.DistributionFiles.aheadOfTimeCache;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On JDK 25+, a distribution built by that JDK starts from its ahead-of-time cache, and a cache the JVM cannot use is
 * skipped without a word. (JDK 25 is the build's JDK when it is 25 or newer, else {@code -Dprotovet.otherJdk}, by
 * default the Temurin 25 of the project's machines; without one these tests are skipped.)
 */
@Tag("distribution")
class AheadOfTimeCacheTest {
    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void aDistributionBuiltOnJdk25StartsFromItsCache() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the distribution was built on JDK " + Runtime.version().feature());
        Path home = DistributionFiles.HOME.toRealPath();
        Path cache = aheadOfTimeCache(home, BUILD_JDK);
        assertThat(cache).exists();

        var logged = run(home, BUILD_JDK, "-Xlog:aot -Xlog:class+load");
        assertThat(logged.out()).contains("Opened AOT cache " + cache + ".")
                .contains("dev.protovet.cli.Main source: shared objects file");
        assertQuietRun(home, BUILD_JDK);
        // no class-data archive made in the user's cache instead
        assertThat(dir.resolve("cache/protovet")).doesNotExist();
    }

    @Test
    void aCorruptCacheIsSkippedQuietly() throws Exception {
        Path jdk = jdk25();
        Path home = DistributionFiles.copy(dir.resolve("protovet"));
        replaceCache(home, jdk, new byte[1 << 16]);
        assertQuietRun(home, jdk);
    }

    @Test
    void aCacheMadeUnderOtherJvmSettingsIsSkippedQuietly() throws Exception {
        Path jdk = jdk25();
        Path home = DistributionFiles.copy(dir.resolve("protovet"));
        Path cache = aheadOfTimeCache(home, jdk);
        Files.deleteIfExists(cache);
        // compact object headers: the JVM would say "Unable to use AOT cache" on every run
        Process training = new ProcessBuilder(jdk.resolve("bin/java").toString(), "-XX:AOTCacheOutput=" + cache,
                "-XX:+UseCompactObjectHeaders", "-cp", home.resolve("lib") + "/*", Main.class.getName(), "rules")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(training.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(cache).exists();
        assertQuietRun(home, jdk);
    }

    @Test
    void aSharingOptionOfTheUsersLeavesTheCacheOut() throws Exception {
        // the JVM refuses to start with an AOT cache and any -Xshare option
        Path jdk = jdk25();
        Path home = DistributionFiles.copy(dir.resolve("protovet"));
        replaceCache(home, jdk, new byte[0]);
        var result = run(home, jdk, "-Xshare:off");
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    /** Runs the launcher of {@code home} on {@code jdk} twice (a per-user archive may be made on the first): no stderr. */
    private void assertQuietRun(Path home, Path jdk) throws Exception {
        for (int run = 1; run <= 2; run++) {
            var result = run(home, jdk, null);
            assertThat(result.err()).as("stderr of run %d on %s", run, jdk).isEmpty();
            assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
            assertThat(result.out().lines()).hasSize(3);
        }
    }

    private Launcher.Result run(Path home, Path jdk, String javaOptions) throws Exception {
        ProcessBuilder launcher = new ProcessBuilder(home.resolve("bin/protovet").toString(), "breaking", "after",
                "--against", "before").directory(EXAMPLES.toFile());
        launcher.environment().putAll(Map.of("JAVA_HOME", jdk.toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "PROTOVET_CACHE_DIR", dir.resolve("images").toString()));
        launcher.environment().remove("PROTOVET_JAVA_OPTS");
        launcher.environment().remove("JAVA_TOOL_OPTIONS");
        launcher.environment().remove("JDK_JAVA_OPTIONS");
        if (javaOptions != null) {
            launcher.environment().put("PROTOVET_JAVA_OPTS", javaOptions);
        }
        return Launcher.finish(launcher.start());
    }

    private static void replaceCache(Path home, Path jdk, byte[] content) throws IOException {
        Path cache = aheadOfTimeCache(home, jdk);
        Files.deleteIfExists(cache);
        Files.write(cache, content);
    }

    /** The build's JDK when it is 25+, else the other JDK when that is. */
    private static Path jdk25() throws IOException {
        if (Runtime.version().feature() >= 25) {
            return BUILD_JDK;
        }
        assumeTrue(Files.isExecutable(OTHER_JDK.resolve("bin/java")), "no other JDK at " + OTHER_JDK);
        String version = DistributionFiles.javaVersion(OTHER_JDK);
        assumeTrue(Integer.parseInt(version.split("\\.")[0]) >= 25, "the other JDK is " + version);
        return OTHER_JDK;
    }
}
