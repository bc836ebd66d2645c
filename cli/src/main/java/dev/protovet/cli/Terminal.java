package dev.protovet.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whether a person is watching: standard output or standard error on a terminal, and whether to colour output.
 * Java has no isatty: {@link System#console()} is null when stdin or stdout is redirected, except on JDK 22+, where a
 * console exists anyway and {@code Console.isTerminal()} says whether it is one.
 */
final class Terminal {
    private Terminal() {
    }

    /** True when standard output is a terminal (and standard input too, as Java only tells both together). */
    static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal"); // JDK 22+
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before JDK 22 a console exists only on a terminal
        }
    }

    /**
     * True when standard error is a terminal: on Linux what {@code /proc/self/fd/2} links to, elsewhere (no such
     * link) the same as standard output.
     */
    static boolean stderrIsTerminal() {
        Path link = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return stdoutIsTerminal();
        }
    }

    /**
     * Whether to write ANSI colour to standard output: never when {@code NO_COLOR} is set (not empty), always when
     * {@code FORCE_COLOR} or {@code CLICOLOR_FORCE} is set (not empty, not {@code 0}), else only on a terminal that is
     * not {@code TERM=dumb}.
     */
    static boolean colour(Map<String, String> env, boolean stdoutIsTerminal) {
        if (isSet(env.get("NO_COLOR"))) {
            return false;
        }
        if (isOn(env.get("FORCE_COLOR")) || isOn(env.get("CLICOLOR_FORCE"))) {
            return true;
        }
        return stdoutIsTerminal && !"dumb".equals(env.get("TERM"));
    }

    /** {@link #colour(Map, boolean)} for this process. */
    static boolean colour() {
        return colour(System.getenv(), stdoutIsTerminal());
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }

    private static boolean isOn(String value) {
        return isSet(value) && !value.equals("0") && !value.equalsIgnoreCase("false");
    }
}
