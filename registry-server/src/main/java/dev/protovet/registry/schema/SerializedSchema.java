package dev.protovet.registry.schema;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Confluent's {@code format=serialized}: base64 of a serialized {@code FileDescriptorProto}, which Confluent's
 * JavaScript, Python and .NET serializers register instead of {@code .proto} text.
 */
public final class SerializedSchema {
    // .proto text always has a ';' or a quote or a space; base64 never does
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\r\\n]+");

    private SerializedSchema() {
    }

    /** The root file's descriptor as base64, without source info (that points into text the client never sent). */
    public static String encode(FileDescriptorProto file) {
        return Base64.getEncoder().encodeToString(file.toBuilder().clearSourceCodeInfo().build().toByteArray());
    }

    /** Whether {@code schema} is base64 (and so no .proto text, which always has a space, quote or ';'). */
    static boolean looksLikeBase64(String schema) {
        String trimmed = schema.strip();
        return !trimmed.isEmpty() && BASE64.matcher(trimmed).matches();
    }

    /** The descriptor {@code schema} encodes, or empty when it is not base64 of a non-empty descriptor. */
    static Optional<FileDescriptorProto> decode(String schema) {
        String trimmed = schema.strip();
        if (trimmed.isEmpty() || !BASE64.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        try {
            FileDescriptorProto file = FileDescriptorProto.parseFrom(Base64.getMimeDecoder().decode(trimmed));
            boolean meaningful = file.hasName() || file.hasPackage() || file.getMessageTypeCount() > 0
                    || file.getEnumTypeCount() > 0 || file.getServiceCount() > 0;
            return meaningful && file.getUnknownFields().asMap().isEmpty() ? Optional.of(file) : Optional.empty();
        } catch (IllegalArgumentException | InvalidProtocolBufferException e) {
            return Optional.empty();
        }
    }
}
