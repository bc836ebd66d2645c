package dev.protovet.engine.policy;

import dev.protovet.engine.Finding;
import java.time.LocalDate;

/**
 * One entry of an accepted-changes file: the finding of {@code rule} about {@code element} passes, for the reason
 * given, until the end of {@code expires} (null: for good). {@code file} and {@code message} say what it was for a
 * reader; the match is by rule and element only, so moving lines or files around leaves the entry valid.
 */
public record Acceptance(String rule, String file, String element, String message, String justification,
                         LocalDate expires) {

    public boolean matches(Finding finding) {
        return rule.equals(finding.ruleId()) && element.equals(finding.element());
    }

    /** Whether the entry no longer accepts on {@code today}: it is valid through its {@code expires} day. */
    public boolean expiredOn(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }

    /** {@code RULE on element}, as notes name an entry. */
    public String describe() {
        return rule + " on " + element;
    }
}
