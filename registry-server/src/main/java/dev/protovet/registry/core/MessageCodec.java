package dev.protovet.registry.core;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.TypeRegistry;
import com.google.protobuf.util.JsonFormat;
import dev.protovet.registry.schema.CompiledSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns binary protobuf messages of a registered schema into JSON and back, so that traffic can be read and written
 * with curl. Understands Confluent's wire format: magic byte 0, a 4-byte schema id, then the message-index path as
 * zig-zag varints (a lone 0 byte for the first top-level message), then the payload.
 */
public final class MessageCodec {
    private final FileDescriptor file;
    private final TypeRegistry types;

    public MessageCodec(CompiledSchema schema) {
        Map<String, FileDescriptor> built = new HashMap<>();
        for (FileDescriptorProto dependency : schema.dependencies()) {
            build(dependency, built);
        }
        this.file = build(schema.file(), built);
        TypeRegistry.Builder registry = TypeRegistry.newBuilder();
        built.values().forEach(f -> f.getMessageTypes().forEach(registry::add));
        this.types = registry.build();
    }

    /**
     * A decoded message: its type, the schema id or GUID from the framing (null when the framing has none), and its
     * JSON.
     */
    public record Decoded(String messageType, Integer schemaId, String guid, String json) {
    }

    /** How an encoded message is framed: not at all, with Confluent's id (magic 0) or with its GUID (magic 1). */
    public sealed interface Framing {
        record None() implements Framing {
        }

        record SchemaId(int id) implements Framing {
        }

        record Guid(String guid) implements Framing {
        }
    }

    /** An encoded message and the type it was encoded as. */
    public record Encoded(String messageType, byte[] bytes) {
    }

    /**
     * Decodes {@code body}; {@code messageType} may be null when the framing's message indexes say which type it is,
     * or when the schema has a single top-level message.
     */
    public Decoded decode(byte[] body, String messageType) {
        Integer schemaId = null;
        String guid = null;
        List<Integer> indexes = List.of();
        CodedInputStream in = CodedInputStream.newInstance(body);
        // a protobuf payload never starts with 0 or 1 (field number 0 is invalid), so a leading 0 is Confluent's
        // magic byte before a 4-byte id, and a leading 1 its magic byte before a 16-byte GUID
        if (body.length >= 5 && (body[0] == 0 || body[0] == 1 && body.length >= 17)) {
            try {
                if (in.readRawByte() == 0) {
                    schemaId = ByteBuffer.wrap(in.readRawBytes(4)).getInt();
                } else {
                    ByteBuffer bytes = ByteBuffer.wrap(in.readRawBytes(16));
                    guid = new UUID(bytes.getLong(), bytes.getLong()).toString();
                }
                indexes = readIndexes(in);
            } catch (IOException e) {
                throw RegistryException.badRequest("the Confluent framing ends inside its message indexes");
            }
        }
        Descriptor type = messageType != null ? find(messageType) : byIndexes(indexes);
        byte[] payload = Arrays.copyOfRange(body, in.getTotalBytesRead(), body.length);
        try {
            DynamicMessage message = DynamicMessage.parseFrom(type, payload);
            String json = JsonFormat.printer().usingTypeRegistry(types).print(message);
            return new Decoded(type.getFullName(), schemaId, guid, json);
        } catch (InvalidProtocolBufferException e) {
            throw RegistryException.badRequest("the body is not a valid " + type.getFullName() + ": " + e.getMessage());
        }
    }

    /** Encodes JSON as {@code messageType}, framed as Confluent's serializers frame it, or not. */
    public Encoded encode(String json, String messageType, Framing framing) {
        Descriptor type = messageType != null ? find(messageType) : byIndexes(List.of());
        DynamicMessage.Builder builder = DynamicMessage.newBuilder(type);
        try {
            JsonFormat.parser().usingTypeRegistry(types).merge(json, builder);
        } catch (InvalidProtocolBufferException e) {
            throw RegistryException.badRequest("the body is not " + type.getFullName() + " as JSON: " + e.getMessage());
        }
        byte[] payload = builder.build().toByteArray();
        if (framing instanceof Framing.None) {
            return new Encoded(type.getFullName(), payload);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            if (framing instanceof Framing.SchemaId id) {
                out.writeRawByte(0);
                out.writeRawBytes(ByteBuffer.allocate(4).putInt(id.id()).array());
            } else if (framing instanceof Framing.Guid g) {
                UUID uuid = UUID.fromString(g.guid());
                out.writeRawByte(1);
                out.writeRawBytes(ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                        .putLong(uuid.getLeastSignificantBits()).array());
            }
            writeIndexes(out, indexesOf(type));
            out.writeRawBytes(payload);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return new Encoded(type.getFullName(), bytes.toByteArray());
    }

    private Descriptor find(String name) {
        String wanted = name.startsWith(".") ? name.substring(1) : name;
        String local = file.getPackage().isEmpty() ? wanted : wanted.substring(
                wanted.startsWith(file.getPackage() + ".") ? file.getPackage().length() + 1 : 0);
        Descriptor found = findNested(file.getMessageTypes(), local);
        if (found == null) {
            found = types.find(wanted);
        }
        if (found == null) {
            throw RegistryException.badRequest("message type '" + name + "' is not in this schema; it has "
                    + file.getMessageTypes().stream().map(Descriptor::getFullName).toList());
        }
        return found;
    }

    private static Descriptor findNested(List<Descriptor> scope, String dotted) {
        int dot = dotted.indexOf('.');
        String head = dot < 0 ? dotted : dotted.substring(0, dot);
        for (Descriptor d : scope) {
            if (d.getName().equals(head)) {
                return dot < 0 ? d : findNested(d.getNestedTypes(), dotted.substring(dot + 1));
            }
        }
        return null;
    }

    private Descriptor byIndexes(List<Integer> indexes) {
        if (file.getMessageTypes().isEmpty()) {
            throw RegistryException.badRequest("the schema has no message types");
        }
        if (indexes.isEmpty() && file.getMessageTypes().size() > 1) {
            throw RegistryException.badRequest("the schema has several message types; say which with ?message=");
        }
        List<Descriptor> scope = file.getMessageTypes();
        Descriptor d = null;
        for (int index : indexes.isEmpty() ? List.of(0) : indexes) {
            if (index < 0 || index >= scope.size()) {
                throw RegistryException.badRequest("message index " + indexes + " is not in this schema");
            }
            d = scope.get(index);
            scope = d.getNestedTypes();
        }
        return d;
    }

    private static List<Integer> indexesOf(Descriptor type) {
        List<Integer> path = new ArrayList<>();
        for (Descriptor d = type; d != null; d = d.getContainingType()) {
            path.add(0, d.getIndex());
        }
        return path;
    }

    /** Confluent's message indexes: a zig-zag varint count, then as many zig-zag varints; a lone 0 means [0]. */
    private static List<Integer> readIndexes(CodedInputStream in) throws IOException {
        int count = in.readSInt32();
        if (count == 0) {
            return List.of(0);
        }
        if (count < 0 || count > 64) {
            throw RegistryException.badRequest("the Confluent framing has an invalid message-index count " + count);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(in.readSInt32());
        }
        return out;
    }

    private static void writeIndexes(CodedOutputStream out, List<Integer> indexes) throws IOException {
        if (indexes.equals(List.of(0))) {
            out.writeSInt32NoTag(0);
            return;
        }
        out.writeSInt32NoTag(indexes.size());
        for (int index : indexes) {
            out.writeSInt32NoTag(index);
        }
    }

    private static FileDescriptor build(FileDescriptorProto proto, Map<String, FileDescriptor> built) {
        FileDescriptor done = built.get(proto.getName());
        if (done != null) {
            return done;
        }
        List<FileDescriptor> deps = new ArrayList<>();
        for (String name : proto.getDependencyList()) {
            FileDescriptor dep = built.get(name);
            if (dep != null) {
                deps.add(dep);
            }
        }
        try {
            FileDescriptor file = FileDescriptor.buildFrom(proto, deps.toArray(new FileDescriptor[0]), true);
            built.put(proto.getName(), file);
            return file;
        } catch (DescriptorValidationException e) {
            throw new IllegalStateException("a registered schema does not build: " + e.getMessage(), e);
        }
    }
}
