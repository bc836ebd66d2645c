package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.pair.MessagePair;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.MessagePairRule;

/** MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT: {@code message_set_wire_format} may not change. */
public final class MessageSameMessageSetWireFormat implements MessagePairRule {
    private static final int OPTIONS = 7, MESSAGE_SET_WIRE_FORMAT = 1;

    @Override
    public void check(MessagePair pair, Findings out) {
        boolean before = pair.previous().messageSetWireFormat();
        boolean now = pair.current().messageSetWireFormat();
        if (before != now) {
            out.add(Findings.firstLocated(pair.current().source().child(OPTIONS, MESSAGE_SET_WIRE_FORMAT), pair.current().source()),
                    Findings.firstLocated(pair.previous().source().child(OPTIONS, MESSAGE_SET_WIRE_FORMAT), pair.previous().source()),
                    "Message option \"message_set_wire_format\" changed from \"" + before + "\" to \"" + now + "\".");
        }
    }
}
