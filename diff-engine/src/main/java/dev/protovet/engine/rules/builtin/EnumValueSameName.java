package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.EnumValue;
import dev.protovet.engine.pair.EnumValuePair;
import dev.protovet.engine.rules.EnumValuePairRule;
import dev.protovet.engine.rules.Findings;
import java.util.List;
import java.util.stream.Collectors;

/** ENUM_VALUE_SAME_NAME: every name an enum number had must still be one of its names (aliases may be added). */
public final class EnumValueSameName implements EnumValuePairRule {
    private static final int NUMBER = 2;

    @Override
    public void check(EnumValuePair pair, Findings out) {
        List<String> before = pair.previous().keySet().stream().sorted().toList();
        List<String> now = pair.current().keySet().stream().sorted().toList();
        if (now.containsAll(before)) {
            return;
        }
        String plural = before.size() > 1 && now.size() > 1 ? "s" : "";
        String message = " changed name" + plural + " from " + quoted(before) + " to " + quoted(now) + ".";
        pair.current().forEach((name, value) -> {
            EnumValue previous = pair.previous().get(name);
            out.add(value.source().child(NUMBER), previous == null ? null : previous.source().child(NUMBER),
                    "Enum value \"" + pair.number() + "\" on enum \"" + value.enumName() + "\"" + message);
        });
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
