package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.confluent.Difference;
import dev.protovet.engine.confluent.DifferenceType;
import dev.protovet.engine.rules.DifferenceRule;
import dev.protovet.engine.rules.Findings;

/**
 * The CONFLUENT rules, one per kind of difference that Confluent Schema Registry calls incompatible: each reports
 * the differences of its kind, under the kind's name.
 */
public final class ConfluentIncompatibleChange implements DifferenceRule {
    private final DifferenceType type;

    public ConfluentIncompatibleChange(DifferenceType type) {
        if (type.compatible()) {
            throw new IllegalArgumentException(type + " is a difference Confluent accepts");
        }
        this.type = type;
    }

    public DifferenceType type() {
        return type;
    }

    @Override
    public void check(Difference difference, Findings out) {
        if (difference.type() == type) {
            out.about(difference.path()).add(difference.location(), difference.againstLocation(),
                    difference.description() + " (Confluent: " + type + ").");
        }
    }
}
