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
        Path after = TestTrees.copyOf(EXAMPLES.resolve("after"), dir.resolve("after"));
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

    /** As buf: compiler errors are COMPILE findings on stdout, in the chosen format, and the exit code is 100. */
    @Test
    void aSyntaxErrorIsACompileFindingNamingFileLineAndColumnAndExits100() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("bad.proto"), "syntax = \"proto3\";\nmessage Bad {\n  string name = 1\n}\n");
        var result = Launcher.run(dir, "breaking", "broken", "--against", EXAMPLES.resolve("before").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out()).isEqualTo("broken/bad.proto:4:1:Expected \";\".\n");
        assertThat(result.err()).isEmpty();

        Files.writeString(broken.resolve("bad.proto"), "syntax = \"proto3\";\nimport \"nope.proto\";\nmessage Bad { Foo f = 1; }\n");
        var json = Launcher.run(dir, "build", "broken", "--error-format", "json");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(json.out()).isEqualTo("""
                {"path":"broken/bad.proto","start_line":2,"start_column":1,"end_line":2,"end_column":1,"type":"COMPILE","message":"Import \\"nope.proto\\" was not found or had errors."}
                {"path":"broken/bad.proto","start_line":3,"start_column":15,"end_line":3,"end_column":15,"type":"COMPILE","message":"\\"Foo\\" is not defined."}
                """);
        var against = Launcher.run(dir, "breaking", EXAMPLES.resolve("before").toString(), "--against", "broken",
                "--error-format", "github-actions");
        assertThat(against.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(against.out()).startsWith("::error file=broken/bad.proto,line=2,col=1");
    }

    /** With no buf.yaml and no --config, buf applies a v1 config's defaults: a deleted proto2 extension passes. */
    @Test
    void withoutABufYamlTheV1DefaultsApplyAsInBuf() throws Exception {
        Path before = Files.createDirectories(dir.resolve("before"));
        Path after = Files.createDirectories(dir.resolve("after"));
        String message = "syntax = \"proto2\";\npackage p;\nmessage M { optional int32 a = 1; extensions 100 to 200; }\n";
        Files.writeString(before.resolve("x.proto"), message + "extend M { optional int32 e = 100; }\n");
        Files.writeString(after.resolve("x.proto"), message);

        assertThat(Launcher.run(dir, "breaking", "after", "--against", "before").exitCode()).isEqualTo(ExitCodes.OK);
        Files.writeString(after.resolve("buf.yaml"), "version: v2\n");
        var v2 = Launcher.run(dir, "breaking", "after", "--against", "before");
        assertThat(v2.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(v2.out()).isEqualTo("after/x.proto:1:1:Previously present extension \"e\" was deleted from file.\n");
        Files.writeString(after.resolve("buf.yaml"), "");
        var empty = Launcher.run(dir, "breaking", "after", "--against", "before");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(empty.err()).isEqualTo("after/buf.yaml: \"version\" is not set. Please add \"version: v2\"\n");
    }

    /** v1beta1's build.roots are module roots and build.excludes leave directories out, as in buf. */
    @Test
    void v1BuildRootsAndExcludesDecideWhichFilesAreChecked() throws Exception {
        for (String side : List.of("prev", "cur")) {
            Files.createDirectories(dir.resolve(side));
            Files.writeString(dir.resolve(side + "/buf.yaml"),
                    "version: v1beta1\nbuild:\n  roots: [proto, vendor]\n  excludes: [proto/gen]\n");
        }
        write("prev/proto/a/a.proto", "syntax = \"proto3\";\npackage a;\nimport \"v/v.proto\";\nmessage A { v.V x = 1; int32 y = 2; }\n");
        write("cur/proto/a/a.proto", "syntax = \"proto3\";\npackage a;\nimport \"v/v.proto\";\nmessage A { v.V x = 1; }\n");
        write("prev/vendor/v/v.proto", "syntax = \"proto3\";\npackage v;\nmessage V { int32 x = 1; int32 z = 3; }\n");
        write("cur/vendor/v/v.proto", "syntax = \"proto3\";\npackage v;\nmessage V { int32 x = 1; }\n");
        write("prev/proto/gen/g.proto", "syntax = \"proto3\";\npackage g;\nmessage G { int32 x = 1; int32 z = 3; }\n");
        write("cur/proto/gen/g.proto", "syntax = \"proto3\";\npackage g;\nmessage G { int32 x = 1; }\n");

        var result = Launcher.run(dir, "breaking", "cur", "--against", "prev");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out()).isEqualTo("""
                cur/proto/a/a.proto:4:1:Previously present field "2" with name "y" on message "A" was deleted.
                cur/vendor/v/v.proto:3:1:Previously present field "3" with name "z" on message "V" was deleted.
                """);
        Files.writeString(dir.resolve("cur/buf.yaml"), "version: v1\nbuild:\n  roots: [proto]\n");
        var v1 = Launcher.run(dir, "breaking", "cur", "--against", "prev");
        assertThat(v1.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(v1.err()).isEqualTo("cur/buf.yaml: build.roots cannot be set on version v1: [proto]\n");
    }

    /** buf's global flags: --timeout stops the run (exit 1, one line), --log-format json writes errors as JSON. */
    @Test
    void timeoutAndLogFormatAsInBuf() throws Exception {
        var timedOut = Launcher.run(EXAMPLES, "breaking", "after", "--against", "before", "--timeout", "1ms");
        assertThat(timedOut.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(timedOut.err()).isEqualTo("protovet: timed out after 1ms (--timeout)\n");
        var inTime = Launcher.runWithEnv(EXAMPLES, java.util.Map.of("PROTOVET_TIMEOUT", "2m"), "breaking", "after",
                "--against", "before");
        assertThat(inTime.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        var badDuration = Launcher.run(EXAMPLES, "breaking", "after", "--against", "before", "--timeout", "5");
        assertThat(badDuration.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(badDuration.err()).isEqualTo("Invalid value for option '--timeout': invalid duration \"5\" "
                + "(write it as 30s, 1m30s, 500ms or 0) (see `protovet breaking --help`)\n");

        var json = Launcher.run(EXAMPLES, "breaking", "nowhere", "--against", "before", "--log-format", "json");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(json.err()).isEqualTo("{\"level\":\"error\",\"message\":\"nowhere: no such directory or descriptor-set file\"}\n");
        assertThat(Launcher.run(EXAMPLES, "breaking", "after", "--against", "before", "--log-format", "color").exitCode())
                .isEqualTo(ExitCodes.FINDINGS);
    }

    /** Symbolic links in a directory input are followed, as buf follows them; --disable-symlinks does not. */
    @Test
    void symbolicLinksAreFollowedUnlessDisabled() throws Exception {
        Path linked = TestTrees.copyOf(EXAMPLES.resolve("after"), dir.resolve("real"));
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.createSymbolicLink(input.resolve("acme"), linked.resolve("acme"));

        var followed = Launcher.run(dir, "breaking", "input", "--against", EXAMPLES.resolve("before").toString());
        assertThat(followed.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(followed.out().lines()).hasSize(3).allMatch(l -> l.startsWith("input/acme/orders/v1/orders.proto:"));
        var disabled = Launcher.run(dir, "breaking", "input", "--against", EXAMPLES.resolve("before").toString(),
                "--disable-symlinks");
        assertThat(disabled.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(disabled.err()).isEqualTo("input: no .proto files found\n");
    }

    /** A misspelt flag is one line with picocli's suggestion, not the whole usage text. */
    @Test
    void aMisspeltFlagIsOneLineWithASuggestion() throws Exception {
        var result = Launcher.run(EXAMPLES, "breaking", "after", "--against", "before", "--exclude-imprts");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(result.err()).isEqualTo("Unknown option: '--exclude-imprts'; did you mean --exclude-imports or --exclude-path or --expires? "
                + "(see `protovet breaking --help`)\n");
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
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
        Path repo = TestTrees.copyOf(EXAMPLES.resolve("before"), dir.resolve("repo/proto"));
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
}
