package dev.protovet.engine.load;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes protoc's source spans agree with the ones buf reports where the two compilers differ: protoc spans a
 * field's {@code default} option as just the value ({@code "abc"}), buf as the whole option ({@code default = "abc"}).
 */
final class SpanNormalizer {
    private static final int FIELD_DEFAULT_VALUE = 7;
    private static final int MESSAGE_FIELD = 2, MESSAGE_EXTENSION = 6, FILE_EXTENSION = 7;

    private SpanNormalizer() {
    }

    static FileDescriptorSet normalize(FileDescriptorSet set, List<Path> includes) {
        FileDescriptorSet.Builder out = set.toBuilder();
        for (int i = 0; i < out.getFileCount(); i++) {
            FileDescriptorProto file = out.getFile(i);
            if (!hasDefaultSpans(file.getSourceCodeInfo())) {
                continue;
            }
            List<String> lines = sourceLines(file.getName(), includes);
            if (lines != null) {
                out.setFile(i, file.toBuilder().setSourceCodeInfo(widenDefaults(file.getSourceCodeInfo(), lines)));
            }
        }
        return out.build();
    }

    private static boolean hasDefaultSpans(SourceCodeInfo info) {
        return info.getLocationList().stream().anyMatch(l -> isFieldDefault(l.getPathList()));
    }

    static boolean isFieldDefault(List<Integer> path) {
        int n = path.size();
        if (n < 3 || path.get(n - 1) != FIELD_DEFAULT_VALUE) {
            return false;
        }
        int container = path.get(n - 3);
        return n == 3 ? container == FILE_EXTENSION : container == MESSAGE_FIELD || container == MESSAGE_EXTENSION;
    }

    private static SourceCodeInfo widenDefaults(SourceCodeInfo info, List<String> lines) {
        SourceCodeInfo.Builder out = info.toBuilder();
        for (int i = 0; i < out.getLocationCount(); i++) {
            SourceCodeInfo.Location location = out.getLocation(i);
            if (!isFieldDefault(location.getPathList())) {
                continue;
            }
            List<Integer> span = location.getSpanList();
            int[] start = optionStart(lines, span.get(0), span.get(1));
            if (start != null) {
                int endLine = span.size() == 3 ? span.get(0) : span.get(2);
                int endColumn = span.size() == 3 ? span.get(2) : span.get(3);
                out.setLocation(i, location.toBuilder().clearSpan()
                        .addSpan(start[0]).addSpan(start[1]).addSpan(endLine).addSpan(endColumn));
            }
        }
        return out.build();
    }

    /** Walks back from the value over {@code =} to the {@code default} keyword; null when the text is not that. */
    static int[] optionStart(List<String> lines, int line, int column) {
        int l = line;
        int c = column - 1;
        boolean sawEquals = false;
        while (l >= 0) {
            String text = lines.get(l);
            if (text.indexOf('\t') >= 0) {
                return null; // protoc counts tab stops; keep its span rather than guess
            }
            while (c >= 0) {
                char ch = text.charAt(c);
                if (Character.isWhitespace(ch)) {
                    c--;
                } else if (ch == '=' && !sawEquals) {
                    sawEquals = true;
                    c--;
                } else if (sawEquals && text.startsWith("default", c - 6) && c >= 6) {
                    return new int[] {l, c - 6};
                } else {
                    return null;
                }
            }
            l--;
            c = l >= 0 ? lines.get(l).length() - 1 : -1;
        }
        return null;
    }

    private static List<String> sourceLines(String name, List<Path> includes) {
        for (Path include : includes) {
            Path file = include.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readAllLines(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
