package dev.protovet.engine.pair;

import dev.protovet.engine.model.EnumType;
import dev.protovet.engine.model.EnumValue;
import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.MessageType;
import dev.protovet.engine.model.Method;
import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs previous and current once, the way buf does: files by path; messages, enums and services by full name;
 * fields by number inside a paired message; extensions by extendee and number; enum values by number; RPCs by name.
 * Rules receive pairs and never look anything up themselves.
 */
public final class Pairing {
    private final Declarations previous;
    private final Declarations current;
    private final List<FilePair> files = new ArrayList<>();
    private final List<MessagePair> messages = new ArrayList<>();
    private final List<FieldPair> fields = new ArrayList<>();
    private final List<EnumPair> enums = new ArrayList<>();
    private final List<EnumValuePair> enumValues = new ArrayList<>();
    private final List<ServicePair> services = new ArrayList<>();
    private final List<MethodPair> methods = new ArrayList<>();

    public Pairing(Image previousImage, Image currentImage) {
        this(new Declarations(previousImage), new Declarations(currentImage));
    }

    /** Pairs images indexed already: one image compared with many others is indexed once. */
    public Pairing(Declarations previous, Declarations current) {
        this.previous = previous;
        this.current = current;
        previous.files().forEach((path, file) -> {
            ProtoFile now = current.files().get(path);
            if (now != null) {
                files.add(new FilePair(file, now));
            }
        });
        previous.messages().forEach((name, message) -> {
            MessageType now = current.messages().get(name);
            if (now != null) {
                MessagePair pair = new MessagePair(message, now, previous.fieldsByNumber(name), current.fieldsByNumber(name));
                messages.add(pair);
                pairFields(pair);
            }
        });
        previous.extensionsByExtendee().forEach((extendee, byNumber) -> {
            Map<Integer, Field> now = current.extensionsByExtendee().getOrDefault(extendee, Map.of());
            byNumber.forEach((number, extension) -> {
                Field match = now.get(number);
                if (match != null) {
                    fields.add(fieldPair(extension, match, match.fullName()));
                }
            });
        });
        previous.enums().forEach((name, enumType) -> {
            EnumType now = current.enums().get(name);
            if (now != null) {
                enums.add(new EnumPair(enumType, now));
                Map<Integer, Map<String, EnumValue>> nowValues = valuesByNumber(now);
                valuesByNumber(enumType).forEach((number, values) -> {
                    Map<String, EnumValue> match = nowValues.get(number);
                    if (match != null) {
                        enumValues.add(new EnumValuePair(number, values, match,
                                name + "." + values.keySet().iterator().next()));
                    }
                });
            }
        });
        previous.services().forEach((name, service) -> {
            Service now = current.services().get(name);
            if (now != null) {
                services.add(new ServicePair(service, now));
                Map<String, Method> nowMethods = new LinkedHashMap<>();
                now.methods().forEach(m -> nowMethods.put(m.name(), m));
                for (Method method : service.methods()) {
                    Method match = nowMethods.get(method.name());
                    if (match != null) {
                        methods.add(new MethodPair(method, match, name + "." + method.name()));
                    }
                }
            }
        });
    }

    private void pairFields(MessagePair pair) {
        Map<Integer, Field> byNumber = pair.currentFields();
        for (Field field : pair.previousFields().values()) {
            Field match = byNumber.get(field.number());
            if (match != null) {
                fields.add(fieldPair(field, match, pair.current().fullName() + "." + match.name()));
            }
        }
    }

    private FieldPair fieldPair(Field before, Field now, String element) {
        return new FieldPair(before, now, previous.enums().get(before.typeNameWithoutDot()),
                current.enums().get(now.typeNameWithoutDot()), element);
    }

    /** Fields by number (the last declaration wins, as in buf's maps). */
    public static Map<Integer, Field> numberToField(List<Field> fields) {
        Map<Integer, Field> out = new LinkedHashMap<>();
        fields.forEach(f -> out.put(f.number(), f));
        return out;
    }

    /** Enum values by number, then by name: aliases share a number. */
    public static Map<Integer, Map<String, EnumValue>> valuesByNumber(EnumType enumType) {
        Map<Integer, Map<String, EnumValue>> out = new LinkedHashMap<>();
        for (EnumValue value : enumType.values()) {
            out.computeIfAbsent(value.number(), k -> new LinkedHashMap<>()).put(value.name(), value);
        }
        return out;
    }

    public Declarations previous() {
        return previous;
    }

    public Declarations current() {
        return current;
    }

    public List<FilePair> files() {
        return files;
    }

    public List<MessagePair> messages() {
        return messages;
    }

    public List<FieldPair> fields() {
        return fields;
    }

    public List<EnumPair> enums() {
        return enums;
    }

    public List<EnumValuePair> enumValues() {
        return enumValues;
    }

    public List<ServicePair> services() {
        return services;
    }

    public List<MethodPair> methods() {
        return methods;
    }
}
