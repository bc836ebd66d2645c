package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Method;
import dev.protovet.engine.pair.ServicePair;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.ServicePairRule;
import java.util.Set;
import java.util.stream.Collectors;

/** RPC_NO_DELETE: an RPC may not disappear from its service. */
public final class RpcNoDelete implements ServicePairRule {
    @Override
    public void check(ServicePair pair, Findings out) {
        Set<String> now = pair.current().methods().stream().map(Method::name).collect(Collectors.toSet());
        pair.previous().methods().stream().map(Method::name).distinct().filter(name -> !now.contains(name))
                .forEach(name -> out.about(pair.current().fullName() + "." + name).add(pair.current().source(), pair.previous().source(), "Previously present RPC \""
                        + name + "\" on service \"" + pair.current().name() + "\" was deleted."));
    }
}
