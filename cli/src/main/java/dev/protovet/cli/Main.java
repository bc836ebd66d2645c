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
        return run(null, null, args);
    }

    /** The same, writing to {@code out} and {@code err} instead of the standard streams when they are not null. */
    static int run(PrintWriter out, PrintWriter errors, String... args) {
        CommandLine cli = ProtovetCommand.commandLine(args);
        if (out != null) {
            cli.setOut(out);
        }
        if (errors != null) {
            cli.setErr(errors);
        }
        useErrorExitCode(cli);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionStrategy(parseResult -> {
            Deadline.arm(ProtovetCommand.timeout, cli.getErr());
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof InputException input) {
                input.problems().forEach(p -> err.println(ErrorLine.of(p.toString())));
            } else {
                err.println(ErrorLine.of("protovet: " + (e.getMessage() == null ? e.toString() : e.getMessage())));
            }
            if (ProtovetCommand.debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.ERROR;
        });
        return cli.execute(args);
    }

    /**
     * A usage error (unknown flag, missing or bad value) in one line, with picocli's suggestion when it has one and
     * where to read more, instead of the whole usage text.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String suggestion = "";
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            suggestion = "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        String message = e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        command.getErr().println(ErrorLine.of(message + suggestion + " (see `" + command.getCommandSpec().qualifiedName()
                + " --help`)"));
        command.getErr().flush();
        return ExitCodes.ERROR;
    }
}
