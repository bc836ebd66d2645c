package dev.protovet.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Where a command prints its result: the command line's standard output, flushed after each write; and its
 * remarks (summaries, notes) on standard error.
 */
@Command // a mixin with no options of its own
final class CommandOutput {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** Prints {@code text} as it is. */
    void print(String text) {
        PrintWriter out = command.commandLine().getOut();
        out.print(text);
        out.flush();
    }

    /** Prints {@code line} and a line break. */
    void println(Object line) {
        print(line + System.lineSeparator());
    }

    /** Prints {@code line} and a line break on standard error. */
    void remark(Object line) {
        PrintWriter err = command.commandLine().getErr();
        err.println(line);
        err.flush();
    }
}
