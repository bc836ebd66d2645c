package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.pair.MethodPair;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.MethodPairRule;

/** RPC_SAME_IDEMPOTENCY_LEVEL: an RPC keeps its {@code idempotency_level}. */
public final class RpcSameIdempotencyLevel implements MethodPairRule {
    private static final int OPTIONS = 4, IDEMPOTENCY_LEVEL = 34;

    @Override
    public void check(MethodPair pair, Findings out) {
        var before = pair.previous().options().getIdempotencyLevel();
        var now = pair.current().options().getIdempotencyLevel();
        if (before != now) {
            out.add(pair.current().source().child(OPTIONS, IDEMPOTENCY_LEVEL),
                    pair.previous().source().child(OPTIONS, IDEMPOTENCY_LEVEL),
                    "RPC \"" + pair.current().name() + "\" on service \"" + pair.current().serviceName()
                            + "\" changed option \"idempotency_level\" from \"" + before + "\" to \"" + now + "\".");
        }
    }
}
