package dev.protovet.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;

/**
 * A help table that wraps text at spaces only. picocli's own wraps where {@link java.text.BreakIterator} allows,
 * which is also after {@code .}, {@code :}, {@code /} and {@code |}: it printed {@code (.} and {@code binpb} on two
 * lines, and split paths and input syntax such as {@code maven:group:artifact:version} that people copy. A word
 * longer than a whole line is still cut, as there is nothing else to do.
 */
final class WholeWordTable extends TextTable {
    private final ColorScheme colours;

    private WholeWordTable(ColorScheme colorScheme, Column... columns) {
        super(colorScheme, columns);
        this.colours = colorScheme;
    }

    /** Columns of the given widths, each spilling over into the next: as {@link TextTable#forColumnWidths}. */
    static WholeWordTable spanning(ColorScheme colorScheme, int... widths) {
        Column[] columns = new Column[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = new Column(widths[i], 0, Column.Overflow.SPAN);
        }
        return new WholeWordTable(colorScheme, columns);
    }

    /** The option list's five columns: as {@link TextTable#forDefaultColumns(ColorScheme, int, int)}. */
    static WholeWordTable optionList(ColorScheme colorScheme, int longOptionsColumnWidth, int width) {
        return new WholeWordTable(colorScheme,
                new Column(2, 0, Column.Overflow.TRUNCATE), // "*"
                new Column(2, 0, Column.Overflow.SPAN), // "-c"
                new Column(1, 0, Column.Overflow.TRUNCATE), // ","
                new Column(longOptionsColumnWidth, 1, Column.Overflow.SPAN), // " --create"
                new Column(width - 5 - longOptionsColumnWidth, 1, Column.Overflow.WRAP)); // " Creates a ..."
    }

    /** Two columns, the second wrapping: as picocli's command list. */
    static WholeWordTable keysAndValues(ColorScheme colorScheme, int keyWidth, int width) {
        return new WholeWordTable(colorScheme, new Column(keyWidth, 2, Column.Overflow.SPAN),
                new Column(width - keyWidth, 2, Column.Overflow.WRAP));
    }

    @Override
    public Cell putValue(int row, int col, Text value) {
        Column[] columns = columns();
        Column column = columns[col];
        boolean wraps = column.overflow == Column.Overflow.WRAP
                || column.overflow == Column.Overflow.SPAN && col == columns.length - 1;
        if (!wraps || value == null) {
            return super.putValue(row, col, value);
        }
        List<int[]> lines = lines(value.plainString(), column.width - column.indent,
                column.width - column.indent - indentWrappedLines);
        if (lines.size() <= 1) {
            return super.putValue(row, col, value);
        }
        // each line fits, so picocli writes it whole; lines after the first are indented as picocli indents them
        Text pad = colours.ansi().new Text(" ".repeat(indentWrappedLines), colours);
        Cell cell = super.putValue(row, col, value.substring(lines.get(0)[0], lines.get(0)[1]));
        for (int[] line : lines.subList(1, lines.size())) {
            addEmptyRow();
            cell = super.putValue(cell.row + 1, col, pad.concat(value.substring(line[0], line[1])));
        }
        return cell;
    }

    /** Where {@code text} breaks into lines at spaces: the first {@code first} wide, the others {@code next}. */
    static List<int[]> lines(String text, int first, int next) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int width = Math.max(1, lines.isEmpty() ? first : next);
            if (text.length() - start <= width) {
                lines.add(new int[] {start, text.length()});
                break;
            }
            int end = text.lastIndexOf(' ', start + width);
            if (end <= start) { // one word wider than the line
                end = text.indexOf(' ', start + width);
                end = end < 0 ? text.length() : end;
            }
            lines.add(new int[] {start, end});
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        return lines;
    }
}
