package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Oneof;
import dev.protovet.engine.pair.MessagePair;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.MessagePairRule;
import java.util.Set;
import java.util.stream.Collectors;

/** ONEOF_NO_DELETE: a oneof may not disappear (the synthetic oneofs of proto3 optional fields do not count). */
public final class OneofNoDelete implements MessagePairRule {
    @Override
    public void check(MessagePair pair, Findings out) {
        Set<String> now = pair.current().oneofs().stream().map(Oneof::name).collect(Collectors.toSet());
        for (Oneof oneof : pair.previous().oneofs()) {
            if (!oneof.synthetic() && !now.contains(oneof.name())) {
                out.about(pair.current().fullName() + "." + oneof.name()).add(pair.current().source(), pair.previous().source(), "Previously present oneof \""
                        + oneof.name() + "\" on message \"" + pair.current().name() + "\" was deleted.");
            }
        }
    }
}
