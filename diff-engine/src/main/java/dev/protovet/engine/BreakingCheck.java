package dev.protovet.engine;

import dev.protovet.engine.config.BreakingConfig;
import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.config.ModuleConfig;
import dev.protovet.engine.config.IgnoreFilter;
import dev.protovet.engine.config.RuleSelector;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.RuleRunner;
import dev.protovet.engine.rules.RuleSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The engine's entry point: which changes from {@code previous} to {@code current} break the configured rules. */
public final class BreakingCheck {
    private BreakingCheck() {
    }

    /**
     * Runs a buf.yaml's rules, module by module: each finding is judged by the {@code breaking} block of the module
     * its current file belongs to ({@code moduleOf} maps an image path to its module's path). A finding without a
     * current file (a deleted file or package) is judged by the first module's block.
     */
    public static List<Finding> run(Image previous, Image current, BufConfig config, Function<String, String> moduleOf) {
        Map<BreakingConfig, Set<String>> modulesByRules = new LinkedHashMap<>();
        for (ModuleConfig module : config.modules()) {
            modulesByRules.computeIfAbsent(module.breaking(), k -> new java.util.HashSet<>()).add(module.path());
        }
        Pairing pairing = new Pairing(previous, current);
        if (modulesByRules.size() == 1) {
            return run(pairing, config.modules().get(0).breaking());
        }
        String firstModule = config.modules().get(0).path();
        List<Finding> findings = new ArrayList<>();
        modulesByRules.forEach((rules, modules) -> run(pairing, rules).stream()
                .filter(f -> modules.contains(f.path() == null ? firstModule : moduleOf.apply(f.path())))
                .forEach(findings::add));
        return findings.stream().distinct().sorted(Finding.ORDER).toList();
    }

    /**
     * Runs the rules {@code config} selects and returns the findings that no ignore exempts, in buf's order.
     *
     * @throws InputException when the config names an unknown rule or category
     */
    public static List<Finding> run(Image previous, Image current, BreakingConfig config) {
        return run(new Pairing(previous, current), config);
    }

    /**
     * The same on images already paired: a comparison that runs several rule sets, or that also lists the
     * compatible changes, pairs its images once.
     */
    public static List<Finding> run(Pairing pairing, BreakingConfig config) {
        return select(config).run(pairing);
    }

    /**
     * The rules {@code config} selects, selected once for many comparisons (a registry checks one schema against
     * every earlier version).
     *
     * @throws InputException when the config names an unknown rule or category
     */
    public static Selection select(BreakingConfig config) {
        return new Selection(config, RuleSelector.select(config));
    }

    /** A config with its rules selected. */
    public record Selection(BreakingConfig config, List<RuleSpec> rules) {
        public Selection {
            rules = List.copyOf(rules);
        }

        /** The findings on {@code pairing} that no ignore exempts, in buf's order. */
        public List<Finding> run(Pairing pairing) {
            return BreakingCheck.run(pairing, config, rules);
        }
    }

    private static List<Finding> run(Pairing pairing, BreakingConfig config, List<RuleSpec> rules) {
        IgnoreFilter ignores = new IgnoreFilter(config, pairing);
        return RuleRunner.run(rules, pairing).stream()
                .filter(ignores::keep)
                .distinct()
                .sorted(Finding.ORDER)
                .toList();
    }
}
