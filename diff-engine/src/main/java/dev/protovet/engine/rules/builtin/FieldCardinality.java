package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Field;
import dev.protovet.engine.pair.FieldPair;
import dev.protovet.engine.rules.FieldPairRule;
import dev.protovet.engine.rules.Findings;
import java.util.function.ToIntFunction;

/**
 * FIELD_SAME_CARDINALITY, FIELD_WIRE_COMPATIBLE_CARDINALITY and FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY: a field's
 * cardinality may only change within a compatibility group (each cardinality alone, or wire / wire+JSON groups).
 */
public final class FieldCardinality implements FieldPairRule {

    /** Which changes are tolerated. */
    public enum Strictness {
        SAME(Cardinality::ordinal), WIRE(c -> c.wireGroup), WIRE_JSON(c -> c.wireJsonGroup);

        private final ToIntFunction<Cardinality> group;

        Strictness(ToIntFunction<Cardinality> group) {
            this.group = group;
        }
    }

    private final Strictness strictness;

    public FieldCardinality(Strictness strictness) {
        this.strictness = strictness;
    }

    @Override
    public void check(FieldPair pair, Findings out) {
        Field before = pair.previous();
        Field now = pair.current();
        if (before.inMapEntry() && now.inMapEntry()) {
            return; // map entries are generated; their presence is not really theirs
        }
        Cardinality previous = Cardinality.of(before);
        Cardinality current = Cardinality.of(now);
        if (strictness.group.applyAsInt(previous) != strictness.group.applyAsInt(current)) {
            out.add(now.source(), before.source(), now.description() + " changed cardinality from \"" + previous
                    + "\" to \"" + current + "\".");
        }
    }
}
