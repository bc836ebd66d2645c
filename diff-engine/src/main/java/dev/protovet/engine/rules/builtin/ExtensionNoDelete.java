package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Field;
import dev.protovet.engine.pair.Declarations;
import dev.protovet.engine.pair.FilePair;
import dev.protovet.engine.rules.FilePairRule;
import dev.protovet.engine.rules.Findings;
import java.util.Map;

/** EXTENSION_NO_DELETE: an extension may not disappear from its file. */
public final class ExtensionNoDelete implements FilePairRule {
    @Override
    public void check(FilePair pair, Findings out) {
        Map<String, Field> now = Declarations.nestedExtensions(pair.current());
        Declarations.nestedExtensions(pair.previous()).forEach((name, extension) -> {
            if (!now.containsKey(name)) {
                out.about(DeletedElement.fullName(pair.current(), name)).add(DeletedElement.location(pair.current(), name), extension.source().locationOrFile(),
                        "Previously present extension \"" + name + "\" was deleted from file.");
            }
        });
    }
}
