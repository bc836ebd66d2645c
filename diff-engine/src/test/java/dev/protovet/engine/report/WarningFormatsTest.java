package dev.protovet.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.Span;
import dev.protovet.engine.policy.Judged;
import dev.protovet.engine.policy.Judgement;
import dev.protovet.engine.policy.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How each format marks a warning, and that what was let pass is printed by pretty alone. */
class WarningFormatsTest {
    private static final Finding RENAMED = new Finding("FIELD_SAME_JSON_NAME",
            new Location("orders.proto", new Span(8, 3, 8, 20)), null,
            "Field \"1\" with name \"total\" on message \"Order\" changed option \"json_name\" from \"total\" to \"sum\".",
            "acme.Order.total");
    private static final Finding DELETED = new Finding("FIELD_NO_DELETE",
            new Location("orders.proto", new Span(5, 1, 12, 2)), null,
            "Previously present field \"2\" with name \"note\" on message \"Order\" was deleted.", "acme.Order.note");
    private static final Judgement WARNED_AND_ACCEPTED = new Judgement(List.of(
            new Judged(DELETED, Verdict.ACCEPTED, "notes moved to Comments"),
            new Judged(RENAMED, Verdict.WARNS, null)), List.of());

    @Test
    void textPrefixesTheMessageAndLeavesOutTheAcceptedChange() {
        assertThat(ErrorFormat.TEXT.writer().write(WARNED_AND_ACCEPTED)).isEqualTo("""
                orders.proto:8:3:warning: Field "1" with name "total" on message "Order" changed option "json_name" from "total" to "sum".
                """);
    }

    @Test
    void jsonAddsASeverityToWarningsOnly() {
        assertThat(ErrorFormat.JSON.writer().write(WARNED_AND_ACCEPTED)).endsWith(",\"severity\":\"warning\"}\n");
        assertThat(ErrorFormat.JSON.writer().write(List.of(RENAMED))).doesNotContain("severity");
    }

    @Test
    void msvsGithubGitlabAndSarifUseTheirOwnWarningLevel() {
        assertThat(ErrorFormat.MSVS.writer().write(WARNED_AND_ACCEPTED))
                .startsWith("orders.proto(8,3) : warning FIELD_SAME_JSON_NAME : Field");
        assertThat(ErrorFormat.GITHUB_ACTIONS.writer().write(WARNED_AND_ACCEPTED))
                .startsWith("::warning file=orders.proto,line=8,col=3,endLine=8,endColumn=20::Field");
        assertThat(ErrorFormat.GITLAB_CODE_QUALITY.writer().write(WARNED_AND_ACCEPTED))
                .contains("\"severity\":\"info\"").doesNotContain("FIELD_NO_DELETE");
        assertThat(ErrorFormat.SARIF.writer().write(WARNED_AND_ACCEPTED))
                .contains("\"level\":\"warning\"").doesNotContain("\"error\"").doesNotContain("FIELD_NO_DELETE");
    }

    @Test
    void junitCountsAWarningAsSkippedNotFailed() {
        assertThat(ErrorFormat.JUNIT.writer().write(WARNED_AND_ACCEPTED)).isEqualTo("""
                <testsuites>
                  <testsuite name="orders" tests="1" failures="0" errors="0" skipped="1">
                    <testcase name="FIELD_SAME_JSON_NAME_8_3">
                      <skipped message="orders.proto:8:3:warning: Field &#34;1&#34; with name &#34;total&#34; on message &#34;Order&#34; changed option &#34;json_name&#34; from &#34;total&#34; to &#34;sum&#34;."></skipped>
                    </testcase>
                  </testsuite>
                </testsuites>
                """);
    }

    @Test
    void prettyListsTheAcceptedChangeWithItsJustificationAndCountsEachKind() {
        String pretty = new PrettyWriter(path -> null).write(WARNED_AND_ACCEPTED);
        assertThat(pretty).isEqualTo("""
                orders.proto
                  8:3  warning FIELD_SAME_JSON_NAME  Field "1" with name "total" on message "Order" changed option "json_name" from "total" to "sum".
                    hint: %s
                  5:1  accepted (notes moved to Comments)  FIELD_NO_DELETE  Previously present field "2" with name "note" on message "Order" was deleted.

                0 breaking changes, 1 warning, 1 accepted in 1 file.
                """.formatted(FixHints.hint(RENAMED)));
    }
}
