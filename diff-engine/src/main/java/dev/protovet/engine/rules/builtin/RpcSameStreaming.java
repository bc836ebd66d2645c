package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Method;
import dev.protovet.engine.pair.MethodPair;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.MethodPairRule;
import java.util.function.Predicate;

/** RPC_SAME_CLIENT_STREAMING and RPC_SAME_SERVER_STREAMING: one side of an RPC may not switch unary/streaming. */
public final class RpcSameStreaming implements MethodPairRule {

    /** Which side of the RPC the rule watches. */
    public enum Side {
        CLIENT(Method::clientStreaming), SERVER(Method::serverStreaming);

        private final Predicate<Method> streaming;

        Side(Predicate<Method> streaming) {
            this.streaming = streaming;
        }
    }

    private final Side side;

    public RpcSameStreaming(Side side) {
        this.side = side;
    }

    @Override
    public void check(MethodPair pair, Findings out) {
        boolean before = side.streaming.test(pair.previous());
        boolean now = side.streaming.test(pair.current());
        if (before != now) {
            String which = side.name().toLowerCase(java.util.Locale.ROOT);
            out.add(pair.current().source(), pair.previous().source(), "RPC \"" + pair.current().name()
                    + "\" on service \"" + pair.current().serviceName() + "\" changed from " + which + " "
                    + (before ? "streaming" : "unary") + " to " + which + " " + (now ? "streaming" : "unary") + ".");
        }
    }
}
