package dev.protovet.registry.schema;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumOptions;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueOptions;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldOptions;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileOptions;
import com.google.protobuf.DescriptorProtos.MessageOptions;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodOptions;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import com.google.protobuf.DescriptorProtos.OneofOptions;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceOptions;
import com.google.protobuf.Message;
import com.squareup.wire.Syntax;
import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.Extend;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Rpc;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.Service;
import com.squareup.wire.schema.internal.parser.EnumConstantElement;
import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.ExtendElement;
import com.squareup.wire.schema.internal.parser.ExtensionsElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.OneOfElement;
import com.squareup.wire.schema.internal.parser.OptionElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ReservedElement;
import com.squareup.wire.schema.internal.parser.RpcElement;
import com.squareup.wire.schema.internal.parser.ServiceElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kotlin.ranges.IntRange;

/**
 * Converts one parsed file into the {@code FileDescriptorProto} protoc would produce. The structure comes from
 * Wire's parse tree (it keeps reserved ranges, extension ranges and declared json names, which the linked model
 * drops or hides); fully qualified type names come from Wire's linked schema. Children of one kind appear in the
 * order they were written, as in protoc: Wire files fields and oneofs apart, so they are merged back by location.
 */
final class DescriptorConverter {
    private static final int MAX_FIELD_NUMBER = dev.protovet.engine.model.MessageType.MAX_FIELD_NUMBER;
    private static final Comparator<Location> WRITTEN_ORDER =
            Comparator.comparingInt(Location::getLine).thenComparingInt(Location::getColumn);

    private final Schema schema;

    DescriptorConverter(Schema schema) {
        this.schema = schema;
    }

    /** The descriptor of {@code element}, linked in the schema as {@code linked}, named {@code name}. */
    FileDescriptorProto convert(String name, ProtoFileElement element, ProtoFile linked, SourceLayout layout) {
        FileDescriptorProto.Builder file = FileDescriptorProto.newBuilder().setName(name);
        String packageName = element.getPackageName();
        if (packageName != null && !packageName.isEmpty()) {
            file.setPackage(packageName);
        }
        List<SourceLayout.Import> imports = layout.imports();
        for (int i = 0; i < imports.size(); i++) {
            file.addDependency(imports.get(i).path());
            if (imports.get(i).isPublic()) {
                file.addPublicDependency(i);
            }
            if (imports.get(i).isWeak()) {
                file.addWeakDependency(i);
            }
        }
        String prefix = packageName == null || packageName.isEmpty() ? "" : packageName + ".";
        for (TypeElement type : element.getTypes()) {
            if (type instanceof MessageElement message) {
                file.addMessageType(message(message, prefix + message.getName()));
            } else if (type instanceof EnumElement enumeration) {
                file.addEnumType(enumeration(enumeration));
            }
        }
        List<ServiceElement> services = element.getServices();
        for (int i = 0; i < services.size(); i++) {
            ServiceElement service = services.get(i);
            file.addService(service(service, schema.getService(prefix + service.getName()), i, layout));
        }
        List<ExtendElement> extendElements = element.getExtendDeclarations();
        for (int i = 0; i < extendElements.size(); i++) {
            Extend extend = linked.getExtendList().get(i);
            Map<String, Field> extendFields = ByName.of(extend.getFields(), Field::getName);
            for (FieldElement field : extendElements.get(i).getFields()) {
                file.addExtension(extension(field, extendFields, extend, element.getSyntax()));
            }
        }
        options(FileOptions.getDefaultInstance(), element.getOptions()).ifPresent(file::setOptions);
        if (element.getSyntax() == Syntax.PROTO_3) {
            file.setSyntax("proto3");
        }
        return file.setSourceCodeInfo(layout.sourceCodeInfo()).build();
    }

    private DescriptorProto message(MessageElement element, String qualifiedName) {
        MessageType linked = (MessageType) schema.getType(qualifiedName);
        Syntax syntax = linked.getSyntax();
        if (!element.getGroups().isEmpty()) {
            Location at = element.getGroups().get(0).getLocation();
            throw new SchemaProblem(at.getLine(), at.getColumn(), "groups are not supported");
        }
        DescriptorProto.Builder message = DescriptorProto.newBuilder().setName(element.getName());

        List<Declared> fields = new ArrayList<>();
        element.getFields().forEach(f -> fields.add(new Declared(f, -1)));
        List<OneOfElement> oneOfs = element.getOneOfs();
        for (int i = 0; i < oneOfs.size(); i++) {
            OneOfElement oneOf = oneOfs.get(i);
            if (!oneOf.getGroups().isEmpty()) {
                Location at = oneOf.getGroups().get(0).getLocation();
                throw new SchemaProblem(at.getLine(), at.getColumn(), "groups are not supported");
            }
            int index = i;
            oneOf.getFields().forEach(f -> fields.add(new Declared(f, index)));
            OneofDescriptorProto.Builder oneof = OneofDescriptorProto.newBuilder().setName(oneOf.getName());
            options(OneofOptions.getDefaultInstance(), oneOf.getOptions()).ifPresent(oneof::setOptions);
            message.addOneofDecl(oneof);
        }
        fields.sort(Comparator.comparing(d -> d.field().getLocation(), WRITTEN_ORDER));

        // nested messages and map entries share one list, in the order written
        List<Nested> nested = new ArrayList<>();
        Set<String> takenNames = new HashSet<>();
        List<FieldDescriptorProto.Builder> proto3Optionals = new ArrayList<>();
        List<FieldDescriptorProto.Builder> fieldBuilders = new ArrayList<>();
        Map<String, Field> linkedFields = ByName.of(linked.getFieldsAndOneOfFields(), Field::getName);
        for (Declared declared : fields) {
            FieldElement fieldElement = declared.field();
            Field field = linkedFields.get(fieldElement.getName());
            FieldDescriptorProto.Builder descriptor = field(fieldElement, field.getType(), syntax);
            takenNames.add(fieldElement.getName());
            if (field.getType().isMap()) {
                String entryName = mapEntryName(fieldElement.getName());
                descriptor.setLabel(FieldDescriptorProto.Label.LABEL_REPEATED)
                        .setType(FieldDescriptorProto.Type.TYPE_MESSAGE)
                        .setTypeName("." + qualifiedName + "." + entryName);
                nested.add(new Nested(fieldElement.getLocation(), mapEntry(entryName, field.getType())));
            }
            if (declared.oneOf() >= 0) {
                descriptor.setOneofIndex(declared.oneOf());
            } else if (syntax == Syntax.PROTO_3 && fieldElement.getLabel() == Field.Label.OPTIONAL) {
                descriptor.setProto3Optional(true);
                proto3Optionals.add(descriptor);
            }
            fieldBuilders.add(descriptor);
        }
        oneOfs.forEach(o -> takenNames.add(o.getName()));
        // protoc's synthetic oneofs: after the real ones, "_" + field name, prefixed with X while that is taken
        for (FieldDescriptorProto.Builder optional : proto3Optionals) {
            String name = "_" + optional.getName();
            while (takenNames.contains(name)) {
                name = "X" + name;
            }
            takenNames.add(name);
            optional.setOneofIndex(message.getOneofDeclCount());
            message.addOneofDecl(OneofDescriptorProto.newBuilder().setName(name));
        }
        fieldBuilders.forEach(message::addField);

        for (TypeElement type : element.getNestedTypes()) {
            if (type instanceof MessageElement nestedMessage) {
                nested.add(new Nested(type.getLocation(),
                        message(nestedMessage, qualifiedName + "." + nestedMessage.getName())));
            } else if (type instanceof EnumElement nestedEnum) {
                message.addEnumType(enumeration(nestedEnum));
            }
        }
        nested.sort(Comparator.comparing(Nested::location, WRITTEN_ORDER));
        nested.forEach(n -> message.addNestedType(n.message()));

        for (ExtensionsElement extensions : element.getExtensions()) {
            for (Object value : extensions.getValues()) {
                int[] range = range(value);
                message.addExtensionRange(DescriptorProto.ExtensionRange.newBuilder()
                        .setStart(range[0]).setEnd(range[1] + 1));
            }
        }
        List<ExtendElement> extendElements = element.getExtendDeclarations();
        for (int i = 0; i < extendElements.size(); i++) {
            Extend extend = linked.getNestedExtendList().get(i);
            Map<String, Field> extendFields = ByName.of(extend.getFields(), Field::getName);
            for (FieldElement field : extendElements.get(i).getFields()) {
                message.addExtension(extension(field, extendFields, extend, syntax));
            }
        }
        options(MessageOptions.getDefaultInstance(), element.getOptions()).ifPresent(message::setOptions);
        for (ReservedElement reserved : element.getReserveds()) {
            for (Object value : reserved.getValues()) {
                if (value instanceof String name) {
                    message.addReservedName(name);
                } else {
                    int[] range = range(value);
                    message.addReservedRange(DescriptorProto.ReservedRange.newBuilder()
                            .setStart(range[0]).setEnd(range[1] + 1));
                }
            }
        }
        return message.build();
    }

    private record Declared(FieldElement field, int oneOf) {
    }

    private record Nested(Location location, DescriptorProto message) {
    }

    private FieldDescriptorProto extension(FieldElement element, Map<String, Field> fields, Extend extend,
                                           Syntax syntax) {
        Field field = fields.get(element.getName());
        return field(element, field.getType(), syntax).setExtendee("." + extend.getType()).build();
    }

    private FieldDescriptorProto.Builder field(FieldElement element, ProtoType type, Syntax syntax) {
        FieldDescriptorProto.Builder field = FieldDescriptorProto.newBuilder()
                .setName(element.getName())
                .setNumber(element.getTag())
                .setLabel(label(element.getLabel()));
        setType(field, type);
        if (element.getDefaultValue() != null) {
            field.setDefaultValue(DefaultValues.forDescriptor(field.getType(), element.getDefaultValue()));
        }
        field.setJsonName(element.getJsonName() != null ? element.getJsonName() : jsonName(element.getName()));
        options(FieldOptions.getDefaultInstance(), element.getOptions()).ifPresent(field::setOptions);
        return field;
    }

    private void setType(FieldDescriptorProto.Builder field, ProtoType type) {
        if (type.isScalar()) {
            field.setType(FieldDescriptorProto.Type.valueOf("TYPE_" + type.toString().toUpperCase()));
        } else if (!type.isMap()) {
            field.setType(schema.getType(type) instanceof EnumType
                    ? FieldDescriptorProto.Type.TYPE_ENUM : FieldDescriptorProto.Type.TYPE_MESSAGE);
            field.setTypeName("." + type);
        }
    }

    private DescriptorProto mapEntry(String name, ProtoType mapType) {
        FieldDescriptorProto.Builder key = FieldDescriptorProto.newBuilder().setName("key").setNumber(1)
                .setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL).setJsonName("key");
        setType(key, mapType.getKeyType());
        FieldDescriptorProto.Builder value = FieldDescriptorProto.newBuilder().setName("value").setNumber(2)
                .setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL).setJsonName("value");
        setType(value, mapType.getValueType());
        return DescriptorProto.newBuilder().setName(name).addField(key).addField(value)
                .setOptions(MessageOptions.newBuilder().setMapEntry(true)).build();
    }

    private EnumDescriptorProto enumeration(EnumElement element) {
        EnumDescriptorProto.Builder enumeration = EnumDescriptorProto.newBuilder().setName(element.getName());
        for (EnumConstantElement constant : element.getConstants()) {
            EnumValueDescriptorProto.Builder value = EnumValueDescriptorProto.newBuilder()
                    .setName(constant.getName()).setNumber(constant.getTag());
            options(EnumValueOptions.getDefaultInstance(), constant.getOptions()).ifPresent(value::setOptions);
            enumeration.addValue(value);
        }
        options(EnumOptions.getDefaultInstance(), element.getOptions()).ifPresent(enumeration::setOptions);
        for (ReservedElement reserved : element.getReserveds()) {
            for (Object value : reserved.getValues()) {
                if (value instanceof String name) {
                    enumeration.addReservedName(name);
                } else {
                    int[] range = range(value);
                    // Wire reads an enum's "max" as the largest field number; protoc as the largest int32
                    int end = range[1] == MAX_FIELD_NUMBER ? Integer.MAX_VALUE : range[1];
                    enumeration.addReservedRange(EnumDescriptorProto.EnumReservedRange.newBuilder()
                            .setStart(range[0]).setEnd(end));
                }
            }
        }
        return enumeration.build();
    }

    private ServiceDescriptorProto service(ServiceElement element, Service linked, int index, SourceLayout layout) {
        ServiceDescriptorProto.Builder service = ServiceDescriptorProto.newBuilder().setName(element.getName());
        List<RpcElement> rpcs = element.getRpcs();
        Map<String, Rpc> linkedRpcs = ByName.of(linked.rpcs(), Rpc::getName);
        for (int i = 0; i < rpcs.size(); i++) {
            RpcElement rpc = rpcs.get(i);
            Rpc linkedRpc = linkedRpcs.get(rpc.getName());
            MethodDescriptorProto.Builder method = MethodDescriptorProto.newBuilder()
                    .setName(rpc.getName())
                    .setInputType("." + linkedRpc.getRequestType())
                    .setOutputType("." + linkedRpc.getResponseType());
            options(MethodOptions.getDefaultInstance(), rpc.getOptions()).ifPresent(method::setOptions);
            if (layout.methodsWithBody().contains(List.of(FileDescriptorProto.SERVICE_FIELD_NUMBER, index,
                    ServiceDescriptorProto.METHOD_FIELD_NUMBER, i))) {
                method.getOptionsBuilder(); // protoc gives a method written with a body options, even empty ones
            }
            if (rpc.getRequestStreaming()) {
                method.setClientStreaming(true);
            }
            if (rpc.getResponseStreaming()) {
                method.setServerStreaming(true);
            }
            service.addMethod(method);
        }
        options(ServiceOptions.getDefaultInstance(), element.getOptions()).ifPresent(service::setOptions);
        return service.build();
    }

    /** The options message when at least one standard option is set (protoc leaves it out otherwise). */
    private static <T extends Message> java.util.Optional<T> options(T empty, List<OptionElement> options) {
        if (options.isEmpty()) {
            return java.util.Optional.empty();
        }
        T built = StandardOptions.apply(empty, options);
        return built.getAllFields().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(built);
    }

    private static FieldDescriptorProto.Label label(Field.Label label) {
        if (label == Field.Label.REPEATED) {
            return FieldDescriptorProto.Label.LABEL_REPEATED;
        }
        return label == Field.Label.REQUIRED
                ? FieldDescriptorProto.Label.LABEL_REQUIRED : FieldDescriptorProto.Label.LABEL_OPTIONAL;
    }

    /** An Integer or an inclusive IntRange, as Wire's parser gives reserved and extension ranges. */
    private static int[] range(Object value) {
        if (value instanceof IntRange range) {
            return new int[] {range.getFirst(), range.getLast()};
        }
        int single = ((Number) value).intValue();
        return new int[] {single, single};
    }

    /** protoc's name for a map field's entry message: the field name in CamelCase plus {@code Entry}. */
    static String mapEntryName(String fieldName) {
        return camelCase(fieldName, true) + "Entry";
    }

    /** protoc's default JSON name: underscores dropped, the letter after each one upper-cased. */
    static String jsonName(String fieldName) {
        return camelCase(fieldName, false);
    }

    private static String camelCase(String fieldName, boolean upperFirst) {
        StringBuilder out = new StringBuilder();
        boolean upper = upperFirst;
        for (char c : fieldName.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper && c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
