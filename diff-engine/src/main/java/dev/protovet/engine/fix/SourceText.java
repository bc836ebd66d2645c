package dev.protovet.engine.fix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of one .proto file, addressed the way protoc's source info addresses them: 0-based lines, and columns
 * counted in bytes with a tab advancing to the next multiple of 8.
 */
final class SourceText {
    private static final int TAB_WIDTH = 8;

    private final byte[] bytes;
    private final List<Integer> lineStarts = new ArrayList<>();

    SourceText(byte[] bytes) {
        this.bytes = bytes.clone();
        lineStarts.add(0);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }

    int length() {
        return bytes.length;
    }

    byte at(int offset) {
        return bytes[offset];
    }

    /** The line break the file uses: CRLF when its first line break is one, else LF. */
    String lineBreak() {
        int firstBreak = lineStarts.size() > 1 ? lineStarts.get(1) - 1 : -1;
        return firstBreak > 0 && bytes[firstBreak - 1] == '\r' ? "\r\n" : "\n";
    }

    boolean endsWithLineBreak() {
        return bytes.length > 0 && bytes[bytes.length - 1] == '\n';
    }

    int lineStart(int line) {
        return lineStarts.get(line);
    }

    /** Where the line after {@code line} starts: after its line break, or the end of the file on the last line. */
    int nextLineStart(int line) {
        return line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : bytes.length;
    }

    /** The offset of protoc's {@code column} on {@code line}, or -1 when the line is shorter. */
    int offset(int line, int column) {
        if (line < 0 || line >= lineStarts.size()) {
            return -1;
        }
        int at = lineStarts.get(line);
        int col = 0;
        while (col < column) {
            if (at >= bytes.length || bytes[at] == '\n') {
                return -1;
            }
            col = bytes[at] == '\t' ? col + TAB_WIDTH - col % TAB_WIDTH : col + 1;
            at++;
        }
        return col == column ? at : -1;
    }

    /** Whether only spaces and tabs come before {@code offset} on its line. */
    boolean onlyBlanksBefore(int offset) {
        for (int i = offset - 1; i >= 0 && bytes[i] != '\n'; i--) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The spaces and tabs that start {@code line}. */
    String indentation(int line) {
        int start = lineStarts.get(line);
        int end = start;
        while (end < bytes.length && (bytes[end] == ' ' || bytes[end] == '\t')) {
            end++;
        }
        return new String(bytes, start, end - start, StandardCharsets.US_ASCII);
    }

    /**
     * One level of indentation as the file writes it: a tab when its first indented statement starts with one,
     * else as many spaces as that line has (2 when nothing is indented).
     */
    String indentUnit() {
        for (int line = 0; line < lineStarts.size(); line++) {
            String indent = indentation(line);
            int first = lineStarts.get(line) + indent.length();
            if (indent.isEmpty() || first >= bytes.length || !Character.isLetter(bytes[first])) {
                continue; // blank lines, comment continuations ( * ...), closing braces
            }
            return indent.charAt(0) == '\t' ? "\t" : " ".repeat(Math.min(indent.length(), TAB_WIDTH));
        }
        return "  ";
    }
}
