package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.pair.EnumPair;
import dev.protovet.engine.rules.EnumPairRule;
import dev.protovet.engine.rules.Findings;

/** ENUM_SAME_TYPE: an enum may not switch between open and closed. */
public final class EnumSameType implements EnumPairRule {
    private static final int OPTIONS = 3, FEATURES = 7, ENUM_TYPE = 2;

    @Override
    public void check(EnumPair pair, Findings out) {
        boolean before = pair.previous().closed();
        boolean now = pair.current().closed();
        if (before != now) {
            out.add(Findings.firstLocated(pair.current().source().child(OPTIONS, FEATURES, ENUM_TYPE), pair.current().source()),
                    Findings.firstLocated(pair.previous().source().child(OPTIONS, FEATURES, ENUM_TYPE), pair.previous().source()),
                    "Enum \"" + pair.current().name() + "\" changed from " + (before ? "closed" : "open") + " to "
                            + (now ? "closed" : "open") + ".");
        }
    }
}
