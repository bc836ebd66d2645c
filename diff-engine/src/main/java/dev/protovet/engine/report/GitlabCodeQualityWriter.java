package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Span;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** GitLab Code Quality report: a JSON array, each finding with a stable fingerprint. */
public final class GitlabCodeQualityWriter implements FindingWriter {
    @Override
    public String write(List<Finding> findings) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Span s = f.location().span();
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"description\":").append(Json.quote(f.message()))
                    .append(",\"check_name\":").append(Json.quote(f.ruleId()))
                    .append(",\"fingerprint\":").append(Json.quote(fingerprint(f)))
                    .append(",\"location\":{");
            if (f.path() != null) {
                out.append("\"path\":").append(Json.quote(f.path())).append(",\"positions\":{\"begin\":{\"line\":")
                        .append(s.startLine()).append(",\"column\":").append(s.startColumn())
                        .append("},\"end\":{\"line\":").append(s.endLine()).append(",\"column\":")
                        .append(s.endColumn()).append("}}");
            } else {
                out.append("\"positions\":{\"begin\":{},\"end\":{}}");
            }
            out.append("},\"severity\":\"minor\"}");
        }
        return out.append("]\n").toString();
    }

    /** Same finding, same fingerprint: rule, file, span and message. */
    static String fingerprint(Finding f) {
        Span s = f.location().span();
        String key = f.ruleId() + "\u0000" + (f.path() == null ? "" : f.path()) + "\u0000" + s.startLine() + ":"
                + s.startColumn() + ":" + s.endLine() + ":" + s.endColumn() + "\u0000" + f.message();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is required of every Java runtime", e);
        }
    }
}
