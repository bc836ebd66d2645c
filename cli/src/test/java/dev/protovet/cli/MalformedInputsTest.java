package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of generated malformed inputs (configs, descriptor sets, .proto files, input references and flags), each
 * run through the CLI in this JVM: what is wrong by construction exits 1 with one line naming the culprit on stderr,
 * nothing on stdout; what a mutation may or may not have broken exits 0, 100 (compiler errors as COMPILE findings,
 * each naming file and line) or 1 with lines naming the file; never a stack trace. Seeded, so a failure reproduces.
 */
class MalformedInputsTest {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    private static final Path ORDERS = Path.of("acme/orders/v1/orders.proto");
    private static final long SEED = 20261202L;

    @TempDir
    static Path dir;
    private static Path repo;
    private static byte[] image;

    @BeforeAll
    static void aRepositoryAndAnImage() throws Exception {
        repo = TestTrees.copyOf(EXAMPLES.resolve("before"), dir.resolve("repo"));
        git(repo, "init", "-q", "-b", "main");
        git(repo, "-c", "user.email=dev@example.com", "-c", "user.name=Dev", "add", "-A");
        git(repo, "-c", "user.email=dev@example.com", "-c", "user.name=Dev", "commit", "-q", "-m", "v1");
        Path built = dir.resolve("before.binpb");
        assertThat(run("build", EXAMPLES.resolve("before").toString(), "-o", built.toString()).exitCode()).isZero();
        image = Files.readAllBytes(built);
    }

    /** Configs wrong by construction, given as --config text and as the input's buf.yaml. */
    @TestFactory
    Stream<DynamicTest> badConfigsExit1NamingTheConfig() throws IOException {
        Random random = new Random(SEED);
        List<String> configs = new ArrayList<>(List.of(
                "version: v9\n", "version: [v2]\n", "version: {a: 1}\n", "version: 7\n", "breaking:\n  use: [FILE]\n",
                "version: v2\nbreaking: 7\n", "version: v2\nbreaking: [FILE]\n", "version: v2\nbreaking: text\n",
                "version: v2\nbreaking:\n  use: 7\n", "version: v2\nbreaking:\n  use: {a: b}\n",
                "version: v2\nbreaking:\n  except: text\n", "version: v2\nbreaking:\n  ignore: {a: 1}\n",
                "version: v2\nbreaking:\n  ignore_only: [a]\n", "version: v2\nbreaking:\n  ignore_only:\n    FILE: 7\n",
                "version: v2\nmodules: 7\n", "version: v2\nmodules: [{}]\n", "version: v2\nmodules: [7]\n",
                "version: v1\nbuild: 7\n", "version: v1\nbuild:\n  excludes: 7\n", "version: v1\nbuild:\n  excludes: [/abs]\n",
                "version: v1\nbuild:\n  roots: [proto]\n", "version: v1beta1\nbuild:\n  roots: [a]\n  excludes: [b]\n",
                "version: v2\nbreaking:\n  use: [FILE]\n  use: [WIRE]\n", "version: v2\nversion: v1\n",
                "version: v2\nbreaking: [unclosed\n", "version: v2\nbreaking: {unclosed\n", "version: v2\n\tbreaking: {}\n",
                "- a\n- b\n", "just text\n", "[]\n", "{}\n", ""));
        for (int i = 0; i < 25; i++) {
            configs.add("version: v2\nbreaking:\n  " + word(random, "abcdefghijklmnopqrstuvwxyz_", 3, 12) + ": [FILE]\n");
            configs.add("version: v2\nbreaking:\n  use: [" + word(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_", 4, 20) + "X]\n");
            configs.add(word(random, "[]{}:,-#&*!|>'\"%@`abcde0123 \n", 1, 40));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            String config = configs.get(i);
            tests.add(DynamicTest.dynamicTest("--config " + i + ": " + config.replace("\n", "\\n"), () ->
                    assertOneLineError(run("breaking", EXAMPLES.resolve("after").toString(), "--against",
                            EXAMPLES.resolve("before").toString(), "--config", config), "--config")));
            Path input = TestTrees.copyOf(EXAMPLES.resolve("after"), dir.resolve("config-" + i));
            Files.writeString(input.resolve("buf.yaml"), config);
            tests.add(DynamicTest.dynamicTest("buf.yaml " + i + ": " + config.replace("\n", "\\n"), () ->
                    assertOneLineError(run("breaking", input.toString(), "--against",
                            EXAMPLES.resolve("before").toString()), input.resolve("buf.yaml").toString())));
        }
        return tests.stream();
    }

    /** Truncated, flipped and random descriptor sets: an error names the file; one that still parses is compared. */
    @TestFactory
    Stream<DynamicTest> damagedDescriptorSetsNeverCrash() throws IOException {
        Random random = new Random(SEED + 1);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            byte[] damaged = switch (i % 3) {
                case 0 -> java.util.Arrays.copyOf(image, 1 + random.nextInt(image.length - 1));
                case 1 -> flipped(image, random);
                default -> bytes(random, 1 + random.nextInt(200));
            };
            Path file = dir.resolve("damaged-" + i + ".binpb");
            Files.write(file, damaged);
            tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> assertHandled(
                    run("breaking", EXAMPLES.resolve("after").toString(), "--against", file.toString()), file.toString())));
        }
        return tests.stream();
    }

    /** .proto files with characters cut, tokens inserted and numbers broken: COMPILE findings or a clean pass. */
    @TestFactory
    Stream<DynamicTest> mutatedProtoFilesAreCompileFindingsOrPass() throws IOException {
        Random random = new Random(SEED + 2);
        String original = Files.readString(EXAMPLES.resolve("after").resolve(ORDERS));
        List<String> tokens = List.of("{", "}", ";", "=", "message", "enum", "\"", "\u0000", "é", "import \"x.proto\";",
                "99999999999", "-1", "reserved", "option", "oneof", "map<", "//", "/*");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            StringBuilder text = new StringBuilder(original);
            for (int m = 0; m <= random.nextInt(3); m++) {
                int at = random.nextInt(text.length());
                if (random.nextBoolean()) {
                    text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(12)));
                } else {
                    text.insert(at, " " + tokens.get(random.nextInt(tokens.size())) + " ");
                }
            }
            Path input = TestTrees.copyOf(EXAMPLES.resolve("after"), dir.resolve("proto-" + i));
            Files.writeString(input.resolve(ORDERS), text);
            String shown = input.resolve(ORDERS).toString();
            tests.add(DynamicTest.dynamicTest("mutated orders.proto " + i, () -> {
                var result = run("breaking", input.toString(), "--against", EXAMPLES.resolve("before").toString());
                assertHandled(result, shown);
                if (result.exitCode() == ExitCodes.FINDINGS) {
                    assertThat(result.out().lines()).allMatch(l -> l.startsWith(shown + ":"));
                }
            }));
        }
        return tests.stream();
    }

    /** Git references, archives, Maven coordinates and registry subjects that cannot be what they claim. */
    @TestFactory
    Stream<DynamicTest> badInputReferencesExit1NamingThem() throws IOException {
        Random random = new Random(SEED + 3);
        String git = repo.resolve(".git").toString();
        List<String[]> cases = new ArrayList<>(List.of(
                new String[] {git + "#branch=nope", "nope"}, new String[] {git + "#tag=v0", "v0"},
                new String[] {git + "#ref=HEAD~99", "HEAD~99"}, new String[] {git + "#depth=abc", "abc"},
                new String[] {git + "#depth=-1", "depth"}, new String[] {git + "#subdir=no/such/dir", "no/such/dir"},
                new String[] {git + "#frobnicate=1", "frobnicate"}, new String[] {git + "#branch", "branch"},
                new String[] {git + "#=x", "#=x"}, new String[] {git + "#subdir=../..", "subdir"},
                new String[] {"maven:", "maven:"}, new String[] {"maven:only-group", "maven:only-group"},
                new String[] {"maven:a:b:c:d:e:f", "maven:a:b:c:d:e:f"},
                new String[] {"registry:", "registry:"}, new String[] {"registry:not a url/subjects/x", "registry:"},
                new String[] {"registry:http://127.0.0.1:1/subjects/x", "127.0.0.1:1"},
                new String[] {dir.resolve("missing.zip").toString(), "missing.zip"},
                new String[] {dir.resolve("nowhere").toString(), "nowhere"}));
        for (int i = 0; i < 12; i++) {
            String hex = word(random, "0123456789abcdef", 40, 40);
            cases.add(new String[] {git + "#commit=" + hex, hex});
        }
        for (String extension : List.of("zip", "jar", "tar", "tar.gz", "tar.bz2", "tar.xz")) {
            for (int i = 0; i < 3; i++) {
                Path archive = dir.resolve("junk-" + i + "." + extension);
                Files.write(archive, bytes(random, 10 + random.nextInt(300)));
                cases.add(new String[] {archive.toString(), archive.getFileName().toString()});
            }
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest("--against " + c[0], () -> assertOneLineError(
                run("breaking", EXAMPLES.resolve("after").toString(), "--against", c[0]), c[1])));
    }

    /** Unknown flags, flags without their value, values out of range, misspelt subcommands. */
    @TestFactory
    Stream<DynamicTest> badFlagsExit1InOneLineNamingTheFlag() {
        Random random = new Random(SEED + 4);
        String after = EXAMPLES.resolve("after").toString();
        String before = EXAMPLES.resolve("before").toString();
        List<Supplier<String[]>> shapes = List.of(
                () -> {
                    String flag = "--" + word(random, "abcdefghijklmnopqrstuvwxyz-", 3, 15);
                    return new String[] {flag, "breaking", after, "--against", before, flag};
                },
                () -> {
                    String value = word(random, "abcdefghijklmnopqrstuvwxyz", 2, 10);
                    return new String[] {value, "breaking", after, "--against", before, "--error-format", value};
                },
                () -> {
                    String value = word(random, "xyz0123456789", 1, 6);
                    return new String[] {value, "breaking", after, "--against", before, "--timeout", value};
                },
                () -> {
                    String value = word(random, "qwrtyp", 2, 8);
                    return new String[] {value, "breaking", after, "--against", before, "--log-format", value};
                },
                () -> {
                    String missing = dir.resolve("no-" + random.nextInt(1000)).toString();
                    return new String[] {missing, "breaking", after, "--against", before, "-I", missing};
                },
                () -> {
                    String flag = List.of("--against", "--config", "--error-format", "--path", "-I", "--timeout")
                            .get(random.nextInt(6));
                    return new String[] {flag, "breaking", after, "--against", before, flag};
                },
                () -> new String[] {"no .proto files were targeted", "breaking", after, "--against", before, "--path",
                        "acme/" + word(random, "abcdef", 3, 8) + ".proto"},
                () -> {
                    String command = word(random, "breakingdiffuls", 3, 9) + "x";
                    return new String[] {command, command, after};
                });
        return IntStream.range(0, 120).mapToObj(i -> {
            String[] shape = shapes.get(i % shapes.size()).get();
            String culprit = shape[0];
            String[] args = java.util.Arrays.copyOfRange(shape, 1, shape.length);
            return DynamicTest.dynamicTest(String.join(" ", args), () -> assertOneLineError(run(args), culprit));
        });
    }

    /**
     * Accepted-changes files, protovet.yaml settings, ignore comments and policy flags wrong by construction: one
     * line naming the file (or flag), and an accepted-changes file is never written when the run fails.
     */
    @TestFactory
    Stream<DynamicTest> badPoliciesExit1NamingTheFileAndWriteNothing() throws IOException {
        Random random = new Random(SEED + 5);
        String before = EXAMPLES.resolve("before").toString();
        List<String> acceptedFiles = new ArrayList<>(List.of("accepted: 7\n", "accepted: {a: b}\n", "accepted:\n  - 7\n",
                "- a\n", "other: []\n", "accepted: []\nmore: 1\n", "accepted: [\n", "accepted:\n  - rule: [FIELD_NO_DELETE]\n",
                "accepted:\n  - rule: FIELD_NO_DELETE\n", "accepted:\n  - element: a.B\n    justification: x\n",
                "accepted:\n  - rule: FIELD_NO_DELETE\n    element: a.B\n",
                "accepted:\n  - rule: FIELD_NO_DELETE\n    element: a.B\n    justification: \"\"\n",
                "accepted:\n  - rule: FIELD_NO_DELETE\n    element: a.B\n    justification: x\n    expires: 2026-13-01\n",
                "accepted:\n  - rule: FIELD_NO_DELETE\n    element: a.B\n    justification: x\n    expires: [2026]\n",
                "accepted:\n  - rule: FIELD_NO_DELETE\n    rule: FIELD_SAME_TYPE\n"));
        for (int i = 0; i < 20; i++) {
            acceptedFiles.add("accepted:\n  - rule: " + word(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_", 4, 20)
                    + "Q\n    element: a.B\n    justification: x\n");
            acceptedFiles.add("accepted:\n  - rule: FIELD_NO_DELETE\n    element: a.B\n    justification: x\n    expires: "
                    + word(random, "0123456789-/x", 3, 12) + "x\n");
            acceptedFiles.add("accepted:\n  - rule: FIELD_NO_DELETE\n    " + word(random, "abcdefghijklmnopqrstuvwxyz_", 3, 12)
                    + "q: 1\n");
        }
        List<String> settings = new ArrayList<>(List.of("version: v2\n", "breaking: {}\n", "version: v1\nbreaking: 7\n",
                "version: v1\nbreaking:\n  warn: FILE\n", "version: v1\nbreaking:\n  warn: [NOPE]\n",
                "version: v1\nbreaking:\n  fail_on: sometimes\n", "version: v1\nbreaking:\n  accepted: missing.yaml\n",
                "version: v1\nbreaking:\n  accepted: [a]\n", "version: v1\nfoo: 1\n", "version: v1\nbreaking:\n  wrn: []\n",
                "version: v1\nversion: v1\n", "version: v1\nbreaking: {\n", "- version: v1\n"));
        for (int i = 0; i < 20; i++) {
            settings.add("version: v1\nbreaking:\n  warn: [" + word(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3, 12) + "Q]\n");
            settings.add("version: v1\nbreaking:\n  fail_on: " + word(random, "abcdefghijklmnopqrstuvwxyz", 2, 9) + "q\n");
        }
        String orders = Files.readString(EXAMPLES.resolve("after").resolve(ORDERS));
        List<String> comments = new ArrayList<>(List.of("// protovet:breaking:ignore\n",
                "// protovet:breaking:ignore FIELD_NO_DELETE\n", "// buf:breaking:ignore FIELD_NO_DELETE,\n",
                "// protovet:breaking:ignore FIELD_NO_DELETE,FIELD_SAME_TYPE\n", "/* protovet:breaking:ignore RPC_NO_DELETE */\n"));
        for (int i = 0; i < 20; i++) {
            comments.add("// protovet:breaking:ignore " + word(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_", 4, 18) + "Q why\n");
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < acceptedFiles.size(); i++) {
            String text = acceptedFiles.get(i);
            Path file = dir.resolve("accepted-" + i + ".yaml");
            Files.writeString(file, text);
            Path input = TestTrees.copyOf(EXAMPLES.resolve("after"), dir.resolve("accepted-input-" + i));
            Files.writeString(input.resolve("protovet-accepted.yaml"), text);
            tests.add(DynamicTest.dynamicTest("--accepted " + i + ": " + text.replace("\n", "\\n"), () -> {
                assertOneLineError(run("breaking", input.toString(), "--against", before,
                        "--accepted", file.toString()), file.toString());
                assertThat(Files.readString(file)).isEqualTo(text);
            }));
            tests.add(DynamicTest.dynamicTest("protovet-accepted.yaml " + i, () -> assertOneLineError(
                    run("breaking", input.toString(), "--against", before), input.resolve("protovet-accepted.yaml").toString())));
            tests.add(DynamicTest.dynamicTest("--write-accepted into " + i, () -> {
                assertOneLineError(run("breaking", EXAMPLES.resolve("after").toString(), "--against", before,
                        "--write-accepted", file.toString(), "--justification", "why"), file.toString());
                assertThat(Files.readString(file)).isEqualTo(text);
            }));
        }
        for (int i = 0; i < settings.size(); i++) {
            String text = settings.get(i);
            Path input = TestTrees.copyOf(EXAMPLES.resolve("after"), dir.resolve("settings-" + i));
            Files.writeString(input.resolve("protovet.yaml"), text);
            tests.add(DynamicTest.dynamicTest("protovet.yaml " + i + ": " + text.replace("\n", "\\n"), () ->
                    assertOneLineError(run("breaking", input.toString(), "--against", before),
                            input.resolve("protovet.yaml").toString())));
        }
        for (int i = 0; i < comments.size(); i++) {
            Path input = TestTrees.copyOf(EXAMPLES.resolve("after"), dir.resolve("comment-" + i));
            String comment = comments.get(i);
            Files.writeString(input.resolve(ORDERS), orders.replaceFirst("\nmessage ", "\n" + comment + "message "));
            tests.add(DynamicTest.dynamicTest("ignore comment " + i + ": " + comment.strip(), () -> assertOneLineError(
                    run("breaking", input.toString(), "--against", before), input.resolve(ORDERS) + ":")));
        }
        for (int i = 0; i < 40; i++) {
            Path never = dir.resolve("never-written-" + i + ".yaml");
            String junk = word(random, "abcdefghijklmnopqrstuvwxyz0123456789-", 2, 10) + "q";
            String[][] shapes = {
                    {"--warn", "--warn", junk.toUpperCase(java.util.Locale.ROOT)},
                    {"--fail-on", "--fail-on", junk},
                    {"--expires", "--write-accepted", never.toString(), "--justification", "why", "--expires", junk},
                    {"--write-accepted needs --justification", "--write-accepted", never.toString()},
                    {"--justification goes with --write-accepted", "--justification", junk},
                    {"--accepted", "--accepted", never.toString()}};
            String[] shape = shapes[i % shapes.length];
            List<String> args = new ArrayList<>(List.of("breaking", EXAMPLES.resolve("after").toString(), "--against", before));
            args.addAll(List.of(shape).subList(1, shape.length));
            tests.add(DynamicTest.dynamicTest(String.join(" ", args.subList(4, args.size())), () -> {
                assertOneLineError(run(args.toArray(String[]::new)), shape[0]);
                assertThat(never).doesNotExist();
            }));
        }
        return tests.stream();
    }

    private static void assertOneLineError(Result result, String culprit) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.ERROR);
        assertThat(result.out()).as(result.toString()).isEmpty();
        assertThat(result.err().lines()).as(result.toString()).singleElement()
                .satisfies(line -> assertThat(line).contains(culprit).doesNotContain("Exception"));
    }

    private static void assertHandled(Result result, String culprit) {
        assertThat(result.exitCode()).as(result.toString()).isIn(ExitCodes.OK, ExitCodes.FINDINGS, ExitCodes.ERROR);
        assertThat(result.err()).as(result.toString()).doesNotContain("\tat ").doesNotContain("Exception");
        if (result.exitCode() == ExitCodes.ERROR) {
            assertThat(result.err().lines()).as(result.toString()).isNotEmpty()
                    .allMatch(line -> line.contains(culprit) || line.contains(culprit.replace('\\', '/')));
        } else {
            assertThat(result.err()).as(result.toString()).isEmpty();
        }
    }

    record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    private static String word(Random random, String alphabet, int min, int max) {
        StringBuilder word = new StringBuilder();
        int length = min + random.nextInt(max - min + 1);
        for (int i = 0; i < length; i++) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }

    private static byte[] flipped(byte[] original, Random random) {
        byte[] copy = original.clone();
        for (int i = 0; i <= random.nextInt(8); i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void git(Path in, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }
}
