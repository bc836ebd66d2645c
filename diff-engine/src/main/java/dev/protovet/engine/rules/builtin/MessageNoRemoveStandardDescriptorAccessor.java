package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.pair.MessagePair;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.MessagePairRule;

/** MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR: {@code no_standard_descriptor_accessor} may not turn on. */
public final class MessageNoRemoveStandardDescriptorAccessor implements MessagePairRule {
    private static final int OPTIONS = 7, NO_STANDARD_DESCRIPTOR_ACCESSOR = 2;

    @Override
    public void check(MessagePair pair, Findings out) {
        if (!pair.previous().options().getNoStandardDescriptorAccessor()
                && pair.current().options().getNoStandardDescriptorAccessor()) {
            out.add(pair.current().source().child(OPTIONS, NO_STANDARD_DESCRIPTOR_ACCESSOR),
                    pair.previous().source().child(OPTIONS, NO_STANDARD_DESCRIPTOR_ACCESSOR),
                    "Message option \"no_standard_descriptor_accessor\" changed from \"false\" to \"true\".");
        }
    }
}
