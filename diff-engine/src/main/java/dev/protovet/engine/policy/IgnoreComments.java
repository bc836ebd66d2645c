package dev.protovet.engine.policy;

import dev.protovet.engine.InputException;
import dev.protovet.engine.model.EnumType;
import dev.protovet.engine.model.EnumValue;
import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.MessageType;
import dev.protovet.engine.model.Method;
import dev.protovet.engine.model.Oneof;
import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.model.Service;
import dev.protovet.engine.model.Source;
import dev.protovet.engine.rules.BuiltInRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@link IgnoreComment}s of an image's own files: leading comments of messages, fields, oneofs, enums, enum
 * values, services, RPCs, extensions, and of the {@code package} statement (for the file and the package's top-level
 * elements). {@code buf:breaking:ignore} is read as a synonym.
 */
public final class IgnoreComments {
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*(?:protovet|buf):breaking:ignore(?:\\s+(.*))?$");
    private static final Pattern RULES_AND_WHY = Pattern.compile(
            "^([A-Za-z0-9_]+(?:\\s*,\\s*[A-Za-z0-9_]+)*)(?:\\s+(.*))?$");
    private static final Pattern CHILD = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*):\\s");
    private static final int FILE_PACKAGE = 2;

    private final Function<String, String> shownPath;
    private final List<IgnoreComment> found = new ArrayList<>();
    private final List<InputException.Problem> problems = new ArrayList<>();

    private IgnoreComments(Function<String, String> shownPath) {
        this.shownPath = shownPath;
    }

    /**
     * The comments of {@code image}'s non-import files, naming files by {@code shownPath}.
     *
     * @throws InputException naming each comment without a justification or with an unknown rule, by file and line
     */
    public static List<IgnoreComment> in(Image image, Function<String, String> shownPath) {
        IgnoreComments scan = new IgnoreComments(shownPath);
        for (ProtoFile file : image.files()) {
            if (!file.isImport()) {
                scan.file(file);
            }
        }
        if (!scan.problems.isEmpty()) {
            throw new InputException(scan.problems);
        }
        return List.copyOf(scan.found);
    }

    private void file(ProtoFile file) {
        if (!file.source().info().mayHaveDirectives()) {
            return; // most files have none: their source info is not indexed for nothing
        }
        String pkg = file.packageName();
        read(file.source().child(FILE_PACKAGE), file.path(), pkg);
        file.messages().forEach(this::message);
        file.enums().forEach(this::enumType);
        file.extensions().forEach(e -> read(e.source(), e.fullName(), scopeOf(e.fullName())));
        for (Service service : file.services()) {
            read(service.source(), service.fullName(), service.fullName());
            for (Method method : service.methods()) {
                read(method.source(), service.fullName() + "." + method.name(), service.fullName());
            }
        }
    }

    private void message(MessageType message) {
        String name = message.fullName();
        read(message.source(), name, name);
        for (Field field : message.fields()) {
            read(field.source(), name + "." + field.name(), name);
        }
        for (Oneof oneof : message.oneofs()) {
            read(oneof.source(), name + "." + oneof.name(), name);
        }
        message.extensions().forEach(e -> read(e.source(), e.fullName(), name));
        message.nestedMessages().forEach(this::message);
        message.enums().forEach(this::enumType);
    }

    private void enumType(EnumType enumType) {
        read(enumType.source(), enumType.fullName(), enumType.fullName());
        for (EnumValue value : enumType.values()) {
            read(value.source(), enumType.fullName() + "." + value.name(), enumType.fullName());
        }
    }

    /** Reads the directive lines of one element's leading comment; {@code scope} is where its deleted children were. */
    private void read(Source source, String element, String scope) {
        String comment = source.directiveComment();
        if (comment == null) {
            return;
        }
        // protoc gives the comment's text, not its lines: the element's own line is the one we know exactly
        Location at = source.locationOrFile();
        for (String line : comment.split("\n")) {
            Matcher m = DIRECTIVE.matcher(line);
            if (m.matches()) {
                directive(m, at, element, scope);
            }
        }
    }

    private void directive(Matcher m, Location at, String element, String scope) {
        String file = shownPath.apply(at.path());
        int line = at.span().startLine();
        int column = at.span().startColumn();
        Matcher parts = RULES_AND_WHY.matcher(m.group(1) == null ? "" : m.group(1).strip());
        if (!parts.matches()) {
            problems.add(new InputException.Problem(file, line, column, "protovet:breaking:ignore (in the comment above)"
                    + " names no rule; write RULE_ID[,RULE_ID], then why"));
            return;
        }
        Set<String> rules = new LinkedHashSet<>();
        for (String rule : parts.group(1).split("\\s*,\\s*")) {
            if (!BuiltInRules.all().containsKey(rule)) {
                problems.add(new InputException.Problem(file, line, column,
                        "protovet:breaking:ignore (in the comment above) names an unknown rule \"" + rule + "\""));
                return;
            }
            rules.add(rule);
        }
        String justification = parts.group(2) == null ? "" : parts.group(2).strip();
        if (justification.isEmpty()) {
            problems.add(new InputException.Problem(file, line, column, "protovet:breaking:ignore " + parts.group(1)
                    + " (in the comment above) needs a justification: say why after the rule IDs"));
            return;
        }
        Matcher child = CHILD.matcher(justification + " ");
        found.add(new IgnoreComment(file + ":" + line, element, scope, Set.copyOf(rules),
                child.find() ? child.group(1) : null, justification));
    }

    private static String scopeOf(String fullName) {
        int dot = fullName.lastIndexOf('.');
        return dot < 0 ? "" : fullName.substring(0, dot);
    }
}
