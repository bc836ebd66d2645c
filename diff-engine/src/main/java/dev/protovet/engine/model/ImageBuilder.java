package dev.protovet.engine.model;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.Edition;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Builds the immutable model of an image from descriptor protos, in one pass per file. */
public final class ImageBuilder {

    // Field numbers of descriptor.proto, used as SourceCodeInfo path elements.
    static final int FILE_MESSAGE = 4, FILE_ENUM = 5, FILE_SERVICE = 6, FILE_EXTENSION = 7;
    static final int MESSAGE_FIELD = 2, MESSAGE_NESTED = 3, MESSAGE_ENUM = 4, MESSAGE_EXTENSION = 6, MESSAGE_ONEOF = 8;
    static final int ENUM_VALUE = 2, SERVICE_METHOD = 2, FIELD_TYPE_NAME = 6;

    private ImageBuilder() {
    }

    /** Builds an image; {@code isImport} tells which files are only imports. */
    public static Image build(List<FileDescriptorProto> protos, Predicate<FileDescriptorProto> isImport) {
        List<ProtoFile> files = new ArrayList<>(protos.size());
        for (FileDescriptorProto proto : protos) {
            files.add(file(proto, isImport.test(proto)));
        }
        return new Image(files);
    }

    /** Builds an image where the named files are the targets and every other file is an import. */
    public static Image build(List<FileDescriptorProto> protos, Set<String> targets) {
        return build(protos, p -> !targets.contains(p.getName()));
    }

    static ProtoFile file(FileDescriptorProto proto, boolean isImport) {
        return file(proto, SourceInfo.of(proto.getName(), proto.getSourceCodeInfo()), isImport);
    }

    /** Builds one file whose source info is given separately (for example, still serialized). */
    public static ProtoFile file(FileDescriptorProto proto, SourceInfo info, boolean isImport) {
        Source root = new Source(info, new int[0]);
        Syntax syntax = Syntax.of(proto.getSyntax());
        Edition edition = switch (syntax) {
            case PROTO2 -> Edition.EDITION_PROTO2;
            case PROTO3 -> Edition.EDITION_PROTO3;
            case EDITIONS -> proto.getEdition();
        };
        Features features = Features.defaults(edition).override(proto.getOptions().getFeatures());
        FileContext ctx = new FileContext(proto.getPackage(), syntax, edition, proto.getOptions());

        List<MessageType> messages = new ArrayList<>();
        for (int i = 0; i < proto.getMessageTypeCount(); i++) {
            messages.add(ctx.message(proto.getMessageType(i), "", root.child(FILE_MESSAGE, i), features, null));
        }
        List<EnumType> enums = new ArrayList<>();
        for (int i = 0; i < proto.getEnumTypeCount(); i++) {
            enums.add(ctx.enumType(proto.getEnumType(i), "", root.child(FILE_ENUM, i), features));
        }
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < proto.getServiceCount(); i++) {
            services.add(ctx.service(proto.getService(i), root.child(FILE_SERVICE, i)));
        }
        List<Field> extensions = new ArrayList<>();
        for (int i = 0; i < proto.getExtensionCount(); i++) {
            extensions.add(ctx.field(proto.getExtension(i), null, "", List.of(), List.of(), false,
                    root.child(FILE_EXTENSION, i), features));
        }
        return new ProtoFile(proto.getName(), proto.getPackage(), syntax, edition, proto.getOptions(),
                List.copyOf(proto.getDependencyList()), List.copyOf(messages), List.copyOf(enums),
                List.copyOf(services), List.copyOf(extensions), features, isImport, root);
    }

    private record FileContext(String packageName, Syntax syntax, Edition edition,
                               com.google.protobuf.DescriptorProtos.FileOptions fileOptions) {

        String qualify(String scope, String name) {
            String nested = scope.isEmpty() ? name : scope + "." + name;
            return packageName.isEmpty() ? nested : packageName + "." + nested;
        }

        /**
         * @param mapFieldType for a map entry that protoc gave no span, the type of the map field declaring it: the
         *                     entry and its key and value are reported there, as buf does
         */
        MessageType message(DescriptorProto proto, String scope, Source declared, Features parent, Source mapFieldType) {
            Source source = mapFieldType == null ? declared : declared.orElse(mapFieldType);
            String nestedName = scope.isEmpty() ? proto.getName() : scope + "." + proto.getName();
            Features features = parent.override(proto.getOptions().getFeatures());

            List<Oneof> oneofs = new ArrayList<>();
            for (int i = 0; i < proto.getOneofDeclCount(); i++) {
                int index = i;
                boolean synthetic = proto.getFieldList().stream()
                        .anyMatch(f -> f.hasOneofIndex() && f.getOneofIndex() == index && f.getProto3Optional());
                oneofs.add(new Oneof(proto.getOneofDecl(i).getName(), synthetic, source.child(MESSAGE_ONEOF, i)));
            }
            List<Field> fields = new ArrayList<>();
            for (int i = 0; i < proto.getFieldCount(); i++) {
                FieldDescriptorProto field = proto.getField(i);
                Features fieldParent = field.hasOneofIndex() && field.getOneofIndex() < proto.getOneofDeclCount()
                        ? features.override(proto.getOneofDecl(field.getOneofIndex()).getOptions().getFeatures())
                        : features;
                fields.add(field(field, proto, nestedName, oneofs, proto.getNestedTypeList(),
                        proto.getOptions().getMapEntry(), source.child(MESSAGE_FIELD, i), fieldParent));
            }
            List<MessageType> nested = new ArrayList<>();
            for (int i = 0; i < proto.getNestedTypeCount(); i++) {
                DescriptorProto nestedProto = proto.getNestedType(i);
                nested.add(message(nestedProto, nestedName, source.child(MESSAGE_NESTED, i), features,
                        nestedProto.getOptions().getMapEntry() ? mapFieldType(proto, nestedProto, source) : null));
            }
            List<EnumType> enums = new ArrayList<>();
            for (int i = 0; i < proto.getEnumTypeCount(); i++) {
                enums.add(enumType(proto.getEnumType(i), nestedName, source.child(MESSAGE_ENUM, i), features));
            }
            List<Field> extensions = new ArrayList<>();
            for (int i = 0; i < proto.getExtensionCount(); i++) {
                extensions.add(field(proto.getExtension(i), proto, nestedName, List.of(), List.of(), false,
                        source.child(MESSAGE_EXTENSION, i), features));
            }
            List<TagRange> reserved = proto.getReservedRangeList().stream()
                    .map(r -> new TagRange(r.getStart(), r.getEnd() - 1)).toList();
            List<TagRange> extensionRanges = proto.getExtensionRangeList().stream()
                    .map(r -> new TagRange(r.getStart(), r.getEnd() - 1)).toList();
            return new MessageType(proto.getName(), nestedName, qualify(scope, proto.getName()), List.copyOf(fields),
                    List.copyOf(oneofs), List.copyOf(nested), List.copyOf(enums), List.copyOf(extensions), reserved,
                    List.copyOf(proto.getReservedNameList()), extensionRanges, proto.getOptions(), features, source);
        }

        Field field(FieldDescriptorProto proto, DescriptorProto parent, String scope, List<Oneof> oneofs,
                    List<DescriptorProto> siblings, boolean inMapEntry, Source source, Features parentFeatures) {
            Features features = parentFeatures.override(proto.getOptions().getFeatures());
            FieldKind kind = FieldKind.of(proto.getType());
            if (kind == FieldKind.MESSAGE
                    && features.messageEncoding() == com.google.protobuf.DescriptorProtos.FeatureSet.MessageEncoding.DELIMITED
                    && !isMapEntryType(proto.getTypeName(), siblings)) {
                kind = FieldKind.GROUP;
            }
            boolean extension = proto.hasExtendee();
            String fullName = extension ? qualify(scope, proto.getName()) : proto.getName();
            String extendee = extension ? stripDot(proto.getExtendee()) : null;
            Oneof oneof = !extension && proto.hasOneofIndex() && proto.getOneofIndex() < oneofs.size()
                    ? oneofs.get(proto.getOneofIndex()) : null;
            boolean map = proto.getLabel() == FieldDescriptorProto.Label.LABEL_REPEATED && kind == FieldKind.MESSAGE
                    && isMapEntryType(proto.getTypeName(), siblings);
            String jsonName = proto.hasJsonName() ? proto.getJsonName() : defaultJsonName(proto.getName());
            return new Field(proto.getName(), fullName, proto.getNumber(), proto.getLabel(), proto.getType(), kind,
                    proto.getTypeName(), extendee, jsonName, proto.hasDefaultValue() ? proto.getDefaultValue() : null,
                    oneof, proto.getOptions(), features, parent == null ? null : parent.getName(), inMapEntry, map,
                    syntax, edition, fileOptions, source);
        }

        EnumType enumType(EnumDescriptorProto proto, String scope, Source source, Features parent) {
            Features features = parent.override(proto.getOptions().getFeatures());
            List<EnumValue> values = new ArrayList<>();
            for (int i = 0; i < proto.getValueCount(); i++) {
                EnumValueDescriptorProto value = proto.getValue(i);
                values.add(new EnumValue(value.getName(), value.getNumber(), proto.getName(), value.getOptions(),
                        source.child(ENUM_VALUE, i)));
            }
            List<TagRange> reserved = proto.getReservedRangeList().stream()
                    .map(r -> new TagRange(r.getStart(), r.getEnd())).toList();
            String nestedName = scope.isEmpty() ? proto.getName() : scope + "." + proto.getName();
            return new EnumType(proto.getName(), nestedName, qualify(scope, proto.getName()), List.copyOf(values),
                    reserved, List.copyOf(proto.getReservedNameList()), proto.getOptions(), features, source);
        }

        Service service(ServiceDescriptorProto proto, Source source) {
            List<Method> methods = new ArrayList<>();
            for (int i = 0; i < proto.getMethodCount(); i++) {
                MethodDescriptorProto m = proto.getMethod(i);
                methods.add(new Method(m.getName(), proto.getName(), stripDot(m.getInputType()),
                        stripDot(m.getOutputType()), m.getClientStreaming(), m.getServerStreaming(), m.getOptions(),
                        source.child(SERVICE_METHOD, i)));
            }
            return new Service(proto.getName(), qualify("", proto.getName()), List.copyOf(methods), source);
        }

        /** The type-name span of the field that declares a map entry. */
        private static Source mapFieldType(DescriptorProto parent, DescriptorProto entry, Source parentSource) {
            for (int i = 0; i < parent.getFieldCount(); i++) {
                String typeName = parent.getField(i).getTypeName();
                if (typeName.endsWith("." + entry.getName())) {
                    return parentSource.child(MESSAGE_FIELD, i, FIELD_TYPE_NAME);
                }
            }
            return null;
        }

        private static boolean isMapEntryType(String typeName, List<DescriptorProto> siblings) {
            String simple = typeName.substring(typeName.lastIndexOf('.') + 1);
            for (DescriptorProto sibling : siblings) {
                if (sibling.getName().equals(simple) && sibling.getOptions().getMapEntry()) {
                    return true;
                }
            }
            return false;
        }
    }

    static String stripDot(String name) {
        return name.startsWith(".") ? name.substring(1) : name;
    }

    /** protoc's default JSON name: lowerCamelCase of the field name. */
    public static String defaultJsonName(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else if (upper) {
                out.append(Character.toUpperCase(c));
                upper = false;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
