package dev.protovet.engine.rules.builtin;

import com.google.protobuf.DescriptorProtos.FeatureSet.JsonFormat;
import dev.protovet.engine.pair.EnumPair;
import dev.protovet.engine.rules.EnumPairRule;
import dev.protovet.engine.rules.Findings;

/** ENUM_SAME_JSON_FORMAT: an enum that supported JSON must keep supporting it. */
public final class EnumSameJsonFormat implements EnumPairRule {
    private static final int OPTIONS = 3, FEATURES = 7, JSON_FORMAT = 6;

    @Override
    public void check(EnumPair pair, Findings out) {
        JsonFormat before = pair.previous().features().jsonFormat();
        JsonFormat now = pair.current().features().jsonFormat();
        if (before == JsonFormat.ALLOW && now != JsonFormat.ALLOW) {
            out.add(Findings.firstLocated(pair.current().source().child(OPTIONS, FEATURES, JSON_FORMAT), pair.current().source()),
                    Findings.firstLocated(pair.previous().source().child(OPTIONS, FEATURES, JSON_FORMAT), pair.previous().source()),
                    "Enum \"" + pair.current().name() + "\" JSON format support changed from " + before + " to " + now + ".");
        }
    }
}
