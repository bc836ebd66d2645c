package dev.protovet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.config.ConfigParser;
import dev.protovet.engine.load.InputLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every directory under {@code src/test/resources/breaking/} is one case: {@code previous/} and {@code current/}
 * .proto trees, the {@code buf.yaml} that selects the rule(s) under test, and {@code expected.txt} with one line per
 * finding ({@code path:start_line:start_column:end_line:end_column:RULE_ID}), recorded from buf itself.
 * Run with {@code -Dprotovet.golden.update=true} to rewrite the expected files after a deliberate change (refused
 * under {@code CI=true}, see {@link GoldenUpdate}).
 */
class GoldenCasesTest {
    static final Path CASES = Path.of("src/test/resources/breaking");
    @TestFactory
    Stream<DynamicTest> everyCaseReportsWhatBufReports() throws IOException {
        boolean update = GoldenUpdate.requested(); // fails the run when asked for under CI=true
        InputLoader loader = Fixtures.loader();
        return caseDirectories().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            BufConfig config = ConfigParser.read(dir.resolve("buf.yaml"));
            var previous = loader.load(dir.resolve("previous"), config).image().withoutImports();
            var current = loader.load(dir.resolve("current"), config).image().withoutImports();
            List<Finding> findings = BreakingCheck.run(previous, current, config.modules().get(0).breaking());
            // accepted changes and ignore comments name findings by element: every finding has one
            assertThat(findings).as(dir + ": elements").allSatisfy(f -> assertThat(f.element()).isNotBlank());
            List<String> actual = Fixtures.lines(findings);
            Path expectedFile = dir.resolve("expected.txt");
            if (update) {
                Files.write(expectedFile, actual, StandardCharsets.UTF_8);
            }
            List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            assertThat(actual).as(dir + "/expected.txt").containsExactlyElementsOf(expected);
        }));
    }

    static Stream<Path> caseDirectories() throws IOException {
        return Files.list(CASES).filter(Files::isDirectory).sorted();
    }
}
