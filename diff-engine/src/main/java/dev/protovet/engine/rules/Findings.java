package dev.protovet.engine.rules;

import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.Source;
import java.util.ArrayList;
import java.util.List;

/** Collects what the rules report; the engine tells it which rule is running. */
public final class Findings {
    private final List<Finding> found = new ArrayList<>();
    private String ruleId = "";
    private String element;

    void startRule(String id) {
        this.ruleId = id;
        this.element = null;
    }

    /**
     * The element the next findings are about ({@link Finding#element()}): each kind of rule names the pair it is
     * judging; a rule about a deleted element names that one before it reports.
     */
    public Findings about(String element) {
        this.element = element;
        return this;
    }

    /** Reports a finding at {@code location} for an element that was at {@code against} before (may be null). */
    public void add(Location location, Location against, String message) {
        // a rule that names no element is about the file it reports in
        found.add(new Finding(ruleId, location, against, message, element != null ? element : location.path()));
    }

    /** Reports a finding at the first of the sources that has a span (buf's backup locations). */
    public void add(Source[] current, Source[] previous, String message) {
        add(firstLocation(current), previous == null ? null : firstLocation(previous), message);
    }

    /** Reports a finding at one source, falling back to its file. */
    public void add(Source current, Source previous, String message) {
        add(current.locationOrFile(), previous == null ? null : previous.locationOrFile(), message);
    }

    public List<Finding> all() {
        return found;
    }

    /** The first source with a span; the last one's file when none has (input without source info). */
    public static Location firstLocation(Source... sources) {
        for (Source source : sources) {
            if (source != null) {
                Location location = source.location();
                if (location != null) {
                    return location;
                }
            }
        }
        return Location.fileOnly(sources[sources.length - 1].filePath());
    }

    /** The sources to report at, in order: a finding goes to the first one that has a span. */
    public static Source[] firstLocated(Source... sources) {
        return sources;
    }
}
