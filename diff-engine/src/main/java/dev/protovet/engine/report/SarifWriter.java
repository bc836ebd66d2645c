package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Span;
import dev.protovet.engine.rules.BuiltInRules;
import dev.protovet.engine.rules.RuleSpec;
import java.util.List;
import java.util.TreeSet;

/** SARIF 2.1.0, for code-scanning UIs: one run, the rules that fired, one result per finding. */
public final class SarifWriter implements FindingWriter {
    @Override
    public String write(List<Finding> findings) {
        StringBuilder out = new StringBuilder("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",")
                .append("\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"protovet\",")
                .append("\"informationUri\":\"https://github.com/protovet/protovet\",\"rules\":[");
        List<String> ruleIds = List.copyOf(new TreeSet<>(findings.stream().map(Finding::ruleId).toList()));
        for (int i = 0; i < ruleIds.size(); i++) {
            RuleSpec spec = BuiltInRules.all().get(ruleIds.get(i));
            out.append(i > 0 ? "," : "").append("{\"id\":").append(Json.quote(ruleIds.get(i)))
                    .append(",\"shortDescription\":{\"text\":")
                    .append(Json.quote(spec == null ? ruleIds.get(i) : spec.purpose())).append("}}");
        }
        out.append("]}},\"results\":[");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            out.append(i > 0 ? "," : "").append("{\"ruleId\":").append(Json.quote(f.ruleId()))
                    .append(",\"ruleIndex\":").append(ruleIds.indexOf(f.ruleId()))
                    .append(",\"level\":\"error\",\"message\":{\"text\":").append(Json.quote(f.message())).append('}');
            if (f.path() != null) {
                Span s = f.location().span();
                out.append(",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":")
                        .append(Json.quote(f.path())).append("},\"region\":{\"startLine\":").append(s.startLine())
                        .append(",\"startColumn\":").append(s.startColumn()).append(",\"endLine\":").append(s.endLine())
                        .append(",\"endColumn\":").append(s.endColumn()).append("}}}]");
            }
            out.append(",\"partialFingerprints\":{\"protovet/v1\":")
                    .append(Json.quote(GitlabCodeQualityWriter.fingerprint(f))).append("}}");
        }
        return out.append("]}]}\n").toString();
    }
}
