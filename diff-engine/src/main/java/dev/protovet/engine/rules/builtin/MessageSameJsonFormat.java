package dev.protovet.engine.rules.builtin;

import com.google.protobuf.DescriptorProtos.FeatureSet.JsonFormat;
import dev.protovet.engine.pair.MessagePair;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.MessagePairRule;

/** MESSAGE_SAME_JSON_FORMAT: a message that supported JSON must keep supporting it. */
public final class MessageSameJsonFormat implements MessagePairRule {
    static final int OPTIONS = 7, FEATURES = 12, JSON_FORMAT = 6;

    @Override
    public void check(MessagePair pair, Findings out) {
        JsonFormat before = pair.previous().features().jsonFormat();
        JsonFormat now = pair.current().features().jsonFormat();
        if (before == JsonFormat.ALLOW && now != JsonFormat.ALLOW) {
            out.add(Findings.firstLocated(pair.current().source().child(OPTIONS, FEATURES, JSON_FORMAT), pair.current().source()),
                    Findings.firstLocated(pair.previous().source().child(OPTIONS, FEATURES, JSON_FORMAT), pair.previous().source()),
                    "Message \"" + pair.current().name() + "\" JSON format support changed from " + before + " to " + now + ".");
        }
    }
}
