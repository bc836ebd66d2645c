package dev.protovet.registry.schema;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Rpc;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.Service;
import com.squareup.wire.schema.Type;
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
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kotlin.ranges.IntRange;

/**
 * The text the registry stores and compares: Wire's printing of the parse tree with every comment dropped, so two
 * schemas that differ only in comments, blank lines or layout get the same text. With {@code normalize}, Confluent's
 * normalization as well: imports sorted and de-duplicated, options sorted by name, fields and oneof members by
 * number, enum constants by number then name, reserved ranges sorted, type references fully qualified; the order of
 * messages and enums is kept. Wire prints fields and oneofs in source order, so a new order is given as new locations.
 */
final class CanonicalText {
    private static final String NO_DOCUMENTATION = "";

    private final Schema schema;
    private final boolean normalize;

    private CanonicalText(Schema schema, boolean normalize) {
        this.schema = schema;
        this.normalize = normalize;
    }

    static String of(ProtoFileElement file, Schema schema, boolean normalize) {
        return new CanonicalText(schema, normalize).print(file);
    }

    private String print(ProtoFileElement file) {
        String prefix = file.getPackageName() == null || file.getPackageName().isEmpty()
                ? "" : file.getPackageName() + ".";
        List<TypeElement> types = new ArrayList<>();
        for (TypeElement type : file.getTypes()) {
            types.add(type(type, prefix + type.getName()));
        }
        List<ServiceElement> services = new ArrayList<>();
        for (ServiceElement service : file.getServices()) {
            services.add(service(service, prefix + service.getName()));
        }
        List<ExtendElement> extensions = new ArrayList<>();
        for (ExtendElement extend : file.getExtendDeclarations()) {
            extensions.add(extend(extend, file.getPackageName() == null ? "" : file.getPackageName()));
        }
        ProtoFileElement clean = new ProtoFileElement(file.getLocation(), file.getPackageName(), file.getSyntax(),
                imports(file.getImports()), imports(file.getPublicImports()), imports(file.getWeakImports()),
                types, services, extensions, options(file.getOptions()));
        return withoutHeader(clean.toSchema());
    }

    /** Wire starts its printing with two comment lines naming itself and the source file; drop them. */
    private static String withoutHeader(String text) {
        StringBuilder out = new StringBuilder();
        boolean blank = true;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("// Proto schema formatted by Wire") || line.startsWith("// Source:")) {
                continue;
            }
            boolean isBlank = line.isBlank();
            if (isBlank && blank) {
                continue; // blank lines: never leading, never two in a row
            }
            out.append(isBlank ? "" : line).append('\n');
            blank = isBlank;
        }
        String result = out.toString();
        while (result.endsWith("\n\n")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    private List<String> imports(List<String> imports) {
        return normalize ? List.copyOf(new TreeSet<>(imports)) : imports;
    }

    private List<OptionElement> options(List<OptionElement> options) {
        if (!normalize) {
            return options;
        }
        List<OptionElement> sorted = new ArrayList<>(options);
        sorted.sort(Comparator.comparing(OptionElement::getName));
        return sorted;
    }

    private TypeElement type(TypeElement type, String qualifiedName) {
        if (type instanceof MessageElement message) {
            return message(message, qualifiedName);
        }
        return enumeration((EnumElement) type);
    }

    private MessageElement message(MessageElement message, String qualifiedName) {
        Type linked = schema.getType(qualifiedName);
        MessageType linkedMessage = linked instanceof MessageType m ? m : null;
        List<TypeElement> nested = new ArrayList<>();
        for (TypeElement type : message.getNestedTypes()) {
            nested.add(type(type, qualifiedName + "." + type.getName()));
        }
        Map<String, Field> linkedFields = linkedMessage == null
                ? Map.of() : ByName.of(linkedMessage.getFieldsAndOneOfFields(), Field::getName);
        List<FieldElement> fields = new ArrayList<>();
        for (FieldElement field : message.getFields()) {
            fields.add(field(field, linkedFields.get(field.getName())));
        }
        List<OneOfElement> oneOfs = new ArrayList<>();
        for (OneOfElement oneOf : message.getOneOfs()) {
            List<FieldElement> members = new ArrayList<>();
            for (FieldElement field : oneOf.getFields()) {
                members.add(field(field, linkedFields.get(field.getName())));
            }
            oneOfs.add(new OneOfElement(oneOf.getName(), NO_DOCUMENTATION, sortedByTag(members), oneOf.getGroups(),
                    options(oneOf.getOptions()), oneOf.getLocation()));
        }
        if (normalize) {
            // fields and oneofs by number (a oneof by its lowest member). Wire prints a oneof where its first member
            // is, in the order of the members' locations: hand it that order as new locations
            List<Object> members = new ArrayList<>(fields);
            members.addAll(oneOfs);
            members.sort(Comparator.comparingInt(CanonicalText::lowestTag));
            fields.clear();
            oneOfs.clear();
            int line = 1;
            for (Object member : members) {
                if (member instanceof FieldElement field) {
                    fields.add(relocated(field, message.getLocation().at(line++, 1)));
                } else {
                    OneOfElement oneOf = (OneOfElement) member;
                    List<FieldElement> relocated = new ArrayList<>();
                    for (FieldElement field : oneOf.getFields()) {
                        relocated.add(relocated(field, message.getLocation().at(line++, 1)));
                    }
                    oneOfs.add(new OneOfElement(oneOf.getName(), NO_DOCUMENTATION, relocated, oneOf.getGroups(),
                            oneOf.getOptions(), oneOf.getLocation()));
                }
            }
        }
        List<ExtensionsElement> extensions = new ArrayList<>();
        for (ExtensionsElement element : message.getExtensions()) {
            extensions.add(new ExtensionsElement(element.getLocation(), NO_DOCUMENTATION,
                    ranges(element.getValues()), options(element.getOptions())));
        }
        List<ExtendElement> extendDeclarations = new ArrayList<>();
        for (ExtendElement extend : message.getExtendDeclarations()) {
            extendDeclarations.add(extend(extend, qualifiedName));
        }
        return new MessageElement(message.getLocation(), message.getName(), NO_DOCUMENTATION, nested,
                options(message.getOptions()), reserveds(message.getReserveds()), fields, oneOfs, extensions,
                message.getGroups(), extendDeclarations);
    }

    private static int lowestTag(Object member) {
        if (member instanceof FieldElement field) {
            return field.getTag();
        }
        return ((OneOfElement) member).getFields().stream().mapToInt(FieldElement::getTag).min().orElse(0);
    }

    private List<FieldElement> sortedByTag(List<FieldElement> fields) {
        if (!normalize) {
            return fields;
        }
        List<FieldElement> sorted = new ArrayList<>(fields);
        sorted.sort(Comparator.comparingInt(FieldElement::getTag));
        return sorted;
    }

    private static FieldElement relocated(FieldElement field, Location at) {
        return new FieldElement(at, field.getLabel(), field.getType(), field.getName(), field.getDefaultValue(),
                field.getJsonName(), field.getTag(), NO_DOCUMENTATION, field.getOptions());
    }

    private FieldElement field(FieldElement field, Field linked) {
        String type = normalize && linked != null ? qualified(linked.getType()) : field.getType();
        String defaultValue = field.getDefaultValue();
        List<OptionElement> options = new ArrayList<>(field.getOptions());
        if (defaultValue != null && (field.getType().equals("string") || field.getType().equals("bytes"))) {
            // Wire prints a bytes default unquoted and control characters raw: write the literal ourselves, as an
            // option whose kind Wire prints verbatim; parsing the text gives the same default back
            String literal = field.getType().equals("bytes")
                    ? "\"" + DefaultValues.escapeBytes(defaultValue) + "\"" : DescriptorPrinter.quote(defaultValue);
            options.add(0, new OptionElement("default", OptionElement.Kind.ENUM, literal, false));
            defaultValue = null;
        }
        return new FieldElement(field.getLocation(), field.getLabel(), type, field.getName(), defaultValue,
                field.getJsonName(), field.getTag(), NO_DOCUMENTATION, options(options));
    }

    private static String qualified(ProtoType type) {
        if (type.isScalar()) {
            return type.toString();
        }
        if (type.isMap()) {
            return "map<" + qualified(type.getKeyType()) + ", " + qualified(type.getValueType()) + ">";
        }
        return "." + type;
    }

    private ExtendElement extend(ExtendElement extend, String scope) {
        com.squareup.wire.schema.Extend linked = findExtend(extend);
        Map<String, Field> linkedFields = linked == null ? Map.of() : ByName.of(linked.getFields(), Field::getName);
        List<FieldElement> fields = new ArrayList<>();
        for (FieldElement field : extend.getFields()) {
            fields.add(field(field, linkedFields.get(field.getName())));
        }
        String name = normalize && linked != null ? "." + linked.getType() : extend.getName();
        return new ExtendElement(extend.getLocation(), name, NO_DOCUMENTATION, sortedByTag(fields));
    }

    private com.squareup.wire.schema.Extend findExtend(ExtendElement extend) {
        for (com.squareup.wire.schema.ProtoFile file : schema.getProtoFiles()) {
            for (com.squareup.wire.schema.Extend candidate : file.getExtendList()) {
                if (candidate.getLocation().equals(extend.getLocation())) {
                    return candidate;
                }
            }
            for (Type type : file.typesAndNestedTypes()) {
                for (com.squareup.wire.schema.Extend candidate : type.getNestedExtendList()) {
                    if (candidate.getLocation().equals(extend.getLocation())) {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }

    private EnumElement enumeration(EnumElement enumeration) {
        List<EnumConstantElement> constants = new ArrayList<>();
        for (EnumConstantElement constant : enumeration.getConstants()) {
            constants.add(new EnumConstantElement(constant.getLocation(), constant.getName(), constant.getTag(),
                    NO_DOCUMENTATION, options(constant.getOptions())));
        }
        if (normalize) {
            constants.sort(Comparator.comparingInt(EnumConstantElement::getTag)
                    .thenComparing(EnumConstantElement::getName));
        }
        return new EnumElement(enumeration.getLocation(), enumeration.getName(), NO_DOCUMENTATION,
                options(enumeration.getOptions()), constants, reserveds(enumeration.getReserveds()));
    }

    private ServiceElement service(ServiceElement service, String qualifiedName) {
        Service linked = schema.getService(qualifiedName);
        Map<String, Rpc> linkedRpcs = linked == null ? Map.of() : ByName.of(linked.rpcs(), Rpc::getName);
        List<RpcElement> rpcs = new ArrayList<>();
        for (RpcElement rpc : service.getRpcs()) {
            Rpc linkedRpc = linkedRpcs.get(rpc.getName());
            boolean qualify = normalize && linkedRpc != null;
            rpcs.add(new RpcElement(rpc.getLocation(), rpc.getName(), NO_DOCUMENTATION,
                    qualify ? "." + linkedRpc.getRequestType() : rpc.getRequestType(),
                    qualify ? "." + linkedRpc.getResponseType() : rpc.getResponseType(),
                    rpc.getRequestStreaming(), rpc.getResponseStreaming(), options(rpc.getOptions())));
        }
        return new ServiceElement(service.getLocation(), service.getName(), NO_DOCUMENTATION, rpcs,
                options(service.getOptions()));
    }

    private List<ReservedElement> reserveds(List<ReservedElement> reserveds) {
        List<ReservedElement> out = new ArrayList<>();
        for (ReservedElement reserved : reserveds) {
            out.add(new ReservedElement(reserved.getLocation(), NO_DOCUMENTATION, ranges(reserved.getValues())));
        }
        return out;
    }

    /** Numbers and ranges by their start, then names; unchanged unless normalizing. */
    private List<Object> ranges(List<Object> values) {
        if (!normalize) {
            return values;
        }
        List<Object> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparing((Object v) -> v instanceof String ? 1 : 0)
                .thenComparingLong(CanonicalText::start)
                .thenComparing(Object::toString));
        return sorted;
    }

    private static long start(Object value) {
        if (value instanceof IntRange range) {
            return range.getFirst();
        }
        return value instanceof Number number ? number.longValue() : 0;
    }
}
