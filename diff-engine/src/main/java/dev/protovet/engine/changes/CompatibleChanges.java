package dev.protovet.engine.changes;

import dev.protovet.engine.model.EnumType;
import dev.protovet.engine.model.EnumValue;
import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.MessageType;
import dev.protovet.engine.model.Method;
import dev.protovet.engine.model.Service;
import dev.protovet.engine.pair.Pairing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The changes no rule reports because they break nobody: additions, and elements newly marked deprecated. */
final class CompatibleChanges {
    private final Pairing pairing;
    private final List<Change> out = new ArrayList<>();

    private CompatibleChanges(Pairing pairing) {
        this.pairing = pairing;
    }

    static List<Change> of(Pairing pairing) {
        CompatibleChanges changes = new CompatibleChanges(pairing);
        changes.walk();
        return changes.out;
    }

    private void walk() {
        pairing.current().files().forEach((path, file) -> {
            if (!pairing.previous().files().containsKey(path)) {
                add(Change.Kind.ADDED, "file " + path, file.source().locationOrFile());
            }
        });
        pairing.current().messages().forEach((name, message) -> {
            if (!message.mapEntry() && !pairing.previous().messages().containsKey(name)) {
                add(Change.Kind.ADDED, "message " + name, message.source().locationOrFile());
            }
        });
        pairing.current().enums().forEach((name, enumType) -> {
            if (!pairing.previous().enums().containsKey(name)) {
                add(Change.Kind.ADDED, "enum " + name, enumType.source().locationOrFile());
            }
        });
        pairing.current().services().forEach((name, service) -> {
            if (!pairing.previous().services().containsKey(name)) {
                add(Change.Kind.ADDED, "service " + name, service.source().locationOrFile());
            }
        });
        pairing.messages().forEach(pair -> fields(pair.previous(), pair.current()));
        pairing.enums().forEach(pair -> values(pair.previous(), pair.current()));
        pairing.services().forEach(pair -> methods(pair.previous(), pair.current()));
        extensions();
    }

    private void fields(MessageType before, MessageType now) {
        if (now.mapEntry()) {
            return;
        }
        if (!before.options().getDeprecated() && now.options().getDeprecated()) {
            add(Change.Kind.DEPRECATED, "message " + now.fullName(), now.source().locationOrFile());
        }
        Map<Integer, Field> previous = Pairing.numberToField(before.fields());
        for (Field field : now.fields()) {
            Field old = previous.get(field.number());
            if (old == null) {
                add(Change.Kind.ADDED, "field " + now.fullName() + "." + field.name() + " = " + field.number()
                        + " (" + typeOf(field) + ")", field.source().locationOrFile());
            } else if (!old.options().getDeprecated() && field.options().getDeprecated()) {
                add(Change.Kind.DEPRECATED, "field " + now.fullName() + "." + field.name(), field.source().locationOrFile());
            }
        }
    }

    private void values(EnumType before, EnumType now) {
        Set<String> previous = before.values().stream().map(v -> v.name() + "=" + v.number()).collect(Collectors.toSet());
        for (EnumValue value : now.values()) {
            if (!previous.contains(value.name() + "=" + value.number())
                    && before.values().stream().noneMatch(v -> v.number() == value.number())) {
                add(Change.Kind.ADDED, "enum value " + now.fullName() + "." + value.name() + " = " + value.number(),
                        value.source().locationOrFile());
            }
        }
        if (!before.options().getDeprecated() && now.options().getDeprecated()) {
            add(Change.Kind.DEPRECATED, "enum " + now.fullName(), now.source().locationOrFile());
        }
    }

    private void methods(Service before, Service now) {
        Set<String> previous = before.methods().stream().map(Method::name).collect(Collectors.toSet());
        for (Method method : now.methods()) {
            if (!previous.contains(method.name())) {
                add(Change.Kind.ADDED, "rpc " + now.fullName() + "." + method.name() + "(" + method.inputType() + ") returns ("
                        + method.outputType() + ")", method.source().locationOrFile());
            } else if (method.options().getDeprecated() && before.methods().stream()
                    .noneMatch(m -> m.name().equals(method.name()) && m.options().getDeprecated())) {
                add(Change.Kind.DEPRECATED, "rpc " + now.fullName() + "." + method.name(), method.source().locationOrFile());
            }
        }
    }

    private void extensions() {
        pairing.current().extensionsByExtendee().forEach((extendee, byNumber) -> {
            Map<Integer, Field> previous = pairing.previous().extensionsByExtendee().getOrDefault(extendee, Map.of());
            byNumber.forEach((number, extension) -> {
                if (!previous.containsKey(number)) {
                    add(Change.Kind.ADDED, "extension " + extension.fullName() + " = " + number + " of " + extendee,
                            extension.source().locationOrFile());
                }
            });
        });
    }

    private static String typeOf(Field field) {
        String type = field.kind().isNamedType() ? field.typeNameWithoutDot() : field.kind().toString();
        return field.map() ? "map" : field.isRepeated() ? "repeated " + type : type;
    }

    private void add(Change.Kind kind, String description, dev.protovet.engine.model.Location location) {
        out.add(new Change(kind, description, location, List.of(), List.of()));
    }

}
