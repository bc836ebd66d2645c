package dev.protovet.cli;

import dev.protovet.engine.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: runs a subcommand and turns every failure into a one-line (or one-per-problem) message. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Usage errors exit 1, as in buf (picocli would use 2). */
    private static void useErrorExitCode(CommandLine cli) {
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.ERROR);
        cli.getCommandSpec().exitCodeOnExecutionException(ExitCodes.ERROR);
        cli.getSubcommands().values().forEach(Main::useErrorExitCode);
    }

    static int run(String... args) {
        CommandLine cli = ProtovetCommand.commandLine(args);
        useErrorExitCode(cli);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof InputException input) {
                input.problems().forEach(p -> err.println(p));
            } else {
                err.println("protovet: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            }
            if (ProtovetCommand.debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.ERROR;
        });
        return cli.execute(args);
    }
}
