package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Field;
import dev.protovet.engine.pair.MessagePair;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.MessagePairRule;
import java.util.List;
import java.util.Map;

/** MESSAGE_SAME_REQUIRED_FIELDS: required fields may be neither added nor removed. */
public final class MessageSameRequiredFields implements MessagePairRule {
    private static final String WHY = " Required fields must always be sent, so if one side does not know about"
            + " the required field, this will result in a breakage.";

    @Override
    public void check(MessagePair pair, Findings out) {
        Map<Integer, Field> before = required(pair.previous().fields());
        Map<Integer, Field> now = required(pair.current().fields());
        before.keySet().stream().filter(n -> !now.containsKey(n)).forEach(n -> out.add(pair.current().source(),
                pair.previous().source(), "Message \"" + pair.previous().name() + "\" had required field \"" + n
                        + "\" deleted." + WHY));
        now.forEach((n, field) -> {
            if (!before.containsKey(n)) {
                out.add(field.source(), null, "Message \"" + pair.current().name() + "\" had required field \"" + n
                        + "\" added." + WHY);
            }
        });
    }

    private static Map<Integer, Field> required(List<Field> fields) {
        return Pairing.numberToField(fields.stream().filter(Field::isRequired).toList());
    }
}
