package dev.protovet.registry.ui;

import dev.protovet.engine.report.HtmlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * .proto text as HTML, one escaped line at a time, with keywords, strings, numbers and comments in spans the style
 * sheet colours. Runs on the server, so a page needs no script to be readable.
 */
final class ProtoHighlighter {
    private static final Set<String> KEYWORDS = Set.of("syntax", "edition", "package", "import", "public", "weak",
            "option", "message", "enum", "service", "rpc", "returns", "stream", "oneof", "map", "reserved", "extend",
            "extensions", "to", "max", "optional", "required", "repeated", "group", "true", "false");
    private static final Set<String> TYPES = Set.of("double", "float", "int32", "int64", "uint32", "uint64", "sint32",
            "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes");

    private ProtoHighlighter() {
    }

    /** Each line of {@code text} as safe HTML. A block comment spanning lines is closed and reopened per line. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        boolean inBlockComment = false;
        for (String line : sourceLines(text)) {
            StringBuilder html = new StringBuilder();
            int i = 0;
            if (inBlockComment) {
                int end = line.indexOf("*/");
                int stop = end < 0 ? line.length() : end + 2;
                span(html, "comment", line.substring(0, stop));
                inBlockComment = end < 0;
                i = stop;
            }
            while (i < line.length()) {
                char c = line.charAt(i);
                if (line.startsWith("//", i)) {
                    span(html, "comment", line.substring(i));
                    break;
                } else if (line.startsWith("/*", i)) {
                    int end = line.indexOf("*/", i + 2);
                    int stop = end < 0 ? line.length() : end + 2;
                    span(html, "comment", line.substring(i, stop));
                    inBlockComment = end < 0;
                    i = stop;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < line.length() && line.charAt(j) != c) {
                        j += line.charAt(j) == '\\' ? 2 : 1;
                    }
                    int stop = Math.min(j + 1, line.length());
                    span(html, "string", line.substring(i, stop));
                    i = stop;
                } else if (Character.isDigit(c)) {
                    int j = i;
                    while (j < line.length() && (Character.isLetterOrDigit(line.charAt(j)) || line.charAt(j) == '.')) {
                        j++;
                    }
                    span(html, "number", line.substring(i, j));
                    i = j;
                } else if (Character.isLetter(c) || c == '_') {
                    int j = i;
                    while (j < line.length() && (Character.isLetterOrDigit(line.charAt(j)) || line.charAt(j) == '_')) {
                        j++;
                    }
                    String word = line.substring(i, j);
                    if (KEYWORDS.contains(word)) {
                        span(html, "keyword", word);
                    } else if (TYPES.contains(word)) {
                        span(html, "type", word);
                    } else {
                        HtmlText.escape(html, word);
                    }
                    i = j;
                } else {
                    HtmlText.escape(html, String.valueOf(c));
                    i++;
                }
            }
            out.add(html.toString());
        }
        return out;
    }

    /** The lines of {@code text} as written; a final newline ends the last line rather than starting another. */
    static List<String> sourceLines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.size() > 1 && text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static void span(StringBuilder html, String kind, String text) {
        html.append("<span class=\"tok-").append(kind).append("\">");
        HtmlText.escape(html, text);
        html.append("</span>");
    }
}
