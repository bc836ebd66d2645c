package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code protovet fix} end to end: the packaged launcher, the bundled protoc, real files rewritten on disk. */
@Tag("distribution") // runs the packaged launcher
class FixCommandTest {
    private static final String WIRE_RULES = "{\"version\":\"v2\",\"breaking\":{\"use\":[\"WIRE\",\"WIRE_JSON\"]}}";
    private static final String SHOP = "current/acme/shop/v1/shop.proto";

    private static final String PREVIOUS = """
            syntax = "proto3";

            package acme.shop.v1;

            // An order as the checkout service stores it.
            message Order {
              string id = 1;
              string customer_email = 2;
              int32 total_cents = 3;
              oneof payment {
                string card_token = 10;
                string voucher_code = 11;
              }
            }

            enum Status {
              STATUS_UNSPECIFIED = 0;
              STATUS_PLACED = 1;
              STATUS_SHIPPED = 2;
            }
            """;

    private static final String CURRENT = """
            syntax = "proto3";

            package acme.shop.v1;

            // An order as the checkout service stores it.
            message Order {
              string id = 1;
              int32   total_cents = 3;   // odd spacing, kept
              oneof payment {
                string card_token = 10;
              }
              /* the end */
            }

            enum Status {
              STATUS_UNSPECIFIED = 0;
              STATUS_PLACED = 1;
            }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void writeBothTrees() throws IOException {
        write("previous/acme/shop/v1/shop.proto", PREVIOUS);
        write(SHOP, CURRENT);
    }

    @Test
    void reservesDeletedFieldsAndEnumValuesAndLeavesEveryOtherByte() throws Exception {
        var fix = Launcher.run(dir, "fix", "current", "--against", "previous");
        assertThat(fix.exitCode()).as(fix.err()).isEqualTo(ExitCodes.OK);
        assertThat(fix.out()).isEmpty();
        assertThat(fix.err()).isEqualTo("protovet: reserved 2 fields and 1 enum value in 1 file\n");
        assertThat(Files.readString(dir.resolve(SHOP))).isEqualTo("""
                syntax = "proto3";

                package acme.shop.v1;

                // An order as the checkout service stores it.
                message Order {
                  string id = 1;
                  int32   total_cents = 3;   // odd spacing, kept
                  oneof payment {
                    string card_token = 10;
                  }
                  /* the end */
                  reserved 2, 11;
                  reserved "customer_email", "voucher_code";
                }

                enum Status {
                  STATUS_UNSPECIFIED = 0;
                  STATUS_PLACED = 1;
                  reserved 2;
                  reserved "STATUS_SHIPPED";
                }
                """);

        var wire = Launcher.run(dir, "breaking", "current", "--against", "previous", "--config", WIRE_RULES);
        assertThat(wire.out()).isEmpty();
        assertThat(wire.exitCode()).isEqualTo(ExitCodes.OK);
        var again = Launcher.run(dir, "fix", "current", "--against", "previous");
        assertThat(again.err()).isEqualTo("protovet: nothing to fix: no field or enum value was deleted\n");
    }

    @Test
    void bufAgreesThatWireAndWireJsonPassAfterTheFix() throws Exception {
        // buf is the oracle: installed with `npm install @bufbuild/buf` at the repository root (as for bench/), or
        // named by -Dprotovet.buf / PROTOVET_BUF, or on the PATH. Without it there is nothing to ask, so this skips.
        Optional<Path> buf = buf();
        Assumptions.assumeTrue(buf.isPresent(), "no buf binary: install @bufbuild/buf or set PROTOVET_BUF");
        String config = "--config={\"version\":\"v2\",\"breaking\":{\"use\":[\"WIRE\",\"WIRE_JSON\"]}}";
        String againstConfig = "--against-config={\"version\":\"v2\"}";
        var before = run(dir.resolve("current"), buf.get().toString(), "breaking", ".", "--against", "../previous",
                config, againstConfig);
        assertThat(before.exitCode()).as(before.out()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(before.out()).contains("customer_email", "voucher_code", "STATUS_SHIPPED");

        assertThat(Launcher.run(dir, "fix", "current", "--against", "previous").exitCode()).isEqualTo(ExitCodes.OK);
        var after = run(dir.resolve("current"), buf.get().toString(), "breaking", ".", "--against", "../previous",
                config, againstConfig);
        assertThat(after.out()).isEmpty();
        assertThat(after.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void dryRunPrintsAUnifiedDiffAndWritesNothing() throws Exception {
        var result = Launcher.run(dir, "fix", "current", "--against", "previous", "--dry-run");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).isEqualTo("""
                --- a/current/acme/shop/v1/shop.proto
                +++ b/current/acme/shop/v1/shop.proto
                @@ -10,9 +10,13 @@
                     string card_token = 10;
                   }
                   /* the end */
                +  reserved 2, 11;
                +  reserved "customer_email", "voucher_code";
                 }
                \s
                 enum Status {
                   STATUS_UNSPECIFIED = 0;
                   STATUS_PLACED = 1;
                +  reserved 2;
                +  reserved "STATUS_SHIPPED";
                 }
                """);
        assertThat(result.err()).isEqualTo("protovet: would reserve 2 fields and 1 enum value in 1 file\n");
        assertThat(Files.readString(dir.resolve(SHOP))).isEqualTo(CURRENT);
    }

    @Test
    void deprecateRestoresTheDeletedFieldsAsTheyWereMarkedDeprecated() throws Exception {
        var fix = Launcher.run(dir, "fix", "current", "--against", "previous", "--strategy", "deprecate");
        assertThat(fix.exitCode()).as(fix.err()).isEqualTo(ExitCodes.OK);
        assertThat(fix.err()).isEqualTo("protovet: restored 2 fields and 1 enum value as deprecated in 1 file\n");
        assertThat(Files.readString(dir.resolve(SHOP))).isEqualTo("""
                syntax = "proto3";

                package acme.shop.v1;

                // An order as the checkout service stores it.
                message Order {
                  string id = 1;
                  int32   total_cents = 3;   // odd spacing, kept
                  oneof payment {
                    string card_token = 10;
                    string voucher_code = 11 [deprecated = true];
                  }
                  /* the end */
                  string customer_email = 2 [deprecated = true];
                }

                enum Status {
                  STATUS_UNSPECIFIED = 0;
                  STATUS_PLACED = 1;
                  STATUS_SHIPPED = 2 [deprecated = true];
                }
                """);
        // generated code keeps its accessors: even the FILE rules pass
        var file = Launcher.run(dir, "breaking", "current", "--against", "previous");
        assertThat(file.out()).isEmpty();
        assertThat(file.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aCrlfFileStaysCrlf() throws Exception {
        write(SHOP, CURRENT.replace("\n", "\r\n"));
        var fix = Launcher.run(dir, "fix", "current", "--against", "previous");
        assertThat(fix.exitCode()).as(fix.err()).isEqualTo(ExitCodes.OK);
        String fixed = Files.readString(dir.resolve(SHOP));
        assertThat(fixed).contains("  /* the end */\r\n  reserved 2, 11;\r\n  reserved \"customer_email\", \"voucher_code\";\r\n}\r\n");
        assertThat(fixed.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void aCurrentInputThatIsNotADirectoryExits1WithOneLine() throws Exception {
        Path image = dir.resolve("current.binpb");
        assertThat(Launcher.run(dir, "build", "current", "-o", image.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        var result = Launcher.run(dir, "fix", "current.binpb", "--against", "previous");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("current.binpb: protovet fix rewrites .proto files in place, so <input> must"
                + " be a local directory of them (--against may be any input)\n");

        var strategy = Launcher.run(dir, "fix", "current", "--against", "previous", "--strategy", "delete");
        assertThat(strategy.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(strategy.err()).isEqualTo("protovet: unknown strategy \"delete\"; expected reserve or deprecate\n");
        assertThat(Files.readString(dir.resolve(SHOP))).isEqualTo(CURRENT);
    }

    @Test
    void aFixThatWouldNotCompileLeavesEveryFileAsItWas() throws Exception {
        // enum values share their enclosing scope: restoring A's X clashes with the X that B has now
        write("previous/acme/shop/v1/shop.proto", "syntax = \"proto3\";\nenum A { A0 = 0; X = 1; }\nenum B { B0 = 0; }\n");
        String current = "syntax = \"proto3\";\nenum A { A0 = 0; }\nenum B { B0 = 0; X = 2; }\n";
        write(SHOP, current);
        var result = Launcher.run(dir, "fix", "current", "--against", "previous", "--strategy", "deprecate");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(result.err()).isEqualTo("current/acme/shop/v1/shop.proto:5:18: \"X\" is already defined."
                + " (in the fixed files, so every file was left as it was)\n");
        assertThat(Files.readString(dir.resolve(SHOP))).isEqualTo(current);
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** buf, from -Dprotovet.buf, PROTOVET_BUF, the repository's node_modules, or the PATH. */
    private static Optional<Path> buf() {
        Stream<String> named = Stream.of(System.getProperty("protovet.buf"), System.getenv("PROTOVET_BUF"),
                Path.of("..", "node_modules", ".bin", "buf").toString());
        Stream<String> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, "buf").toString());
        return Stream.concat(named, onPath).filter(p -> p != null && !p.isBlank()).map(Path::of)
                .filter(Files::isExecutable).map(Path::toAbsolutePath).findFirst();
    }

    private record Run(int exitCode, String out) {
    }

    private static Run run(Path workingDirectory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).directory(workingDirectory.toFile())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("buf did not finish in 120 s");
        }
        return new Run(process.exitValue(), out);
    }
}
