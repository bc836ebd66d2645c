package dev.protovet.registry.core;

import dev.protovet.engine.BreakingCheck;
import dev.protovet.engine.Finding;
import dev.protovet.engine.InputException;
import dev.protovet.engine.config.BreakingConfig;
import dev.protovet.engine.config.RuleSelector;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.Span;
import dev.protovet.engine.pair.Declarations;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.ConfigVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Judges a new schema against earlier versions with the diff engine: BACKWARD checks old → new, FORWARD new → old,
 * FULL both; transitive levels check every version given and answer for the newest that fails.
 */
public final class CompatibilityChecker {
    /** Earlier versions checked at once, on as many cores as the common pool has. */
    private static final int BATCH = 16;

    private CompatibilityChecker() {
    }

    /** An earlier version, compiled (and indexed) only when it is compared. */
    public record Earlier(int version, Supplier<Declarations> declarations) {
    }

    /**
     * The messages that explain why {@code candidate} is incompatible, empty when it is compatible.
     *
     * @param earlier  the live versions to check against, newest first
     * @param fileName the name findings give the schema's own file (both sides are compiled under one name)
     */
    public static List<String> check(Image candidateImage, List<Earlier> earlier, EffectiveConfig config,
                                     String fileName) {
        if (config.level() == CompatibilityLevel.NONE || earlier.isEmpty()) {
            return List.of();
        }
        // indexed once, however many earlier versions a transitive level compares it with
        Declarations candidate = new Declarations(candidateImage);
        BreakingCheck.Selection rules = BreakingCheck.select(rules(config.rules()));
        List<Earlier> against = config.level().transitive() ? earlier : earlier.subList(0, 1);
        // the newest first on its own (what fails most often), then the rest in batches checked on several cores
        int from = 0;
        while (from < against.size()) {
            List<Earlier> batch = against.subList(from, Math.min(against.size(), from == 0 ? 1 : from + BATCH));
            // compiled here, on the request's thread: compiling may read the database through its transaction
            List<Declarations> sides = batch.stream().map(e -> e.declarations().get()).toList();
            IntStream indexes = IntStream.range(0, batch.size());
            List<List<Finding>> findings = (batch.size() > 1 ? indexes.parallel() : indexes)
                    .mapToObj(i -> findings(rules, config.level(), sides.get(i), candidate)).toList();
            for (int i = 0; i < batch.size(); i++) {
                if (!findings.get(i).isEmpty()) {
                    return messages(findings.get(i), batch.get(i).version(), config, fileName);
                }
            }
            from += batch.size();
        }
        return List.of();
    }

    /** What the candidate breaks of one earlier version, in the directions the level names. */
    private static List<Finding> findings(BreakingCheck.Selection rules, CompatibilityLevel level, Declarations earlier,
                                          Declarations candidate) {
        List<Finding> findings = new ArrayList<>();
        if (level.backward()) {
            findings.addAll(rules.run(new Pairing(earlier, candidate)));
        }
        if (level.forward()) {
            findings.addAll(rules.run(new Pairing(candidate, earlier)));
        }
        return findings;
    }

    private static List<String> messages(List<Finding> findings, int version, EffectiveConfig config, String fileName) {
        List<String> messages = new ArrayList<>();
        // one message per element and change, naming every rule that reports it
        Problems.of(findings).forEach(p -> messages.add(describe(p, fileName)));
        messages.add("{oldSchemaVersion: " + version + "}");
        messages.add("{compatibility: '" + config.level() + "', compatibilityRules: '"
                + String.join(",", config.rules()) + "'}");
        return messages;
    }

    /** The rule IDs as the engine's config; an unknown ID is a {@link RegistryException} naming it. */
    public static BreakingConfig rules(List<String> ids) {
        BreakingConfig config = new BreakingConfig(ConfigVersion.V2, ids, List.of(), List.of(), Map.of(), false);
        try {
            RuleSelector.select(config);
        } catch (InputException e) {
            throw RegistryException.invalidRules("compatibilityRules: " + e.problems().get(0).message());
        }
        return config;
    }

    /** {@code RULE_ID[, RULE_ID...] file:line:col message}, the form {@code verbose=true} promises. */
    static String describe(Problems.Problem problem, String fileName) {
        Finding finding = problem.finding();
        Span span = finding.location().span();
        String path = CompiledSchemas.ROOT.equals(finding.path()) ? fileName : finding.path();
        String where = path == null ? "" : path + ":" + span.startLine() + ":" + span.startColumn() + " ";
        return String.join(", ", problem.ruleIds()) + " " + where + finding.message();
    }
}
