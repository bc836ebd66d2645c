package dev.protovet.engine.model;

import com.google.protobuf.DescriptorProtos.Edition;
import com.google.protobuf.DescriptorProtos.FileOptions;
import java.util.List;

/** One .proto file of an image. {@code isImport} marks files that are only there because a target imports them. */
public record ProtoFile(
        String path,
        String packageName,
        Syntax syntax,
        Edition edition,
        FileOptions options,
        List<String> dependencies,
        List<MessageType> messages,
        List<EnumType> enums,
        List<Service> services,
        List<Field> extensions,
        Features features,
        boolean isImport,
        Source source) {
}
