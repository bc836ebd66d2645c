package dev.protovet.cli;

import dev.protovet.engine.report.Json;
import dev.protovet.engine.rules.BuiltInRules;
import dev.protovet.engine.rules.ConfigVersion;
import dev.protovet.engine.rules.RuleSpec;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code protovet rules}: the breaking rules with their categories, like {@code buf config ls-breaking-rules}. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the breaking rules and their categories.")
public final class RulesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--config-version", defaultValue = "v2", description = "v1beta1, v1 or v2. Default: ${DEFAULT-VALUE}.")
    private String configVersion;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Override
    public Integer call() {
        ConfigVersion version = ConfigVersion.parse(configVersion);
        PrintWriter out = spec.commandLine().getOut();
        boolean json = switch (format) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new IllegalArgumentException("unknown format \"" + format + "\"; expected text or json");
        };
        if (!json) {
            out.printf("%-47s %-35s %-7s %s%n", "ID", "CATEGORIES", "DEFAULT", "PURPOSE");
        }
        for (RuleSpec rule : BuiltInRules.all().values()) {
            if (!rule.existsIn(version)) {
                continue;
            }
            String categories = String.join(", ", rule.categories(version));
            if (json) {
                out.println("{\"id\":" + Json.quote(rule.id()) + ",\"categories\":["
                        + String.join(",", rule.categories(version).stream().map(Json::quote).toList())
                        + "],\"default\":" + rule.isDefault(version) + ",\"purpose\":" + Json.quote(rule.purpose()) + "}");
            } else {
                out.printf("%-47s %-35s %-7s %s%n", rule.id(), categories, rule.isDefault(version), rule.purpose());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
