package dev.protovet.engine.model;

import com.google.protobuf.DescriptorProtos.SourceCodeInfo;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The spans of one file, looked up by SourceCodeInfo path; empty when the input carried no source info. */
public final class SourceInfo {
    private final String filePath;
    private final Map<PathKey, Span> spans;

    private SourceInfo(String filePath, Map<PathKey, Span> spans) {
        this.filePath = filePath;
        this.spans = spans;
    }

    public static SourceInfo of(String filePath, SourceCodeInfo info) {
        Map<PathKey, Span> spans = new HashMap<>(info.getLocationCount() * 2);
        for (SourceCodeInfo.Location location : info.getLocationList()) {
            // The first location recorded for a path is the declaration itself; later ones repeat it.
            spans.putIfAbsent(new PathKey(location.getPathList().stream().mapToInt(Integer::intValue).toArray()),
                    Span.fromSourceCodeInfo(location.getSpanList()));
        }
        return new SourceInfo(filePath, Map.copyOf(spans));
    }

    public String filePath() {
        return filePath;
    }

    /** The span recorded for this exact path, or null. */
    public Span span(int[] path) {
        return spans.get(new PathKey(path));
    }

    private record PathKey(int[] path) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PathKey other && Arrays.equals(path, other.path);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(path);
        }
    }
}
