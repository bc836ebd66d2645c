package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.EnumType;
import dev.protovet.engine.pair.Declarations;
import dev.protovet.engine.pair.FilePair;
import dev.protovet.engine.rules.FilePairRule;
import dev.protovet.engine.rules.Findings;
import java.util.Map;

/** ENUM_NO_DELETE: an enum may not disappear from its file. */
public final class EnumNoDelete implements FilePairRule {
    @Override
    public void check(FilePair pair, Findings out) {
        Map<String, EnumType> now = Declarations.nestedEnums(pair.current());
        Declarations.nestedEnums(pair.previous()).forEach((name, enumType) -> {
            if (!now.containsKey(name)) {
                out.about(DeletedElement.fullName(pair.current(), name)).add(DeletedElement.location(pair.current(), name), enumType.source().locationOrFile(),
                        "Previously present enum \"" + name + "\" was deleted from file.");
            }
        });
    }
}
