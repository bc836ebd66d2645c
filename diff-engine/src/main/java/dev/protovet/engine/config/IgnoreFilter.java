package dev.protovet.engine.config;

import dev.protovet.engine.Finding;
import dev.protovet.engine.model.ImageFilter;
import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.BuiltInRules;
import dev.protovet.engine.rules.Category;
import java.util.Map;

/**
 * Drops findings that {@code ignore}, {@code ignore_only} or {@code ignore_unstable_packages} exempt. Like buf, a
 * finding is exempt when either its current file or its previous file is.
 */
public final class IgnoreFilter {
    private final BreakingConfig config;
    private final Pairing pairing;

    public IgnoreFilter(BreakingConfig config, Pairing pairing) {
        this.config = config;
        this.pairing = pairing;
    }

    public boolean keep(Finding finding) {
        return !ignored(finding, finding.location(), pairing.current().files())
                && !ignored(finding, finding.againstLocation(), pairing.previous().files());
    }

    private boolean ignored(Finding finding, Location location, Map<String, ProtoFile> files) {
        if (location == null || location.path() == null) {
            return false;
        }
        String path = location.path();
        if (ImageFilter.covers(config.ignore(), path)) {
            return true;
        }
        for (var entry : config.ignoreOnly().entrySet()) {
            if (appliesTo(entry.getKey(), finding.ruleId()) && ImageFilter.covers(entry.getValue(), path)) {
                return true;
            }
        }
        ProtoFile file = files.get(path);
        return config.ignoreUnstablePackages() && file != null && UnstablePackages.isUnstable(file.packageName());
    }

    private boolean appliesTo(String idOrCategory, String ruleId) {
        if (idOrCategory.equals(ruleId)) {
            return true;
        }
        var spec = BuiltInRules.all().get(ruleId);
        return spec != null && Category.byId(idOrCategory).filter(spec.categories(config.version())::contains).isPresent();
    }

}
