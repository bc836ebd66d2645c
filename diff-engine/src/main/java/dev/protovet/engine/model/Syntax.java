package dev.protovet.engine.model;

/** The syntax a file declares; proto2 when it declares none. */
public enum Syntax {
    PROTO2("proto2"), PROTO3("proto3"), EDITIONS("editions");

    private final String text;

    Syntax(String text) {
        this.text = text;
    }

    public static Syntax of(String declared) {
        return switch (declared) {
            case "proto3" -> PROTO3;
            case "editions" -> EDITIONS;
            default -> PROTO2;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
