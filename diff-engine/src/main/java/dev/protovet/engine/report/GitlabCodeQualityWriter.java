package dev.protovet.engine.report;

import com.google.gson.stream.JsonWriter;
import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import dev.protovet.engine.policy.Judged;
import dev.protovet.engine.policy.Judgement;

/** GitLab Code Quality report: a JSON array, each finding with a stable fingerprint; warnings have severity "info". */
public final class GitlabCodeQualityWriter implements FindingWriter {
    @Override
    public String write(Judgement judgement) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.beginArray();
            for (Judged j : judgement.shown()) {
                Finding f = j.finding();
                json.beginObject()
                        .name("description").value(f.message())
                        .name("check_name").value(f.ruleId())
                        .name("fingerprint").value(fingerprint(f))
                        .name("location").beginObject();
                if (f.path() != null) {
                    Span s = f.location().span();
                    json.name("path").value(f.path()).name("positions").beginObject()
                            .name("begin").beginObject().name("line").value(s.startLine())
                            .name("column").value(s.startColumn()).endObject()
                            .name("end").beginObject().name("line").value(s.endLine())
                            .name("column").value(s.endColumn()).endObject()
                            .endObject();
                } else {
                    json.name("positions").beginObject()
                            .name("begin").beginObject().endObject()
                            .name("end").beginObject().endObject()
                            .endObject();
                }
                json.endObject().name("severity").value(j.isWarning() ? "info" : "minor").endObject();
            }
            json.endArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.append('\n').toString();
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
