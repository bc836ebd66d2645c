package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import java.util.List;

/** buf's text format: {@code path:line:column:message}; {@code <input>} stands for a finding without a file. */
public final class TextWriter implements FindingWriter {
    static final String NO_FILE = "<input>";

    @Override
    public String write(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(path(f)).append(':').append(f.location().span().startLine()).append(':')
                    .append(f.location().span().startColumn()).append(':').append(f.message()).append('\n');
        }
        return out.toString();
    }

    static String path(Finding f) {
        return f.path() == null ? NO_FILE : f.path();
    }
}
