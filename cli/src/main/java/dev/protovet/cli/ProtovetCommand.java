package dev.protovet.cli;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code protovet} command itself: only subcommands, and the options they all share. The subcommands are added
 * by {@link #commandLine}: a run builds the model (options, help texts) of the one it runs, not of all of them.
 */
@Command(name = "protovet", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Keeps protobuf contracts from breaking: buf-compatible breaking-change detection.")
public final class ProtovetCommand {
    /** Every subcommand by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("breaking", BreakingCommand::new);
        SUBCOMMANDS.put("diff", DiffCommand::new);
        SUBCOMMANDS.put("fix", FixCommand::new);
        SUBCOMMANDS.put("build", BuildCommand::new);
        SUBCOMMANDS.put("rules", RulesCommand::new);
        SUBCOMMANDS.put("registry", RegistryCommand::new);
        SUBCOMMANDS.put("generate-completion", AutoComplete.GenerateCompletion::new);
    }

    /**
     * The command line for {@code args}: with only the subcommand they name when they name one that needs no
     * other (completion describes them all), else with every subcommand (for help, or to suggest a misspelt one).
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new ProtovetCommand());
        String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        if (SUBCOMMANDS.containsKey(named) && !named.equals("generate-completion")) {
            cli.addSubcommand(SUBCOMMANDS.get(named).get());
        } else {
            SUBCOMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
        }
        // help as wide as the terminal (80 columns when there is none), wrapped at spaces only
        cli.setHelpFactory((command, colours) -> new WholeWordHelp(command, colours));
        cli.setUsageHelpAutoWidth(true);
        return cli;
    }

    /** How failures are written to stderr ({@code --log-format}): lines of text, or one JSON object each. */
    enum LogFormat { TEXT, COLOR, JSON }

    /** Set by {@code --log-format} (or $PROTOVET_LOG_FORMAT). */
    static volatile LogFormat logFormat = LogFormat.TEXT;

    /** Set by {@code --timeout} (or $PROTOVET_TIMEOUT): how long the run may take, zero for no limit. */
    static volatile Duration timeout = Duration.ZERO;

    @Option(names = "--log-format", scope = ScopeType.INHERIT, paramLabel = "<log-format>",
            completionCandidates = CompletionCandidates.LogFormats.class,
            defaultValue = "${env:PROTOVET_LOG_FORMAT:-text}",
            description = "How errors are written to stderr: text, color or json (one object a line). Default: text.")
    void setLogFormat(LogFormat value) {
        logFormat = value;
    }

    @Option(names = "--timeout", scope = ScopeType.INHERIT, paramLabel = "<duration>", converter = GoDuration.class,
            defaultValue = "${env:PROTOVET_TIMEOUT:-0}",
            description = "Stop and exit 1 after this long, e.g. 30s, 2m, 1m30s; 0 means no limit. Default: 0.")
    void setTimeout(Duration value) {
        if (!value.isZero() || timeout.isZero()) {
            timeout = value;
        }
    }

    /** Set by {@code --debug}: failures then print their stack trace too. */
    static volatile boolean debug = Boolean.getBoolean("protovet.debug") || System.getenv("PROTOVET_DEBUG") != null;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of failures.")
    void setDebug(boolean value) {
        debug = debug || value;
    }
}
