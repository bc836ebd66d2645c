package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.EnumType;
import dev.protovet.engine.model.EnumValue;
import dev.protovet.engine.pair.EnumPair;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.EnumPairRule;
import dev.protovet.engine.rules.Findings;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * ENUM_VALUE_NO_DELETE and its two lenient forms: an enum number may not disappear, unless (for the lenient forms)
 * its number, or every name it had, is reserved now.
 */
public final class EnumValueNoDelete implements EnumPairRule {
    private final FieldNoDelete.Unless unless;

    public EnumValueNoDelete(FieldNoDelete.Unless unless) {
        this.unless = unless;
    }

    @Override
    public void check(EnumPair pair, Findings out) {
        EnumType current = pair.current();
        Map<Integer, Map<String, EnumValue>> now = Pairing.valuesByNumber(current);
        Pairing.valuesByNumber(pair.previous()).forEach((number, names) -> {
            if (now.containsKey(number) || allowed(number, names, current)) {
                return;
            }
            String suffix = switch (unless) {
                case NEVER -> "";
                case NUMBER_RESERVED -> " without reserving the number \"" + number + "\"";
                case NAME_RESERVED -> " without reserving the name" + (names.size() > 1 ? "s " : " ")
                        + names.keySet().stream().sorted().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
            };
            out.about(current.fullName() + "." + names.keySet().iterator().next())
                    .add(current.source(), pair.previous().source(), "Previously present enum value \"" + number
                    + "\" on enum \"" + current.name() + "\" was deleted" + suffix + ".");
        });
    }

    private boolean allowed(int number, Map<String, EnumValue> names, EnumType current) {
        return switch (unless) {
            case NEVER -> false;
            case NUMBER_RESERVED -> current.reservedRanges().stream().anyMatch(r -> r.contains(number));
            case NAME_RESERVED -> current.reservedNames().containsAll(names.keySet());
        };
    }
}
