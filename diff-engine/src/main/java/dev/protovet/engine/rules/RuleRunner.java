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
            spec.rule().checkAll(pairing, out);
        }
        return out.all();
    }
}
