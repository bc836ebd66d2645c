package dev.protovet.cli;

import dev.protovet.engine.report.JsonStrings;

/** One error as written to stderr, in the {@code --log-format} chosen: the text itself, or a JSON object. */
final class ErrorLine {
    private ErrorLine() {
    }

    static String of(String message) {
        return ProtovetCommand.logFormat == ProtovetCommand.LogFormat.JSON
                ? "{\"level\":\"error\",\"message\":" + JsonStrings.quote(message) + "}"
                : message;
    }
}
