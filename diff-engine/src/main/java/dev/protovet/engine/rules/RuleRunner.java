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
        RuleInput input = new RuleInput(pairing);
        for (RuleSpec spec : rules) {
            out.startRule(spec.id());
            spec.rule().checkAll(input, out);
        }
        return out.all();
    }
}
