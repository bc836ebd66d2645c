package dev.protovet.engine.model;

import com.google.protobuf.DescriptorProtos.MessageOptions;
import java.util.List;

/** A message, with its nested declarations. {@code nestedName} is the name inside its package ({@code Outer.Inner}). */
public record MessageType(
        String name,
        String nestedName,
        String fullName,
        List<Field> fields,
        List<Oneof> oneofs,
        List<MessageType> nestedMessages,
        List<EnumType> enums,
        List<Field> extensions,
        List<TagRange> reservedRanges,
        List<String> reservedNames,
        List<TagRange> extensionRanges,
        MessageOptions options,
        Features features,
        Source source) {

    /** Highest field number of a message. */
    public static final int MAX_FIELD_NUMBER = 536_870_911;
    /** Highest field number of a message using the message-set wire format. */
    public static final int MAX_MESSAGE_SET_NUMBER = 2_147_483_646;

    public boolean mapEntry() {
        return options.getMapEntry();
    }

    public boolean messageSetWireFormat() {
        return options.getMessageSetWireFormat();
    }

    public int maxFieldNumber() {
        return messageSetWireFormat() ? MAX_MESSAGE_SET_NUMBER : MAX_FIELD_NUMBER;
    }
}
