package dev.protovet.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.Span;
import dev.protovet.engine.policy.Judged;
import dev.protovet.engine.policy.Judgement;
import dev.protovet.engine.policy.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML report: grouped by file, every verdict named, and text from the sources never read as markup. */
class HtmlReportTest {
    @Test
    void groupsByFileAndEscapesWhatTheSourcesSay() {
        Finding deleted = new Finding("FIELD_NO_DELETE", new Location("a.proto", new Span(4, 1, 9, 2)), null,
                "Previously present field \"2\" with name \"x\" on message \"M\" was deleted.", "p.M.x");
        Finding retyped = new Finding("FIELD_SAME_TYPE", new Location("b.proto", new Span(7, 3, 7, 9)), null,
                "Field changed type.", "p.N.y");
        String html = HtmlReport.of(new Judgement(List.of(
                new Judged(deleted, Verdict.ACCEPTED, "<script>alert(1)</script> & more"),
                new Judged(retyped, Verdict.FAILS, null)), List.of()), "dev.acme:api:1.0");

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<h1>Breaking changes against dev.acme:api:1.0</h1>")
                .contains("<p>1 breaking change, 1 accepted in 2 files.</p>")
                .contains("<h2>a.proto</h2>", "<h2>b.proto</h2>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")
                .contains("&quot;2&quot;")
                .doesNotContain("<script>")
                .contains("<span class=\"fails\">breaking</span>", "<span class=\"passes\">accepted</span>");
    }

    @Test
    void aCleanCheckSaysSo() {
        assertThat(HtmlReport.of(Judgement.failing(List.of()), "main")).contains("No breaking changes.");
    }
}
