package dev.protovet.engine.rules;

import dev.protovet.engine.confluent.ConfluentComparison;
import dev.protovet.engine.confluent.Difference;
import dev.protovet.engine.pair.Pairing;
import java.util.List;

/**
 * What the rules of one check look at: the paired images, and Confluent's differences between them, worked out
 * once, when a rule first asks (only the CONFLUENT rules do).
 */
public final class RuleInput {
    private final Pairing pairing;
    private List<Difference> confluentDifferences;

    RuleInput(Pairing pairing) {
        this.pairing = pairing;
    }

    public Pairing pairing() {
        return pairing;
    }

    public List<Difference> confluentDifferences() {
        if (confluentDifferences == null) {
            confluentDifferences = ConfluentComparison.differences(pairing);
        }
        return confluentDifferences;
    }
}
