package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.EnumType;
import dev.protovet.engine.pair.EnumPair;
import dev.protovet.engine.rules.EnumPairRule;
import dev.protovet.engine.rules.Findings;
import java.util.Set;

/** RESERVED_ENUM_NO_DELETE: reserved numbers and names of an enum may not be un-reserved. */
public final class ReservedEnumNoDelete implements EnumPairRule {
    @Override
    public void check(EnumPair pair, Findings out) {
        TagRanges.check("reserved", "enum", pair.current().name(), EnumType.MAX_NUMBER, pair.current().source(),
                pair.previous().source(), pair.previous().reservedRanges(), pair.current().reservedRanges(), out);
        Set<String> now = Set.copyOf(pair.current().reservedNames());
        pair.previous().reservedNames().stream().distinct().filter(name -> !now.contains(name)).forEach(name ->
                out.add(pair.current().source(), pair.previous().source(), "Previously present reserved name \""
                        + name + "\" on enum \"" + pair.current().name() + "\" was deleted."));
    }
}
