package dev.protovet.engine.pair;

import dev.protovet.engine.model.EnumType;
import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.MessageType;
import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.model.Service;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything one image declares, indexed the ways the pairing and the package rules look things up. */
public final class Declarations {
    private final Map<String, ProtoFile> files = new LinkedHashMap<>();
    private final Map<String, MessageType> messages = new LinkedHashMap<>();
    private final Map<String, ProtoFile> messageFiles = new LinkedHashMap<>();
    private final Map<String, EnumType> enums = new LinkedHashMap<>();
    private final Map<String, ProtoFile> enumFiles = new LinkedHashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, ProtoFile> serviceFiles = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Field>> extensionsByExtendee = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Field>> fieldsByNumber = new LinkedHashMap<>();
    private final Map<String, List<ProtoFile>> packages = new TreeMap<>();

    public Declarations(Image image) {
        for (ProtoFile file : image.files()) {
            files.put(file.path(), file);
            packages.computeIfAbsent(file.packageName(), k -> new java.util.ArrayList<>()).add(file);
            file.messages().forEach(m -> addMessage(file, m));
            file.enums().forEach(e -> addEnum(file, e));
            file.extensions().forEach(this::addExtension);
            for (Service service : file.services()) {
                services.put(service.fullName(), service);
                serviceFiles.put(service.fullName(), file);
            }
        }
    }

    private void addMessage(ProtoFile file, MessageType message) {
        messages.put(message.fullName(), message);
        messageFiles.put(message.fullName(), file);
        fieldsByNumber.put(message.fullName(), Pairing.numberToField(message.fields()));
        message.nestedMessages().forEach(m -> addMessage(file, m));
        message.enums().forEach(e -> addEnum(file, e));
        message.extensions().forEach(this::addExtension);
    }

    private void addEnum(ProtoFile file, EnumType enumType) {
        enums.put(enumType.fullName(), enumType);
        enumFiles.put(enumType.fullName(), file);
    }

    private void addExtension(Field extension) {
        extensionsByExtendee.computeIfAbsent(extension.extendee(), k -> new LinkedHashMap<>())
                .put(extension.number(), extension);
    }

    public Map<String, ProtoFile> files() {
        return files;
    }

    public Map<String, MessageType> messages() {
        return messages;
    }

    public Map<String, EnumType> enums() {
        return enums;
    }

    public Map<String, Service> services() {
        return services;
    }

    /**
     * The fields of the message of this full name by number (the last declaration wins), indexed once per image so
     * that an image compared many times (a registry's earlier versions) is not indexed again each time.
     */
    public Map<Integer, Field> fieldsByNumber(String messageFullName) {
        return fieldsByNumber.getOrDefault(messageFullName, Map.of());
    }

    /** The file that declares a message, enum or service of this full name. */
    public ProtoFile fileOfMessage(String fullName) {
        return messageFiles.get(fullName);
    }

    public ProtoFile fileOfEnum(String fullName) {
        return enumFiles.get(fullName);
    }

    public ProtoFile fileOfService(String fullName) {
        return serviceFiles.get(fullName);
    }

    public Map<String, Map<Integer, Field>> extensionsByExtendee() {
        return extensionsByExtendee;
    }

    /** Files by package name, packages sorted. */
    public Map<String, List<ProtoFile>> packages() {
        return packages;
    }

    /** Messages of one file by nested name ({@code Outer.Inner}), in declaration order. */
    public static Map<String, MessageType> nestedMessages(ProtoFile file) {
        Map<String, MessageType> out = new LinkedHashMap<>();
        file.messages().forEach(m -> collectMessages(m, out));
        return out;
    }

    private static void collectMessages(MessageType message, Map<String, MessageType> out) {
        out.put(message.nestedName(), message);
        message.nestedMessages().forEach(m -> collectMessages(m, out));
    }

    /** Enums of one file by nested name. */
    public static Map<String, EnumType> nestedEnums(ProtoFile file) {
        Map<String, EnumType> out = new LinkedHashMap<>();
        file.enums().forEach(e -> out.put(e.nestedName(), e));
        nestedMessages(file).values().forEach(m -> m.enums().forEach(e -> out.put(e.nestedName(), e)));
        return out;
    }

    /** Extensions of one file by nested name ({@code Scope.ext} or {@code ext}). */
    public static Map<String, Field> nestedExtensions(ProtoFile file) {
        Map<String, Field> out = new LinkedHashMap<>();
        file.extensions().forEach(x -> out.put(x.name(), x));
        nestedMessages(file).forEach((nested, m) -> m.extensions().forEach(x -> out.put(nested + "." + x.name(), x)));
        return out;
    }
}
