package dev.protovet.engine.fix;

import java.util.Locale;

/** How {@code protovet fix} keeps a deleted field or enum value from breaking clients. */
public enum FixStrategy {
    /** Reserve its number and name: wire and JSON stay compatible, generated code loses the accessor. */
    RESERVE,
    /** Put it back, marked {@code [deprecated = true]}: generated code keeps compiling too. */
    DEPRECATE;

    /** The strategy of this name, as {@code --strategy} takes it ({@code reserve}, {@code deprecate}). */
    public static FixStrategy parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "reserve" -> RESERVE;
            case "deprecate" -> DEPRECATE;
            default -> throw new IllegalArgumentException("unknown strategy \"" + text + "\"; expected reserve or deprecate");
        };
    }
}
