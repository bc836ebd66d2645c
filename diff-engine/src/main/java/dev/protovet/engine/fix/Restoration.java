package dev.protovet.engine.fix;

import java.util.List;

/**
 * A deleted element written back as a deprecated declaration, with the files it needs imported; or, when it cannot
 * be, why ({@code declaration} is then null).
 */
record Restoration(String declaration, List<String> imports, String refusal) {

    Restoration {
        imports = List.copyOf(imports);
    }

    static Restoration of(String declaration, List<String> imports) {
        return new Restoration(declaration, imports, null);
    }

    static Restoration refused(String why) {
        return new Restoration(null, List.of(), why);
    }

    boolean restored() {
        return declaration != null;
    }
}
