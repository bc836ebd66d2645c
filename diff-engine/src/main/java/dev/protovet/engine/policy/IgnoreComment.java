package dev.protovet.engine.policy;

import dev.protovet.engine.Finding;
import java.util.Set;

/**
 * A {@code // protovet:breaking:ignore RULE[,RULE] justification} comment on an element of the current files: it lets
 * those rules' findings about {@code element} pass, and, when the justification starts with a name and a colon
 * ({@code email: moved to Contact}), those about the deleted child {@code scope.name} too. {@code where} is
 * {@code file:line} of the element the comment is on.
 */
public record IgnoreComment(String where, String element, String scope, Set<String> rules, String child,
                            String justification) {

    public boolean silences(Finding finding) {
        if (!rules.contains(finding.ruleId()) || finding.element() == null) {
            return false;
        }
        return finding.element().equals(element)
                || child != null && finding.element().equals(scope.isEmpty() ? child : scope + "." + child);
    }
}
