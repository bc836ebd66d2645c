package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Every command's {@code --help} wraps at spaces only: no path, extension or input syntax is split over two lines. */
class HelpLayoutTest {

    @ParameterizedTest
    @ValueSource(ints = {80, 120})
    void noTokenIsSplitAcrossLinesAndNoLineIsTooWide(int width) {
        for (CommandLine command : everyCommand()) {
            String help = usage(command, width);
            // rendered so wide that nothing wraps, the help has each token whole
            Set<String> whole = tokens(usage(command, 10_000)).collect(Collectors.toSet());
            assertThat(tokens(help).filter(t -> !whole.contains(t)).toList())
                    .as("tokens split in `%s --help` at width %d:%n%s", command.getCommandSpec().qualifiedName(), width, help)
                    .isEmpty();
            assertThat(help.lines().filter(l -> l.length() > width).toList())
                    .as("lines wider than %d in `%s --help`", width, command.getCommandSpec().qualifiedName())
                    .isEmpty();
        }
    }

    @Test
    void theInputDescriptionKeepsExtensionsAndCoordinatesWhole() {
        CommandLine breaking = ProtovetCommand.commandLine("breaking").getSubcommands().get("breaking");
        String help = usage(breaking, 80);
        assertThat(help).contains(".binpb,", ".protoset", "maven:group:artifact:version,", "registry:<url>/subjects/<subject>,",
                "$XDG_CACHE_HOME/protovet,", "~/.cache/protovet).");
        assertThat(help).doesNotContain("(.\n", "[:\n");
    }

    @Test
    void theHelpIsAsWideAsTheTerminal() {
        assertThat(ProtovetCommand.commandLine("breaking").isUsageHelpAutoWidth()).isTrue();
    }

    private static String usage(CommandLine command, int width) {
        command.setUsageHelpAutoWidth(false);
        command.setUsageHelpWidth(width);
        return command.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    private static java.util.stream.Stream<String> tokens(String text) {
        return Arrays.stream(text.split("\\s+")).filter(t -> !t.isEmpty());
    }

    /** protovet and every subcommand, nested ones included. */
    private static List<CommandLine> everyCommand() {
        List<CommandLine> all = new ArrayList<>();
        List<CommandLine> todo = new ArrayList<>(List.of(ProtovetCommand.commandLine()));
        while (!todo.isEmpty()) {
            CommandLine next = todo.remove(0);
            all.add(next);
            todo.addAll(next.getSubcommands().values());
        }
        assertThat(all).extracting(c -> c.getCommandSpec().qualifiedName())
                .contains("protovet breaking", "protovet build", "protovet registry copy", "protovet generate-completion");
        return all;
    }
}
