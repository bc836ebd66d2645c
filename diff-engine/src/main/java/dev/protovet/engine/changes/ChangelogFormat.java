package dev.protovet.engine.changes;

import dev.protovet.engine.model.Location;
import java.util.List;
import java.util.Locale;

/** How a changelog is written: text for terminals, Markdown for release notes and PR comments, JSON for tools. */
public enum ChangelogFormat {
    TEXT, MARKDOWN, JSON;

    public static ChangelogFormat parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "markdown", "md" -> MARKDOWN;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException("unknown format \"" + text + "\"; expected text, markdown or json");
        };
    }

    public String write(List<Change> changes) {
        return switch (this) {
            case TEXT -> text(changes);
            case MARKDOWN -> markdown(changes);
            case JSON -> json(changes);
        };
    }

    private static String text(List<Change> changes) {
        StringBuilder out = new StringBuilder();
        for (Change c : changes) {
            out.append(where(c.location())).append(": ").append(c.kind());
            if (c.breaking()) {
                out.append(" [breaking for ").append(String.join(", ", c.breakingIn())).append(": ")
                        .append(String.join(", ", c.rules())).append(']');
            }
            out.append(' ').append(c.description()).append('\n');
        }
        return out.toString();
    }

    private static String markdown(List<Change> changes) {
        List<Change> breaking = changes.stream().filter(Change::breaking).toList();
        List<Change> compatible = changes.stream().filter(c -> !c.breaking()).toList();
        StringBuilder out = new StringBuilder("## Protobuf changes\n\n");
        if (changes.isEmpty()) {
            return out.append("No changes.\n").toString();
        }
        if (!breaking.isEmpty()) {
            out.append("### Breaking (").append(breaking.size()).append(")\n\n")
                    .append("| change | breaks for | rules | where |\n|---|---|---|---|\n");
            for (Change c : breaking) {
                out.append("| ").append(cell(c.description())).append(" | ").append(String.join(", ", c.breakingIn()))
                        .append(" | `").append(String.join("`, `", c.rules())).append("` | `").append(cell(where(c.location())))
                        .append("` |\n");
            }
            out.append('\n');
        }
        if (!compatible.isEmpty()) {
            out.append("### Compatible (").append(compatible.size()).append(")\n\n");
            for (Change c : compatible) {
                out.append("- ").append(c.kind()).append(' ').append(cell(c.description())).append(" (`")
                        .append(cell(where(c.location()))).append("`)\n");
            }
        }
        return out.toString();
    }

    private static String json(List<Change> changes) {
        StringBuilder out = new StringBuilder();
        for (Change c : changes) {
            Location at = c.location();
            out.append("{\"kind\":\"").append(c.kind()).append('"');
            if (at.path() != null) {
                out.append(",\"path\":").append(quote(at.path()));
            }
            out.append(",\"start_line\":").append(at.span().startLine())
                    .append(",\"start_column\":").append(at.span().startColumn())
                    .append(",\"breaking\":").append(c.breaking());
            if (c.breaking()) {
                out.append(",\"rules\":[").append(String.join(",", c.rules().stream().map(ChangelogFormat::quote).toList()))
                        .append("],\"breaking_in\":[")
                        .append(String.join(",", c.breakingIn().stream().map(ChangelogFormat::quote).toList())).append(']');
            }
            out.append(",\"description\":").append(quote(c.description())).append("}\n");
        }
        return out.toString();
    }

    private static String where(Location at) {
        return at.path() == null ? "(deleted)" : at.path() + ":" + at.span().startLine() + ":" + at.span().startColumn();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String quote(String s) {
        return dev.protovet.engine.report.JsonStrings.quote(s);
    }
}
