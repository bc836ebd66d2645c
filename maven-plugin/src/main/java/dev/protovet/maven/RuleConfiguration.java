package dev.protovet.maven;

import dev.protovet.engine.config.BreakingConfig;
import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.config.ModuleConfig;
import dev.protovet.engine.rules.ConfigVersion;
import java.util.List;

/**
 * The config the current side is checked with: the project's source roots are the modules; each takes the
 * {@code breaking:} block of the buf.yaml module with the same path (else the buf.yaml's first), and the plugin's
 * {@code use}, {@code except}, {@code ignore} and {@code ignoreUnstablePackages} parameters override its entries.
 */
record RuleConfiguration(BufConfig bufYaml, List<String> use, List<String> except, List<String> ignore,
        Boolean ignoreUnstablePackages) {

    /** A null {@code bufYaml} means buf's defaults; a null or empty list or null flag leaves that entry alone. */
    RuleConfiguration {
        bufYaml = bufYaml != null ? bufYaml : BufConfig.defaults();
        use = use == null ? List.of() : List.copyOf(use);
        except = except == null ? List.of() : List.copyOf(except);
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
    }

    /** buf's default rules, no buf.yaml. */
    static RuleConfiguration defaults() {
        return new RuleConfiguration(null, null, null, null, null);
    }

    /** One module per source root ({@code roots} are relative to the project directory). */
    BufConfig forRoots(List<String> roots) {
        List<ModuleConfig> modules = roots.stream()
                .map(root -> new ModuleConfig(root, overridden(blockFor(root))))
                .toList();
        return new BufConfig(bufYaml.version(), modules);
    }

    private BreakingConfig blockFor(String root) {
        return bufYaml.modules().stream()
                .filter(m -> m.path().equals(root))
                .findFirst()
                .orElse(bufYaml.modules().get(0))
                .breaking();
    }

    private BreakingConfig overridden(BreakingConfig block) {
        ConfigVersion version = block.version();
        return new BreakingConfig(version,
                use.isEmpty() ? block.use() : use,
                except.isEmpty() ? block.except() : except,
                ignore.isEmpty() ? block.ignore() : ignore,
                block.ignoreOnly(),
                ignoreUnstablePackages != null ? ignoreUnstablePackages : block.ignoreUnstablePackages());
    }
}
