package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JUnit XML: one test suite per file (named without ".proto"), one failing test case per finding. */
public final class JunitWriter implements FindingWriter {
    @Override
    public String write(List<Finding> findings) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(TextWriter.path(f), k -> new java.util.ArrayList<>()).add(f);
        }
        StringBuilder out = new StringBuilder("<testsuites>\n");
        byFile.forEach((path, list) -> {
            String suite = path.endsWith(".proto") ? path.substring(0, path.length() - ".proto".length()) : path;
            out.append("  <testsuite name=\"").append(Json.xml(suite)).append("\" tests=\"").append(list.size())
                    .append("\" failures=\"").append(list.size()).append("\" errors=\"0\">\n");
            for (Finding f : list) {
                String name = f.path() == null ? f.ruleId()
                        : f.ruleId() + "_" + f.location().span().startLine() + "_" + f.location().span().startColumn();
                String text = path + ":" + f.location().span().startLine() + ":" + f.location().span().startColumn()
                        + ":" + f.message();
                out.append("    <testcase name=\"").append(Json.xml(name)).append("\">\n")
                        .append("      <failure message=\"").append(Json.xml(text)).append("\" type=\"")
                        .append(Json.xml(f.ruleId())).append("\"></failure>\n")
                        .append("    </testcase>\n");
            }
            out.append("  </testsuite>\n");
        });
        return out.append("</testsuites>\n").toString();
    }
}
