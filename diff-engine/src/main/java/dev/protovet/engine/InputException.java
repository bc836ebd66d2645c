package dev.protovet.engine;

import java.util.List;
import java.util.stream.Collectors;

/** Invalid input (source, descriptor set or config), reported once with every problem found and its location. */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InputException(String file, String message) {
        this(List.of(new Problem(file, 0, 0, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem: {@code file:line:column: message}; line and column are 0 when unknown. */
    public record Problem(String file, int line, int column, String message) {
        @Override
        public String toString() {
            if (file == null || file.isEmpty()) {
                return message;
            }
            if (line <= 0) {
                return file + ": " + message;
            }
            return file + ":" + line + ":" + (column <= 0 ? 1 : column) + ": " + message;
        }
    }
}
