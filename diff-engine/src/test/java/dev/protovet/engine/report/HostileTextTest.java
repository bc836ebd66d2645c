package dev.protovet.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.Span;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * Messages and paths with quotes, markup, control characters and characters outside the BMP: every report still
 * parses, and carries the text exactly. XML carries what XML 1.0 can: U+FFFD for the control characters it cannot
 * hold, and a parser reads a tab or line break in an attribute value as a space.
 */
class HostileTextTest {
    private static final String MESSAGE = "Field \"1\" <b>&amp; &quot;</b> 'x' \\ back\tslash\nnew line\r\u0001\u001f "
            + "\u2028 caf\u00e9 \ud83d\ude00 done";
    private static final String PATH = "dir with space/<&\"'>/\ud83d\udce6.proto";
    private static final List<Finding> FINDINGS = List.of(
            new Finding("FIELD_SAME_TYPE", new Location(PATH, new Span(3, 4, 5, 6)), null, MESSAGE),
            new Finding("FILE_NO_DELETE", Location.nowhere(), Location.fileOnly(PATH), MESSAGE));

    @Test
    void sarifCarriesTheTextExactly() {
        JsonObject sarif = JsonParser.parseString(ErrorFormat.SARIF.writer().write(FINDINGS)).getAsJsonObject();
        JsonArray results = sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results");
        JsonObject first = results.get(0).getAsJsonObject();
        assertThat(first.getAsJsonObject("message").get("text").getAsString()).isEqualTo(MESSAGE);
        assertThat(first.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
                .getAsJsonObject("artifactLocation").get("uri").getAsString()).isEqualTo(PATH);
        assertThat(results.get(1).getAsJsonObject().getAsJsonObject("message").get("text").getAsString())
                .isEqualTo(MESSAGE);
    }

    @Test
    void gitlabCodeQualityCarriesTheTextExactly() {
        JsonArray report = JsonParser.parseString(ErrorFormat.GITLAB_CODE_QUALITY.writer().write(FINDINGS)).getAsJsonArray();
        assertThat(report).hasSize(2);
        JsonObject first = report.get(0).getAsJsonObject();
        assertThat(first.get("description").getAsString()).isEqualTo(MESSAGE);
        assertThat(first.getAsJsonObject("location").get("path").getAsString()).isEqualTo(PATH);
        assertThat(first.get("fingerprint").getAsString())
                .isEqualTo(GitlabCodeQualityWriter.fingerprint(FINDINGS.get(0)));
    }

    @Test
    void bufJsonLinesCarryTheTextExactly() {
        List<String> lines = ErrorFormat.JSON.writer().write(FINDINGS).lines().toList();
        assertThat(lines).hasSize(2);
        JsonObject first = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertThat(first.get("message").getAsString()).isEqualTo(MESSAGE);
        assertThat(first.get("path").getAsString()).isEqualTo(PATH);
    }

    @Test
    void junitParsesAndCarriesTheTextWithUnrepresentableCharactersReplaced() throws Exception {
        String xml = ErrorFormat.JUNIT.writer().write(FINDINGS);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo(PATH.substring(0, PATH.length() - ".proto".length()));
        Element failure = (Element) document.getElementsByTagName("failure").item(0);
        String inXml = MESSAGE.replace('\u0001', '\ufffd').replace('\u001f', '\ufffd')
                .replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        assertThat(failure.getAttribute("message")).isEqualTo(PATH + ":3:4:" + inXml);
        assertThat(failure.getAttribute("type")).isEqualTo("FIELD_SAME_TYPE");
        assertThat(document.getElementsByTagName("testcase").getLength()).isEqualTo(2);
    }
}
