package dev.protovet.cli;

import dev.protovet.engine.report.JsonStrings;

/** One error as written to stderr, in the {@code --log-format} chosen: the text itself, or a JSON object. */
final class ErrorLine {
    private ErrorLine() {
    }

    static String of(String message) {
        return at("error", message);
    }

    /** A remark on what the command did (a file it wrote). */
    static String info(String message) {
        return at("info", message);
    }

    /** A remark that does not fail the command (an acceptance that expired or matches nothing). */
    static String warning(String message) {
        return at("warn", message);
    }

    private static String at(String level, String message) {
        return ProtovetCommand.logFormat == ProtovetCommand.LogFormat.JSON
                ? "{\"level\":\"" + level + "\",\"message\":" + JsonStrings.quote(message) + "}"
                : message;
    }
}
