package dev.protovet.engine.model;

import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The spans of one file, looked up by SourceCodeInfo path; empty when the input carried no source info. The index
 * is built on the first lookup: most files of a large image never have a finding, so they never pay for it. Of the
 * comments, only leading comments that carry a directive ({@value #DIRECTIVE_MARK}) are kept.
 */
public final class SourceInfo {
    private final String filePath;
    private SourceCodeInfo info;
    private ByteString unparsed;
    private volatile Index index;

    /** What a leading comment must contain to be kept: the mark of {@code protovet:breaking:ignore} and its synonym. */
    public static final String DIRECTIVE_MARK = ":breaking:ignore";
    private static final byte[] MARK_BYTES = DIRECTIVE_MARK.getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private record Index(Map<PathKey, Span> spans, Map<PathKey, String> directives) {
    }

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
        return index().spans().get(new PathKey(path));
    }

    /** The leading comment of the element at this path when it carries a directive, else null. */
    public String directiveComment(int[] path) {
        Map<PathKey, String> directives = index().directives();
        return directives.isEmpty() ? null : directives.get(new PathKey(path));
    }

    /**
     * Whether a leading comment of this file may carry a directive. Answered without building the index when it is
     * not built yet, so that looking for ignore comments costs a large image no more than a scan of its bytes.
     */
    public boolean mayHaveDirectives() {
        Index built = index;
        if (built != null) {
            return !built.directives().isEmpty();
        }
        synchronized (this) {
            if (index != null) {
                return !index.directives().isEmpty();
            }
            if (unparsed != null) {
                return contains(unparsed, MARK_BYTES);
            }
            return info != null && info.getLocationList().stream()
                    .anyMatch(l -> l.getLeadingComments().contains(DIRECTIVE_MARK));
        }
    }

    private static boolean contains(ByteString bytes, byte[] wanted) {
        int last = bytes.size() - wanted.length;
        for (int i = 0; i <= last; i++) {
            int j = 0;
            while (j < wanted.length && bytes.byteAt(i + j) == wanted[j]) {
                j++;
            }
            if (j == wanted.length) {
                return true;
            }
        }
        return false;
    }

    private Index index() {
        Index built = index;
        if (built == null) {
            synchronized (this) {
                built = index;
                if (built == null) {
                    built = build(parsed());
                    index = built;
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

    private static Index build(SourceCodeInfo info) {
        Map<PathKey, Span> spans = new HashMap<>(info.getLocationCount() * 2);
        Map<PathKey, String> directives = Map.of();
        for (SourceCodeInfo.Location location : info.getLocationList()) {
            int[] path = new int[location.getPathCount()];
            for (int i = 0; i < path.length; i++) {
                path[i] = location.getPath(i);
            }
            if (location.getSpanCount() != 3 && location.getSpanCount() != 4) {
                continue; // not a span protoc writes (a damaged descriptor set): the element is reported at its file
            }
            // The first location recorded for a path is the declaration itself; later ones repeat it.
            PathKey key = new PathKey(path);
            spans.putIfAbsent(key, Span.fromSourceCodeInfo(location.getSpanList()));
            if (location.getLeadingComments().contains(DIRECTIVE_MARK)) {
                if (directives.isEmpty()) {
                    directives = new HashMap<>();
                }
                directives.putIfAbsent(key, location.getLeadingComments());
            }
        }
        return new Index(spans, directives);
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
