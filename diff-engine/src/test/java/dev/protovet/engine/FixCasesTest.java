package dev.protovet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.config.ConfigParser;
import dev.protovet.engine.fix.FileFix;
import dev.protovet.engine.fix.FixPlan;
import dev.protovet.engine.fix.FixPlanner;
import dev.protovet.engine.fix.FixStrategy;
import dev.protovet.engine.load.InputLoader;
import dev.protovet.engine.pair.Pairing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every directory under {@code src/test/resources/fix/} is one case of {@code protovet fix}: {@code previous/} and
 * {@code current/} trees, {@code expected/} (the current tree as the fix leaves it, byte for byte), an optional
 * {@code strategy.txt} ({@code deprecate}; default {@code reserve}), {@code notes.txt} (what the fix says it left
 * undone, one {@code path: message} a line; absent when nothing), and a {@code buf.yaml} whose rules the fixed tree
 * is checked with against {@code previous/}: {@code remaining.txt} lists the findings still reported (absent when
 * none). {@code -Dprotovet.golden.update=true} rewrites expected/, notes.txt and remaining.txt.
 */
class FixCasesTest {
    static final Path CASES = Path.of("src/test/resources/fix");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyCaseFixesTheCurrentTreeAsRecorded() throws IOException {
        boolean update = GoldenUpdate.requested();
        InputLoader loader = Fixtures.loader();
        return Files.list(CASES).filter(Files::isDirectory).sorted()
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir, loader, update)));
    }

    private void check(Path dir, InputLoader loader, boolean update) throws IOException {
        Path strategyFile = dir.resolve("strategy.txt");
        FixStrategy strategy = Files.exists(strategyFile)
                ? FixStrategy.parse(Files.readString(strategyFile).strip()) : FixStrategy.RESERVE;
        var previous = loader.load(dir.resolve("previous"), BufConfig.defaults());
        var current = loader.load(dir.resolve("current"), BufConfig.defaults());
        Map<String, Path> onDisk = current.diskPaths();
        FixPlan plan = FixPlanner.plan(new Pairing(previous.image(), current.image()), strategy,
                onDisk::containsKey, path -> read(onDisk.get(path)));

        Path fixed = tmp.resolve(dir.getFileName().toString());
        for (Map.Entry<String, Path> file : onDisk.entrySet()) {
            byte[] bytes = plan.files().stream().filter(f -> f.path().equals(file.getKey())).findFirst()
                    .map(FileFix::fixed).orElseGet(() -> read(file.getValue()));
            Path target = fixed.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            Path expected = dir.resolve("expected").resolve(file.getKey());
            if (update) {
                Files.createDirectories(expected.getParent());
                Files.write(expected, bytes);
            }
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as(expected.toString())
                    .isEqualTo(Files.readString(expected));
        }
        golden(dir.resolve("notes.txt"), plan.notes().stream().map(n -> n.path() + ": " + n.message()).toList(), update);

        BufConfig config = ConfigParser.read(dir.resolve("buf.yaml"));
        List<Finding> remaining = BreakingCheck.run(previous.image().withoutImports(),
                loader.load(fixed, BufConfig.defaults()).image().withoutImports(), config.modules().get(0).breaking());
        golden(dir.resolve("remaining.txt"), Fixtures.lines(remaining), update);
    }

    /** Compares lines with a file that is absent when there are none. */
    private static void golden(Path file, List<String> actual, boolean update) throws IOException {
        if (update) {
            Files.deleteIfExists(file);
            if (!actual.isEmpty()) {
                Files.write(file, actual, StandardCharsets.UTF_8);
            }
        }
        List<String> expected = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        assertThat(actual).as(file.toString()).containsExactlyElementsOf(expected);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
