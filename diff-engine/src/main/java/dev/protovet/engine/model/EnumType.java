package dev.protovet.engine.model;

import com.google.protobuf.DescriptorProtos.EnumOptions;
import com.google.protobuf.DescriptorProtos.FeatureSet;
import java.util.List;

/** An enum. {@code nestedName} is the name inside its package ({@code Outer.Kind}). */
public record EnumType(
        String name,
        String nestedName,
        String fullName,
        List<EnumValue> values,
        List<TagRange> reservedRanges,
        List<String> reservedNames,
        EnumOptions options,
        Features features,
        Source source) {

    /** Highest enum number. */
    public static final int MAX_NUMBER = Integer.MAX_VALUE;

    public boolean closed() {
        return features.enumType() == FeatureSet.EnumType.CLOSED;
    }
}
