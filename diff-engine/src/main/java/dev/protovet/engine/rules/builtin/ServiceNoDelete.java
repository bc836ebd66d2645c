package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.Service;
import dev.protovet.engine.pair.FilePair;
import dev.protovet.engine.rules.FilePairRule;
import dev.protovet.engine.rules.Findings;
import java.util.Set;
import java.util.stream.Collectors;

/** SERVICE_NO_DELETE: a service may not disappear from its file. */
public final class ServiceNoDelete implements FilePairRule {
    @Override
    public void check(FilePair pair, Findings out) {
        Set<String> now = pair.current().services().stream().map(Service::name).collect(Collectors.toSet());
        for (Service service : pair.previous().services()) {
            if (!now.contains(service.name())) {
                out.about(service.fullName()).add(Location.fileOnly(pair.current().path()), service.source().locationOrFile(),
                        "Previously present service \"" + service.name() + "\" was deleted from file.");
            }
        }
    }
}
