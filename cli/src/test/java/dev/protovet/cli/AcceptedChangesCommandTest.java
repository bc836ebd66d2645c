package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Living with breaking changes on purpose, through {@code protovet breaking} in-process with the real protoc:
 * accepted-changes files written and read, their expiry and stale entries, ignore comments, and warnings.
 */
class AcceptedChangesCommandTest {
    private static final String PREVIOUS = """
            syntax = "proto3";
            package acme.v1;

            message Person {
              string name = 1;
              string email = 2;
              int32 age = 3;
            }

            service People {
              rpc Get(Person) returns (Person);
              rpc Delete(Person) returns (Person);
            }
            """;

    /** email and Delete are gone, age changed type. */
    private static final String CURRENT = """
            syntax = "proto3";
            package acme.v1;

            message Person {
              string name = 1;
              int64 age = 3;
            }

            service People {
              rpc Get(Person) returns (Person);
            }
            """;

    @TempDir
    Path dir;
    Path before;
    Path after;
    Path accepted;

    @BeforeEach
    void trees() throws IOException {
        before = write("before/person.proto", PREVIOUS).getParent();
        after = write("after/person.proto", CURRENT).getParent();
        accepted = after.resolve("protovet-accepted.yaml");
    }

    @Test
    void writtenAcceptancesLetTheChangesPassAndSurviveMovedLines() throws IOException {
        Result written = breaking("--write-accepted", accepted.toString(), "--justification", "v2 cut, agreed with clients",
                "--expires", "2099-12-31");
        assertThat(written.exitCode()).as(written.toString()).isZero();
        assertThat(written.out()).isEmpty();
        assertThat(written.err()).contains("protovet: accepted 3 breaking changes in " + accepted);
        assertThat(Files.readString(accepted))
                .contains("element: acme.v1.Person.email", "element: acme.v1.Person.age", "element: acme.v1.People.Delete",
                        "justification: \"v2 cut, agreed with clients\"", "expires: 2099-12-31");

        // the default file at the input's root is read without --accepted; new lines above move every element
        write("after/person.proto", "// Version 2 of the people API.\n\n\n" + CURRENT);
        Result again = breaking();
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).isEmpty();

        Result pretty = breaking("--error-format", "pretty");
        assertThat(pretty.out()).contains("accepted (v2 cut, agreed with clients)  FIELD_NO_DELETE",
                "0 breaking changes, 3 accepted in 1 file.");
    }

    @Test
    void anExpiredAcceptanceFailsAgainAndSaysWhenItExpired() throws IOException {
        breaking("--write-accepted", accepted.toString(), "--justification", "until the clients move", "--expires",
                LocalDate.now().minusDays(1).toString());
        Result result = breaking();
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out().lines()).hasSize(3);
        assertThat(result.err()).contains("protovet: the acceptance of RPC_NO_DELETE on acme.v1.People.Delete in "
                + accepted + " expired on " + LocalDate.now().minusDays(1) + "; the change fails again");
    }

    @Test
    void anAcceptanceValidTodayStillAccepts() {
        breaking("--write-accepted", accepted.toString(), "--justification", "last day", "--expires",
                LocalDate.now().toString());
        assertThat(breaking().exitCode()).isZero();
    }

    @Test
    void anAcceptanceThatMatchesNothingIsReportedWithoutFailing() throws IOException {
        Files.writeString(accepted, """
                accepted:
                  - rule: FIELD_NO_DELETE
                    element: acme.v1.Person.phone
                    justification: gone long ago
                """);
        Result result = breaking("--error-format", "json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS); // the three real changes are not accepted
        assertThat(result.err()).contains("protovet: stale acceptance in " + accepted
                + ": FIELD_NO_DELETE on acme.v1.Person.phone matches no breaking change any more; remove it");

        breaking("--write-accepted", accepted.toString(), "--justification", "v2");
        Result accepting = breaking();
        assertThat(accepting.exitCode()).isZero();
        assertThat(accepting.err()).contains("stale acceptance").doesNotContain("RPC_NO_DELETE");
    }

    @Test
    void aCommentOnTheElementOrItsParentIgnoresOnlyThatRuleThere() throws IOException {
        write("after/person.proto", """
                syntax = "proto3";
                package acme.v1;

                // protovet:breaking:ignore FIELD_NO_DELETE email: moved to Contact
                message Person {
                  string name = 1;
                  // buf:breaking:ignore FIELD_SAME_TYPE nobody reads age
                  int64 age = 3;
                }

                service People {
                  rpc Get(Person) returns (Person);
                }
                """);
        Result result = breaking("--error-format", "json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out().lines()).singleElement().asString().contains("\"type\":\"RPC_NO_DELETE\"");
        // the same comment naming another rule, or another child, silences nothing
        write("after/person.proto", CURRENT.replace("message Person {",
                "// protovet:breaking:ignore FIELD_SAME_TYPE phone: not this one\nmessage Person {"));
        assertThat(breaking().out().lines()).hasSize(3);
    }

    @Test
    void anIgnoreCommentWithoutAJustificationIsAnErrorNamingFileAndLine() throws IOException {
        Path file = write("after/person.proto", CURRENT.replace("  int64 age = 3;",
                "  // protovet:breaking:ignore FIELD_SAME_TYPE\n  int64 age = 3;"));
        Result result = breaking();
        assertThat(result.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).isEqualTo(file + ":7:3: protovet:breaking:ignore FIELD_SAME_TYPE (in the comment"
                + " above) needs a justification: say why after the rule IDs");

        write("after/person.proto", CURRENT.replace("  int64 age = 3;",
                "  // protovet:breaking:ignore FIELD_SAME_TYP typo\n  int64 age = 3;"));
        assertThat(breaking().err())
                .contains(":7:3: protovet:breaking:ignore (in the comment above) names an unknown rule \"FIELD_SAME_TYP\"");
    }

    @Test
    void warningsArePrintedAsSuchAndFailOnlyWhenAskedTo() {
        Result result = breaking("--warn", "RPC_NO_DELETE", "--warn", "FIELD_SAME_TYPE");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS); // FIELD_NO_DELETE still fails
        assertThat(result.out()).contains(":9:1:warning: Previously present RPC \"Delete\"")
                .contains(":4:1:Previously present field \"2\" with name \"email\"");

        Result onlyWarnings = breaking("--warn", "FILE", "--error-format", "github-actions");
        assertThat(onlyWarnings.exitCode()).as(onlyWarnings.toString()).isZero();
        assertThat(onlyWarnings.out().lines()).hasSize(3).allMatch(l -> l.startsWith("::warning file="));

        Result failing = breaking("--warn", "FILE", "--fail-on", "warning");
        assertThat(failing.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void protovetYamlSetsWarningsAndTheAcceptedFile() throws IOException {
        write("after/protovet.yaml", """
                version: v1
                breaking:
                  warn: [FILE]
                  accepted: ../agreed.yaml
                """);
        Files.writeString(dir.resolve("agreed.yaml"), """
                accepted:
                  - rule: RPC_NO_DELETE
                    element: acme.v1.People.Delete
                    justification: replaced by Archive
                    expires: 2099-01-01
                """);
        Result result = breaking("--error-format", "json");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out().lines()).hasSize(2).allMatch(l -> l.endsWith(",\"severity\":\"warning\"}"));

        write("after/protovet.yaml", "version: v1\nbreaking:\n  warn: [FILES]\n");
        Result bad = breaking();
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(bad.err().strip()).endsWith("protovet.yaml: breaking.warn: unknown rule or category \"FILES\"");
    }

    @Test
    void badPolicyFlagsAndFilesAreOneLineErrors() throws IOException {
        assertThat(breaking("--write-accepted", accepted.toString()).err().strip())
                .isEqualTo("--write-accepted needs --justification: say why these changes are accepted");
        assertThat(breaking("--write-accepted", accepted.toString(), "--justification", "x", "--expires", "soon")
                .err().strip()).isEqualTo("--expires: \"soon\" is not a date (YYYY-MM-DD)");
        assertThat(breaking("--warn", "NOPE").err().strip()).isEqualTo("--warn: unknown rule or category \"NOPE\"");
        assertThat(breaking("--fail-on", "never").err().strip()).isEqualTo("--fail-on: \"never\" is neither error nor warning");
        Files.writeString(accepted, "accepted:\n  - rule: FIELD_NO_DELETE\n    element: a.B.c\n");
        Result noWhy = breaking();
        assertThat(noWhy.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(noWhy.err().strip()).isEqualTo(accepted + ": accepted[0] has no \"justification\"");
        assertThat(Files.readString(accepted)).isEqualTo("accepted:\n  - rule: FIELD_NO_DELETE\n    element: a.B.c\n");
    }

    private Result breaking(String... flags) {
        String[] args = new String[flags.length + 4];
        args[0] = "breaking";
        args[1] = after.toString();
        args[2] = "--against";
        args[3] = before.toString();
        System.arraycopy(flags, 0, args, 4, flags.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    private Path write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    record Result(int exitCode, String out, String err) {
    }
}
