package dev.protovet.cli;

import java.util.IllegalFormatException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's usage help with every table a {@link WholeWordTable}: the same layout, but lines break at spaces only,
 * so that no path, extension or input syntax is split across two lines.
 */
final class WholeWordHelp extends Help {
    /** picocli's bound on a synopsis' indent, as a fraction of the width (private there). */
    private static final double MAX_AUTO_INDENT = 0.9;

    WholeWordHelp(CommandSpec command, ColorScheme colorScheme) {
        super(command, colorScheme);
    }

    private int width() {
        return commandSpec().usageMessage().width();
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
                                      ColorScheme colorScheme) {
        TextTable table = WholeWordTable.optionList(colorScheme,
                calcLongOptionColumnWidth(options, positionals, colorScheme), width());
        return new Layout(colorScheme, table, createDefaultOptionRenderer(), createDefaultParameterRenderer());
    }

    /** As picocli's, whose table is built inside: the command name, then the options, wrapped under each other. */
    @Override
    protected String insertSynopsisCommandName(int headingLength, Ansi.Text details) {
        String name = commandSpec().qualifiedName();
        int indent = headingLength + name.length() + 1;
        var usage = commandSpec().usageMessage();
        if (indent > usage.synopsisAutoIndentThreshold() * width()) {
            indent = usage.synopsisIndent() < 0 ? headingLength : usage.synopsisIndent();
            indent = Math.min(indent, (int) (MAX_AUTO_INDENT * width()));
        }
        TextTable table = WholeWordTable.spanning(colorScheme(), width());
        table.indentWrappedLines = indent;
        Ansi.Text padding = Ansi.OFF.new Text("X".repeat(headingLength), colorScheme());
        table.addRowValues(padding.concat(colorScheme().commandText(name)).concat(details));
        return table.toString().substring(headingLength);
    }

    @Override
    public String description(Object... params) {
        return join(commandSpec().usageMessage().description(), params);
    }

    @Override
    public String header(Object... params) {
        return join(commandSpec().usageMessage().header(), params);
    }

    @Override
    public String footer(Object... params) {
        return join(commandSpec().usageMessage().footer(), params);
    }

    @Override
    public String commandList(Map<String, Help> subcommands) {
        if (subcommands.isEmpty()) {
            return "";
        }
        int nameWidth = Math.min(subcommands.keySet().stream().mapToInt(String::length).max().orElse(0), width() / 2);
        TextTable table = WholeWordTable.keysAndValues(colorScheme(), nameWidth + 2, width());
        subcommands.values().forEach(help -> {
            var usage = help.commandSpec().usageMessage();
            String[] header = usage.header().length > 0 ? usage.header() : usage.description();
            Ansi.Text[] lines = colorScheme().text(format(header.length > 0 ? header[0] : "")).splitLines();
            for (int i = 0; i < lines.length; i++) {
                table.addRowValues(i == 0 ? help.commandNamesText(", ") : colorScheme().text(""), lines[i]);
            }
        });
        return table.toString();
    }

    /** Paragraph lines, one table row each, as picocli's {@code Help.join}. */
    private String join(String[] lines, Object... params) {
        if (lines == null || lines.length == 0) {
            return "";
        }
        TextTable table = WholeWordTable.spanning(colorScheme(), width());
        table.indentWrappedLines = 0;
        for (String line : lines) {
            table.addRowValues(format(line, params));
        }
        return table.toString();
    }

    private static String format(String text, Object... params) {
        try {
            return text == null ? "" : String.format(text, params);
        } catch (IllegalFormatException e) {
            return text;
        }
    }
}
