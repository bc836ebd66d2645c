package dev.protovet.registry.model;

/** A schema id as clients name it: an id within a context ({@code .} is the default context). */
public record SchemaKey(String context, int id) {
    public static final String DEFAULT_CONTEXT = ".";

    public static SchemaKey inDefaultContext(int id) {
        return new SchemaKey(DEFAULT_CONTEXT, id);
    }

    public boolean defaultContext() {
        return DEFAULT_CONTEXT.equals(context);
    }
}
