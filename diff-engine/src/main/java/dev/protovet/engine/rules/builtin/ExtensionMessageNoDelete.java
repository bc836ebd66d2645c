package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.pair.MessagePair;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.MessagePairRule;

/** EXTENSION_MESSAGE_NO_DELETE: extension ranges may not shrink. */
public final class ExtensionMessageNoDelete implements MessagePairRule {
    @Override
    public void check(MessagePair pair, Findings out) {
        TagRanges.check("extension", "message", pair.current().name(), pair.current().maxFieldNumber(),
                pair.current().source(), pair.previous().source(), pair.previous().extensionRanges(),
                pair.current().extensionRanges(), out);
    }
}
