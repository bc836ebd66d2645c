package dev.protovet.registry.core;

import com.github.benmanes.caffeine.cache.Cache;
import dev.protovet.registry.schema.CompiledSchema;

/** The message codec of each schema id, built once from its compiled schema and kept while memory allows. */
public final class MessageCodecs {
    private static final int HEAP_PER_DESCRIPTOR_BYTE = 16;
    private final SchemaReads schemas;
    private final Cache<Integer, Sized> byId;

    private record Sized(MessageCodec codec, int weight) {
    }

    MessageCodecs(SchemaReads schemas, Caches caches) {
        this.schemas = schemas;
        // codecs are built from compiled schemas and share their budget
        this.byId = caches.create("message_codecs", caches.limits().compiledBytes() / 4, (id, c) -> c.weight());
    }

    /** Reads and writes messages of schema {@code id} (binary protobuf and Confluent's framing to and from JSON). */
    public MessageCodec of(int id) {
        return byId.get(id, k -> {
            CompiledSchema compiled = schemas.compiled(k);
            long bytes = compiled.file().getSerializedSize() + compiled.dependencies().stream()
                    .mapToLong(f -> f.getSerializedSize()).sum();
            return new Sized(new MessageCodec(compiled), (int) Math.min(Integer.MAX_VALUE, bytes * HEAP_PER_DESCRIPTOR_BYTE));
        }).codec();
    }
}
