package dev.protovet.engine.model;

import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The spans of one file, looked up by SourceCodeInfo path; empty when the input carried no source info. The index
 * is built on the first lookup: most files of a large image never have a finding, so they never pay for it.
 */
public final class SourceInfo {
    private final String filePath;
    private SourceCodeInfo info;
    private ByteString unparsed;
    private volatile Map<PathKey, Span> spans;

    private SourceInfo(String filePath, SourceCodeInfo info, ByteString unparsed) {
        this.filePath = filePath;
        this.info = info;
        this.unparsed = unparsed;
    }

    public static SourceInfo of(String filePath, SourceCodeInfo info) {
        return new SourceInfo(filePath, info, null);
    }

    /** Source info still in its serialized form, parsed only if a span is ever asked for. */
    public static SourceInfo deferred(String filePath, ByteString serialized) {
        return new SourceInfo(filePath, null, serialized);
    }

    public String filePath() {
        return filePath;
    }

    /** The span recorded for this exact path, or null. */
    public Span span(int[] path) {
        return index().get(new PathKey(path));
    }

    private Map<PathKey, Span> index() {
        Map<PathKey, Span> built = spans;
        if (built == null) {
            synchronized (this) {
                built = spans;
                if (built == null) {
                    built = build(parsed());
                    spans = built;
                    info = null;
                    unparsed = null;
                }
            }
        }
        return built;
    }

    private SourceCodeInfo parsed() {
        if (info != null) {
            return info;
        }
        try {
            return unparsed == null ? SourceCodeInfo.getDefaultInstance() : SourceCodeInfo.parseFrom(unparsed);
        } catch (InvalidProtocolBufferException e) {
            return SourceCodeInfo.getDefaultInstance(); // unreadable source info: report at file starts
        }
    }

    private static Map<PathKey, Span> build(SourceCodeInfo info) {
        Map<PathKey, Span> spans = new HashMap<>(info.getLocationCount() * 2);
        for (SourceCodeInfo.Location location : info.getLocationList()) {
            int[] path = new int[location.getPathCount()];
            for (int i = 0; i < path.length; i++) {
                path[i] = location.getPath(i);
            }
            if (location.getSpanCount() != 3 && location.getSpanCount() != 4) {
                continue; // not a span protoc writes (a damaged descriptor set): the element is reported at its file
            }
            // The first location recorded for a path is the declaration itself; later ones repeat it.
            spans.putIfAbsent(new PathKey(path), Span.fromSourceCodeInfo(location.getSpanList()));
        }
        return spans;
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
