package dev.protovet.engine.model;

import com.google.protobuf.DescriptorProtos.MethodOptions;

/** An RPC. Input and output types are full names without the leading dot. */
public record Method(
        String name,
        String serviceName,
        String inputType,
        String outputType,
        boolean clientStreaming,
        boolean serverStreaming,
        MethodOptions options,
        Source source) {
}
