package dev.protovet.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code protovet} command itself: only subcommands, and the options they all share. */
@Command(name = "protovet", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Keeps protobuf contracts from breaking: buf-compatible breaking-change detection.",
        subcommands = {BreakingCommand.class, DiffCommand.class, BuildCommand.class, RulesCommand.class, RegistryCommand.class,
                AutoComplete.GenerateCompletion.class})
public final class ProtovetCommand {
    /** Set by {@code --debug}: failures then print their stack trace too. */
    static volatile boolean debug = Boolean.getBoolean("protovet.debug") || System.getenv("PROTOVET_DEBUG") != null;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of failures.")
    void setDebug(boolean value) {
        debug = debug || value;
    }
}
