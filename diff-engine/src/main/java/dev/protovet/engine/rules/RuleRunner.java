package dev.protovet.engine.rules;

import dev.protovet.engine.Finding;
import dev.protovet.engine.pair.Pairing;
import java.util.List;

/** Runs rules over a pairing: each rule sees only the pairs of its own kind. */
public final class RuleRunner {
    private RuleRunner() {
    }

    public static List<Finding> run(List<RuleSpec> rules, Pairing pairing) {
        Findings out = new Findings();
        for (RuleSpec spec : rules) {
            out.startRule(spec.id());
            Rule rule = spec.rule();
            if (rule instanceof FilePairRule r) {
                pairing.files().forEach(p -> r.check(p, out));
            } else if (rule instanceof MessagePairRule r) {
                pairing.messages().forEach(p -> r.check(p, out));
            } else if (rule instanceof FieldPairRule r) {
                pairing.fields().forEach(p -> r.check(p, out));
            } else if (rule instanceof EnumPairRule r) {
                pairing.enums().forEach(p -> r.check(p, out));
            } else if (rule instanceof EnumValuePairRule r) {
                pairing.enumValues().forEach(p -> r.check(p, out));
            } else if (rule instanceof ServicePairRule r) {
                pairing.services().forEach(p -> r.check(p, out));
            } else if (rule instanceof MethodPairRule r) {
                pairing.methods().forEach(p -> r.check(p, out));
            } else if (rule instanceof ImageRule r) {
                r.check(pairing, out);
            } else {
                throw new IllegalStateException("rule " + spec.id() + " implements no pair interface");
            }
        }
        return out.all();
    }
}
