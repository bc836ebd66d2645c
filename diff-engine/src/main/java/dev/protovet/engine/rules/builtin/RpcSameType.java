package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Method;
import dev.protovet.engine.pair.MethodPair;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.MethodPairRule;
import java.util.function.Function;

/** RPC_SAME_REQUEST_TYPE and RPC_SAME_RESPONSE_TYPE: an RPC keeps its request (or response) message. */
public final class RpcSameType implements MethodPairRule {

    /** Which message of the RPC the rule watches, with its SourceCodeInfo field number. */
    public enum Side {
        REQUEST("request", 2, Method::inputType), RESPONSE("response", 3, Method::outputType);

        private final String word;
        private final int path;
        private final Function<Method, String> type;

        Side(String word, int path, Function<Method, String> type) {
            this.word = word;
            this.path = path;
            this.type = type;
        }
    }

    private final Side side;

    public RpcSameType(Side side) {
        this.side = side;
    }

    @Override
    public void check(MethodPair pair, Findings out) {
        String before = side.type.apply(pair.previous());
        String now = side.type.apply(pair.current());
        if (!before.equals(now)) {
            out.add(pair.current().source().child(side.path), pair.previous().source().child(side.path), "RPC \""
                    + pair.current().name() + "\" on service \"" + pair.current().serviceName() + "\" changed "
                    + side.word + " type from \"" + before + "\" to \"" + now + "\".");
        }
    }
}
