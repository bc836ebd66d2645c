package dev.protovet.cli;

import picocli.CommandLine.Command;

/** The {@code protovet} command itself: only subcommands. */
@Command(name = "protovet", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Keeps protobuf contracts from breaking: buf-compatible breaking-change detection.",
        subcommands = {BreakingCommand.class, RulesCommand.class})
public final class ProtovetCommand {
}
