package dev.protovet.registry.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Wire's error messages into protovet's form, one problem a line: {@code file:line:col: what is wrong},
 * with the in-memory root Wire was given taken off the paths and Wire's "Syntax error in" prefix dropped.
 */
final class WireErrors {
    static final String ROOT = "/schemas";

    private static final Pattern LOCATION = Pattern.compile("(?:" + Pattern.quote(ROOT) + "/)?([^\\s():]+):(\\d+):(\\d+)");
    private static final Pattern SYNTAX = Pattern.compile("^Syntax error in (\\S+?:\\d+:\\d+): (.*)$", Pattern.DOTALL);
    private static final Pattern LEADING = Pattern.compile("^(\\S+?:\\d+:\\d+): (.*)$", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("^(\\S+) \\((\\S+?:\\d+:\\d+)\\) (is already defined at) (\\S+)$");

    private WireErrors() {
    }

    /** A message thrown by Wire's parser (one problem). */
    static String parseError(String message, String fallbackFile) {
        String text = message == null ? "cannot parse" : message.strip();
        Matcher syntax = SYNTAX.matcher(text);
        if (syntax.matches()) {
            return relative(syntax.group(1)) + ": " + firstLine(syntax.group(2));
        }
        Matcher leading = LEADING.matcher(text);
        if (leading.matches()) {
            return relative(leading.group(1)) + ": " + firstLine(leading.group(2));
        }
        Matcher duplicate = DUPLICATE.matcher(text);
        if (duplicate.matches()) {
            return relative(duplicate.group(2)) + ": " + duplicate.group(1) + " " + duplicate.group(3) + " "
                    + relative(duplicate.group(4));
        }
        return locatedAnywhere(text, fallbackFile);
    }

    /**
     * A message of Wire's SchemaException: problems separated by lines that do not start with a space, each followed
     * by indented context lines that carry the locations ({@code for field x (a.proto:3:3)}).
     */
    static String linkErrors(String message, String fallbackFile) {
        List<List<String>> problems = new ArrayList<>();
        for (String line : (message == null ? "cannot link" : message).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (!line.startsWith(" ") || problems.isEmpty()) {
                problems.add(new ArrayList<>());
            }
            problems.get(problems.size() - 1).add(line);
        }
        List<String> out = new ArrayList<>();
        for (List<String> problem : problems) {
            String headline = problem.get(0).strip();
            String location = null;
            List<String> items = new ArrayList<>();
            for (String line : problem) {
                Matcher matcher = LOCATION.matcher(line);
                if (location == null && matcher.find()) {
                    location = matcher.group(1) + ":" + matcher.group(2) + ":" + matcher.group(3);
                }
                String stripped = line.strip();
                if (stripped.matches("\\d+\\. .*")) {
                    items.add(stripped.replaceFirst("^\\d+\\. ", "").replaceAll(" \\(.*\\)$", ""));
                }
            }
            headline = LOCATION.matcher(headline).replaceAll(m -> m.group(1) + ":" + m.group(2) + ":" + m.group(3));
            if (headline.endsWith(":") && !items.isEmpty()) {
                headline = headline + " " + String.join(", ", items);
            }
            out.add((location == null ? fallbackFile : location) + ": " + headline);
        }
        return String.join("\n", out);
    }

    private static String locatedAnywhere(String text, String fallbackFile) {
        Matcher matcher = LOCATION.matcher(text);
        String rest = firstLine(LOCATION.matcher(text).replaceAll(m -> m.group(1) + ":" + m.group(2) + ":" + m.group(3)));
        if (matcher.find()) {
            return matcher.group(1) + ":" + matcher.group(2) + ":" + matcher.group(3) + ": " + rest;
        }
        return fallbackFile + ": " + rest;
    }

    private static String relative(String location) {
        return location.startsWith(ROOT + "/") ? location.substring(ROOT.length() + 1) : location;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
