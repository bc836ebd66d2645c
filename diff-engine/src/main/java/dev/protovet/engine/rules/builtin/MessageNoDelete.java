package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.MessageType;
import dev.protovet.engine.pair.Declarations;
import dev.protovet.engine.pair.FilePair;
import dev.protovet.engine.rules.FilePairRule;
import dev.protovet.engine.rules.Findings;
import java.util.Map;

/** MESSAGE_NO_DELETE: a message may not disappear from its file. */
public final class MessageNoDelete implements FilePairRule {
    @Override
    public void check(FilePair pair, Findings out) {
        Map<String, MessageType> now = Declarations.nestedMessages(pair.current());
        Declarations.nestedMessages(pair.previous()).forEach((name, message) -> {
            if (!now.containsKey(name)) {
                out.about(DeletedElement.fullName(pair.current(), name)).add(DeletedElement.location(pair.current(), now, name), message.source().locationOrFile(),
                        "Previously present message \"" + name + "\" was deleted from file.");
            }
        });
    }
}
