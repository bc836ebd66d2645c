package dev.protovet.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes buf prints (checked against buf 1.75.0), for a finding in a file and one without a file. */
class ErrorFormatTest {
    private static final Finding TYPE_CHANGE = new Finding("FIELD_SAME_TYPE",
            new Location("orders.proto", new Span(8, 12, 8, 17)), null,
            "Field \"1\" with name \"total\" on message \"Order\" changed type from \"int32\" to \"int64\".");
    private static final Finding FILE_DELETED = new Finding("FILE_NO_DELETE", Location.nowhere(),
            Location.fileOnly("a/a.proto"), "Previously present file \"a/a.proto\" was deleted.");
    private static final List<Finding> BOTH = List.of(TYPE_CHANGE, FILE_DELETED);

    @Test
    void text() {
        assertThat(ErrorFormat.TEXT.writer().write(BOTH)).isEqualTo("""
                orders.proto:8:12:Field "1" with name "total" on message "Order" changed type from "int32" to "int64".
                <input>:1:1:Previously present file "a/a.proto" was deleted.
                """);
    }

    @Test
    void jsonLeavesOutThePathWhenThereIsNoFile() {
        assertThat(ErrorFormat.JSON.writer().write(BOTH)).isEqualTo("""
                {"path":"orders.proto","start_line":8,"start_column":12,"end_line":8,"end_column":17,"type":"FIELD_SAME_TYPE","message":"Field \\"1\\" with name \\"total\\" on message \\"Order\\" changed type from \\"int32\\" to \\"int64\\"."}
                {"start_line":1,"start_column":1,"end_line":1,"end_column":1,"type":"FILE_NO_DELETE","message":"Previously present file \\"a/a.proto\\" was deleted."}
                """);
    }

    @Test
    void msvs() {
        assertThat(ErrorFormat.MSVS.writer().write(BOTH)).isEqualTo("""
                orders.proto(8,12) : error FIELD_SAME_TYPE : Field "1" with name "total" on message "Order" changed type from "int32" to "int64".
                <input>(1,1) : error FILE_NO_DELETE : Previously present file "a/a.proto" was deleted.
                """);
    }

    @Test
    void githubActions() {
        assertThat(ErrorFormat.GITHUB_ACTIONS.writer().write(BOTH)).isEqualTo("""
                ::error file=orders.proto,line=8,col=12,endLine=8,endColumn=17::Field "1" with name "total" on message "Order" changed type from "int32" to "int64".
                ::error file=<input>::Previously present file "a/a.proto" was deleted.
                """);
    }

    @Test
    void junitHasASuitePerFileAndACasePerFinding() {
        assertThat(ErrorFormat.JUNIT.writer().write(BOTH)).isEqualTo("""
                <testsuites>
                  <testsuite name="orders" tests="1" failures="1" errors="0">
                    <testcase name="FIELD_SAME_TYPE_8_12">
                      <failure message="orders.proto:8:12:Field &#34;1&#34; with name &#34;total&#34; on message &#34;Order&#34; changed type from &#34;int32&#34; to &#34;int64&#34;." type="FIELD_SAME_TYPE"></failure>
                    </testcase>
                  </testsuite>
                  <testsuite name="&lt;input&gt;" tests="1" failures="1" errors="0">
                    <testcase name="FILE_NO_DELETE">
                      <failure message="&lt;input&gt;:1:1:Previously present file &#34;a/a.proto&#34; was deleted." type="FILE_NO_DELETE"></failure>
                    </testcase>
                  </testsuite>
                </testsuites>
                """);
    }

    @Test
    void gitlabCodeQualityHasStableFingerprintsAndPositions() {
        String report = ErrorFormat.GITLAB_CODE_QUALITY.writer().write(BOTH);
        assertThat(report).startsWith("[{\"description\":\"Field \\\"1\\\" with name")
                .contains("\"check_name\":\"FIELD_SAME_TYPE\"")
                .contains("\"location\":{\"path\":\"orders.proto\",\"positions\":{\"begin\":{\"line\":8,\"column\":12},\"end\":{\"line\":8,\"column\":17}}}")
                .contains("\"location\":{\"positions\":{\"begin\":{},\"end\":{}}}")
                .contains("\"severity\":\"minor\"");
        assertThat(report).isEqualTo(ErrorFormat.GITLAB_CODE_QUALITY.writer().write(BOTH));
        assertThat(GitlabCodeQualityWriter.fingerprint(TYPE_CHANGE)).hasSize(128)
                .isNotEqualTo(GitlabCodeQualityWriter.fingerprint(FILE_DELETED));
    }

    @Test
    void sarifNamesTheRulesThatFiredAndLocatesResults() {
        String sarif = ErrorFormat.SARIF.writer().write(BOTH);
        assertThat(sarif).startsWith("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\"")
                .contains("\"rules\":[{\"id\":\"FIELD_SAME_TYPE\",\"shortDescription\":{\"text\":\"A field keeps its exact type.\"}},{\"id\":\"FILE_NO_DELETE\"")
                .contains("{\"ruleId\":\"FIELD_SAME_TYPE\",\"ruleIndex\":0,\"level\":\"error\"")
                .contains("\"region\":{\"startLine\":8,\"startColumn\":12,\"endLine\":8,\"endColumn\":17}")
                .contains("{\"ruleId\":\"FILE_NO_DELETE\",\"ruleIndex\":1,\"level\":\"error\",\"message\":{\"text\":\"Previously present file \\\"a/a.proto\\\" was deleted.\"},\"partialFingerprints\"");
    }

    @Test
    void prettyGroupsByFileUnderlinesTheSourceAndHints() {
        List<String> source = List.of("syntax = \"proto3\";", "", "", "", "", "", "message Order {",
                "  int64 total = 1;");
        String pretty = ErrorFormat.PRETTY.writer(path -> path.equals("orders.proto") ? source : null).write(List.of(
                new Finding("FIELD_SAME_TYPE", new Location("orders.proto", new Span(8, 3, 8, 8)), null,
                        "Field \"1\" with name \"total\" on message \"Order\" changed type from \"int32\" to \"int64\"."),
                new Finding("FIELD_NO_DELETE", new Location("orders.proto", new Span(7, 1, 9, 2)), null,
                        "Previously present field \"2\" with name \"email\" on message \"Order\" was deleted."),
                FILE_DELETED));
        assertThat(pretty).isEqualTo("""
                orders.proto
                  8:3  FIELD_SAME_TYPE  Field "1" with name "total" on message "Order" changed type from "int32" to "int64".
                    8 |   int64 total = 1;
                      |   ^^^^^
                    hint: keep the old type; add a new field with a new number for the new type and deprecate this one
                  7:1  FIELD_NO_DELETE  Previously present field "2" with name "email" on message "Order" was deleted.
                    7 | message Order {
                      | ^^^^^^^^^^^^^^^
                    hint: reserve 2 and "email" instead of deleting the field: reserved 2; reserved "email";

                (deleted files and packages)
                  1:1  FILE_NO_DELETE  Previously present file "a/a.proto" was deleted.
                    hint: keep it and mark it deprecated (option deprecated = true) until no client uses it

                3 breaking changes in 1 file.
                """);
    }

    @Test
    void prettyInColourIsTheSameTextMarkedUp() {
        List<String> source = List.of("message Order {", "  int64 total = 1;");
        List<Finding> findings = List.of(new Finding("FIELD_SAME_TYPE", new Location("orders.proto", new Span(2, 3, 2, 8)),
                null, "Field \"1\" with name \"total\" on message \"Order\" changed type from \"int32\" to \"int64\"."));
        String plain = ErrorFormat.PRETTY.writer(path -> source).write(findings);
        String coloured = ErrorFormat.PRETTY.writer(path -> source, true).write(findings);
        assertThat(ErrorFormat.PRETTY.writer(path -> source, false).write(findings)).isEqualTo(plain).doesNotContain("\u001b");
        assertThat(coloured).contains("\u001b[1;31mFIELD_SAME_TYPE\u001b[0m", "\u001b[1;31m^^^^^\u001b[0m",
                "\u001b[32mhint:\u001b[0m");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
        // the other formats have no colour to add
        assertThat(ErrorFormat.TEXT.writer(path -> source, true).write(findings))
                .isEqualTo(ErrorFormat.TEXT.writer().write(findings));
    }

    @Test
    void everyRuleHasItsOwnFixHint() {
        dev.protovet.engine.rules.BuiltInRules.all().keySet().forEach(id ->
                assertThat(FixHints.hint(new Finding(id, Location.nowhere(), null, "")))
                        .as(id).isNotEqualTo("restore what was there before"));
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        assertThatThrownBy(() -> ErrorFormat.parse("yaml"))
                .hasMessage("unknown error format \"yaml\"; expected one of text, json, msvs, junit, github-actions, gitlab-code-quality, sarif, pretty");
        assertThat(ErrorFormat.parse("GitHub-Actions")).isEqualTo(ErrorFormat.GITHUB_ACTIONS);
    }

    @Test
    void noFindingsPrintNothingInLineFormats() {
        assertThat(ErrorFormat.TEXT.writer().write(List.of())).isEmpty();
        assertThat(ErrorFormat.JSON.writer().write(List.of())).isEmpty();
    }
}
