package dev.protovet.engine.report;

import com.google.gson.stream.JsonWriter;
import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Span;
import dev.protovet.engine.rules.BuiltInRules;
import dev.protovet.engine.rules.RuleSpec;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import dev.protovet.engine.policy.Judged;
import dev.protovet.engine.policy.Judgement;
import java.util.List;
import java.util.TreeSet;

/** SARIF 2.1.0, for code-scanning UIs: one run, the rules that fired, one result per finding (level warning or error). */
public final class SarifWriter implements FindingWriter {
    @Override
    public String write(Judgement judgement) {
        List<Judged> findings = judgement.shown();
        StringWriter text = new StringWriter();
        List<String> ruleIds = List.copyOf(new TreeSet<>(findings.stream().map(j -> j.finding().ruleId()).toList()));
        try (JsonWriter json = new JsonWriter(text)) {
            json.beginObject()
                    .name("$schema").value("https://json.schemastore.org/sarif-2.1.0.json")
                    .name("version").value("2.1.0")
                    .name("runs").beginArray().beginObject()
                    .name("tool").beginObject().name("driver").beginObject()
                    .name("name").value("protovet")
                    .name("informationUri").value("https://github.com/protovet/protovet")
                    .name("rules").beginArray();
            for (String id : ruleIds) {
                RuleSpec spec = BuiltInRules.all().get(id);
                json.beginObject().name("id").value(id)
                        .name("shortDescription").beginObject().name("text").value(spec == null ? id : spec.purpose())
                        .endObject().endObject();
            }
            json.endArray().endObject().endObject().name("results").beginArray();
            for (Judged j : findings) {
                result(json, j, ruleIds.indexOf(j.finding().ruleId()));
            }
            json.endArray().endObject().endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.append('\n').toString();
    }

    private static void result(JsonWriter json, Judged j, int ruleIndex) throws IOException {
        Finding f = j.finding();
        json.beginObject().name("ruleId").value(f.ruleId()).name("ruleIndex").value(ruleIndex)
                .name("level").value(j.isWarning() ? "warning" : "error")
                .name("message").beginObject().name("text").value(f.message()).endObject();
        if (f.path() != null) {
            Span s = f.location().span();
            json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject()
                    .name("artifactLocation").beginObject().name("uri").value(f.path()).endObject()
                    .name("region").beginObject()
                    .name("startLine").value(s.startLine()).name("startColumn").value(s.startColumn())
                    .name("endLine").value(s.endLine()).name("endColumn").value(s.endColumn())
                    .endObject().endObject().endObject().endArray();
        }
        json.name("partialFingerprints").beginObject()
                .name("protovet/v1").value(GitlabCodeQualityWriter.fingerprint(f)).endObject()
                .endObject();
    }
}
