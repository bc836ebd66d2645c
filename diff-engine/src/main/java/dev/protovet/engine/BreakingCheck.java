package dev.protovet.engine;

import dev.protovet.engine.config.BreakingConfig;
import dev.protovet.engine.config.IgnoreFilter;
import dev.protovet.engine.config.RuleSelector;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.RuleRunner;
import dev.protovet.engine.rules.RuleSpec;
import java.util.List;

/** The engine's entry point: which changes from {@code previous} to {@code current} break the configured rules. */
public final class BreakingCheck {
    private BreakingCheck() {
    }

    /**
     * Runs the rules {@code config} selects and returns the findings that no ignore exempts, in buf's order.
     *
     * @throws InputException when the config names an unknown rule or category
     */
    public static List<Finding> run(Image previous, Image current, BreakingConfig config) {
        List<RuleSpec> rules = RuleSelector.select(config);
        Pairing pairing = new Pairing(previous, current);
        IgnoreFilter ignores = new IgnoreFilter(config, pairing);
        return RuleRunner.run(rules, pairing).stream()
                .filter(ignores::keep)
                .distinct()
                .sorted(Finding.ORDER)
                .toList();
    }
}
