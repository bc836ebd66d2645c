package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code protovet breaking} end to end: the packaged launcher, the bundled protoc, real files. */
@Tag("distribution") // runs the packaged launcher
class BreakingCommandTest {
    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theBundledExampleBreaksClientsAndExits100() throws Exception {
        var result = Launcher.run(EXAMPLES, "breaking", "after", "--against", "before");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out()).isEqualTo("""
                after/acme/orders/v1/orders.proto:8:1:Previously present field "2" with name "customer_email" on message "Order" was deleted.
                after/acme/orders/v1/orders.proto:11:3:Field "3" with name "total_cents" on message "Order" changed type from "int32" to "int64".
                after/acme/orders/v1/orders.proto:27:21:Enum value "3" on enum "Status" changed name from "STATUS_CANCELLED" to "STATUS_CANCELED".
                """);
        assertThat(result.err()).isEmpty();
    }

    /** The environment of a run whose colour only the terminal decides. */
    private static final java.util.Map<String, String> NO_COLOUR_SETTINGS = java.util.Map.of("NO_COLOR", "",
            "FORCE_COLOR", "", "CLICOLOR_FORCE", "");

    @Test
    void prettyIsPlainTextWhenPiped() throws Exception {
        var result = Launcher.runWithEnv(EXAMPLES, NO_COLOUR_SETTINGS, "breaking", "after", "--against", "before",
                "--error-format", "pretty");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out()).isEqualTo("""
                after/acme/orders/v1/orders.proto
                  8:1  FIELD_NO_DELETE  Previously present field "2" with name "customer_email" on message "Order" was deleted.
                    8 | message Order {
                      | ^^^^^^^^^^^^^^^
                    hint: reserve 2 and "customer_email" instead of deleting the field: reserved 2; reserved "customer_email";
                  11:3  FIELD_SAME_TYPE  Field "3" with name "total_cents" on message "Order" changed type from "int32" to "int64".
                    11 |   int64 total_cents = 3;
                       |   ^^^^^
                    hint: keep the old type; add a new field with a new number for the new type and deprecate this one
                  27:21  ENUM_VALUE_SAME_NAME  Enum value "3" on enum "Status" changed name from "STATUS_CANCELLED" to "STATUS_CANCELED".
                    27 |   STATUS_CANCELED = 3;
                       |                     ^
                    hint: keep the old name; add the new one as an alias (option allow_alias = true)

                3 breaking changes in 1 file.
                """);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void prettyIsColouredWhenForcedUnlessNoColorIsSet() throws Exception {
        String[] args = {"breaking", "after", "--against", "before", "--error-format", "pretty"};
        String plain = Launcher.runWithEnv(EXAMPLES, NO_COLOUR_SETTINGS, args).out();
        for (var force : List.of(java.util.Map.of("FORCE_COLOR", "1", "NO_COLOR", ""),
                java.util.Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", ""))) {
            String coloured = Launcher.runWithEnv(EXAMPLES, force, args).out();
            assertThat(coloured).as("%s", force).contains("\u001b[1;31mFIELD_NO_DELETE\u001b[0m");
            assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
        }
        assertThat(Launcher.runWithEnv(EXAMPLES, java.util.Map.of("FORCE_COLOR", "1", "NO_COLOR", "1"), args).out())
                .isEqualTo(plain);
        // the other formats have no colour to add
        assertThat(Launcher.runWithEnv(EXAMPLES, java.util.Map.of("FORCE_COLOR", "1", "NO_COLOR", ""),
                "breaking", "after", "--against", "before").out()).doesNotContain("\u001b");
    }

    @Test
    void prettyIsColouredOnATerminalUnlessNoColorIsSet() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Launcher.hasScript(), "needs util-linux script");
        String[] args = {"breaking", "after", "--against", "before", "--error-format", "pretty"};
        var onTerminal = Launcher.runInTerminal(EXAMPLES, NO_COLOUR_SETTINGS, args);
        assertThat(onTerminal.out()).contains("\u001b[1;31mFIELD_NO_DELETE\u001b[0m");
        var noColor = Launcher.runInTerminal(EXAMPLES, java.util.Map.of("NO_COLOR", "1"), args);
        assertThat(noColor.out()).contains("FIELD_NO_DELETE").doesNotContain("\u001b");
    }

    @Test
    void anUnchangedTreeExits0WithNoOutput() throws Exception {
        var result = Launcher.run(EXAMPLES, "breaking", "before", "--against", "before");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void jsonOutputAndAConfigGivenAsJson() throws Exception {
        var result = Launcher.run(EXAMPLES, "breaking", "after", "--against", "before", "--error-format", "json",
                "--config", "{\"version\":\"v2\",\"breaking\":{\"use\":[\"FIELD_SAME_TYPE\"]}}");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out()).isEqualTo("{\"path\":\"after/acme/orders/v1/orders.proto\",\"start_line\":11,"
                + "\"start_column\":3,\"end_line\":11,\"end_column\":8,\"type\":\"FIELD_SAME_TYPE\",\"message\":"
                + "\"Field \\\"3\\\" with name \\\"total_cents\\\" on message \\\"Order\\\" changed type from "
                + "\\\"int32\\\" to \\\"int64\\\".\"}\n");
    }

    @Test
    void aBufYamlInTheInputDirectoryConfiguresTheRules() throws Exception {
        Path after = copyOf(EXAMPLES.resolve("after"), dir.resolve("after"));
        Files.writeString(after.resolve("buf.yaml"), """
                version: v2
                breaking:
                  use: [FILE]
                  except: [FIELD_NO_DELETE, FIELD_SAME_TYPE]
                """);
        var result = Launcher.run(dir, "breaking", "after", "--against", EXAMPLES.resolve("before").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out()).contains("STATUS_CANCELED")
                .doesNotContain("customer_email").doesNotContain("total_cents");
    }

    @Test
    void diffListsEveryChangeAndExits0() throws Exception {
        var result = Launcher.run(EXAMPLES, "diff", "after", "--against", "before", "--format", "json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out().lines()).hasSize(4)
                .anyMatch(l -> l.contains("\"kind\":\"added\"") && l.contains("acme.orders.v1.Order.currency = 7"))
                .anyMatch(l -> l.startsWith("{\"kind\":\"changed\",\"path\":\"after/acme/orders/v1/orders.proto\",\"start_line\":11")
                        && l.contains("\"breaking_in\":[\"FILE\",\"PACKAGE\",\"WIRE_JSON\",\"CSR\"]"));
    }

    @Test
    void aSyntaxErrorExits1NamingFileLineAndColumnWithoutAStackTrace() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("bad.proto"), "syntax = \"proto3\";\nmessage Bad {\n  string name = 1\n}\n");
        var result = Launcher.run(dir, "breaking", "broken", "--against", EXAMPLES.resolve("before").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("broken/bad.proto:4:1: Expected \";\".\n");
    }

    @Test
    void anUnknownRuleIdExits1NamingIt() throws Exception {
        var result = Launcher.run(EXAMPLES, "breaking", "after", "--against", "before", "--config",
                "version: v2\nbreaking:\n  use: [FIELD_SAME_TYPO]\n");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(result.err()).contains("unknown rule or category ID FIELD_SAME_TYPO").doesNotContain("\tat ");
    }

    @Test
    void aTruncatedDescriptorSetExits1NamingTheFile() throws Exception {
        Path junk = dir.resolve("old.binpb");
        Files.write(junk, new byte[] {0x0a, 0x7f, 0x01});
        var result = Launcher.run(EXAMPLES, "breaking", "after", "--against", junk.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(result.err()).startsWith(junk + ": not a valid binary FileDescriptorSet").doesNotContain("\tat ");
    }

    @Test
    void badFlagsExit1() throws Exception {
        assertThat(Launcher.run(EXAMPLES, "breaking", "after").exitCode()).isEqualTo(ExitCodes.ERROR);
        var format = Launcher.run(EXAMPLES, "breaking", "after", "--against", "before", "--error-format", "yaml");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(format.err()).contains("unknown error format \"yaml\"");
        assertThat(Launcher.run(EXAMPLES, "breaking", "nowhere", "--against", "before").err())
                .isEqualTo("nowhere: no such directory or descriptor-set file\n");
    }

    @Test
    void pathAndExcludePathNarrowBothSides() throws Exception {
        // excluding the only file leaves nothing to check: an error, as in buf, not a pass
        var excluded = Launcher.run(EXAMPLES, "breaking", "after", "--against", "before", "--exclude-path", "acme/orders");
        assertThat(excluded.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(excluded.err()).startsWith("no .proto files were targeted");
        var included = Launcher.run(EXAMPLES, "breaking", "after", "--against", "before", "--path", "acme/orders/v1/orders.proto");
        assertThat(included.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void aGitBranchIsTheBaselineAsInAPreCommitHook() throws Exception {
        Path repo = repositoryWithAChangedWorkingTree();

        var result = Launcher.run(dir.resolve("repo"), "breaking", "proto", "--against", ".git#branch=main,subdir=proto");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out().lines()).hasSize(3).allMatch(l -> l.startsWith("proto/acme/orders/v1/orders.proto:"));
        assertThat(result.err()).isEmpty();
        var missing = Launcher.run(dir.resolve("repo"), "breaking", "proto", "--against", ".git#branch=release");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err()).contains("no branch \"release\"").doesNotContain("\tat ");
    }

    /** What buf refuses, protovet refuses too: exit 1 and one line naming what is wrong, never a silent pass. */
    @Test
    void misspeltPathsConfigsIncludesAndRefsExit1WithOneLine() throws Exception {
        record Case(List<String> args, String says) {
        }
        List<Case> cases = List.of(
                new Case(List.of("--path", "acme/nope.proto"), "no .proto files were targeted"),
                new Case(List.of("--exclude-path", "acme"), "no .proto files were targeted"),
                new Case(List.of("--config", "/missing/buf.yaml"), "--config: could not read file /missing/buf.yaml"),
                new Case(List.of("--against-config", "missing.yaml"), "--against-config: could not read file missing.yaml"),
                new Case(List.of("--against-config", "{version: v7}"), "--against-config"),
                new Case(List.of("-I", "no-such-dir"), "no-such-dir: -I names no directory"));
        for (Case c : cases) {
            List<String> args = new java.util.ArrayList<>(List.of("breaking", "after", "--against", "before"));
            args.addAll(c.args());
            var result = Launcher.run(EXAMPLES, args.toArray(String[]::new));
            assertThat(result.exitCode()).as(String.join(" ", c.args())).isEqualTo(ExitCodes.ERROR);
            assertThat(result.err().lines()).as(result.err()).singleElement()
                    .satisfies(line -> assertThat(line).contains(c.says()));
        }
        var depth = Launcher.run(EXAMPLES, "breaking", "after", "--against", "..#ref=HEAD,depth=abc,subdir=examples/before");
        assertThat(depth.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(depth.err().lines()).singleElement().satisfies(line -> assertThat(line).contains("depth").contains("\"abc\""));
    }

    /**
     * The git baseline is compiled on the first run and kept; the second run finds the same findings with the same
     * entry (nothing new written), and {@code --no-cache} neither reads nor writes it.
     */
    @Test
    void theGitBaselineIsCompiledOnceAndKeptInTheUsersCache() throws Exception {
        Path repo = repositoryWithAChangedWorkingTree();
        Path cache = dir.resolve("cache");
        var env = java.util.Map.of("PROTOVET_CACHE_DIR", cache.toString());

        var first = Launcher.runWithEnv(dir.resolve("repo"), env, "breaking", "proto", "--against", ".git#branch=main,subdir=proto");
        List<Path> kept = entries(cache);
        assertThat(kept).hasSize(1);
        var second = Launcher.runWithEnv(dir.resolve("repo"), env, "breaking", "proto", "--against", ".git#branch=main,subdir=proto");

        assertThat(second.exitCode()).isEqualTo(first.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(second.out()).isEqualTo(first.out()).hasLineCount(3);
        assertThat(entries(cache)).isEqualTo(kept);
        // the working tree is never kept: it changes with every commit
        Files.writeString(repo.resolve("acme/extra.proto"), "syntax = \"proto3\";\npackage acme;\nmessage Extra {}\n");
        var uncached = Launcher.runWithEnv(dir.resolve("repo"), env, "breaking", "proto", "--against", "../repo/proto",
                "--no-cache");
        assertThat(uncached.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(entries(cache)).isEqualTo(kept);
    }

    /** A git repository whose main branch has the example's "before" under proto/, its working tree the "after". */
    private Path repositoryWithAChangedWorkingTree() throws Exception {
        Path repo = copyOf(EXAMPLES.resolve("before"), dir.resolve("repo/proto"));
        git(dir.resolve("repo"), "init", "-q", "-b", "main");
        git(dir.resolve("repo"), "-c", "user.email=dev@example.com", "-c", "user.name=Dev", "add", "-A");
        git(dir.resolve("repo"), "-c", "user.email=dev@example.com", "-c", "user.name=Dev", "commit", "-q", "-m", "v1");
        Files.copy(EXAMPLES.resolve("after/acme/orders/v1/orders.proto"), repo.resolve("acme/orders/v1/orders.proto"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return repo;
    }

    private static List<Path> entries(Path cache) throws IOException {
        try (var files = Files.walk(cache)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void git(Path in, String... args) throws Exception {
        var command = new java.util.ArrayList<>(java.util.List.of("git"));
        command.addAll(java.util.List.of(args));
        assertThat(new ProcessBuilder(command).directory(in.toFile()).inheritIO().start().waitFor()).isZero();
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
