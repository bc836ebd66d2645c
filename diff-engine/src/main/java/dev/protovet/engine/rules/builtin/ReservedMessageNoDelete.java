package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.pair.MessagePair;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.MessagePairRule;
import java.util.Set;

/** RESERVED_MESSAGE_NO_DELETE: reserved numbers and names of a message may not be un-reserved. */
public final class ReservedMessageNoDelete implements MessagePairRule {
    @Override
    public void check(MessagePair pair, Findings out) {
        TagRanges.check("reserved", "message", pair.current().name(), pair.current().maxFieldNumber(),
                pair.current().source(), pair.previous().source(), pair.previous().reservedRanges(),
                pair.current().reservedRanges(), out);
        Set<String> now = Set.copyOf(pair.current().reservedNames());
        pair.previous().reservedNames().stream().distinct().filter(name -> !now.contains(name)).forEach(name ->
                out.add(pair.current().source(), pair.previous().source(), "Previously present reserved name \""
                        + name + "\" on message \"" + pair.current().name() + "\" was deleted."));
    }
}
