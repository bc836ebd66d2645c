package dev.protovet.registry.ui;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The UI's Mustache templates (resources under dev/protovet/registry/ui/), compiled once each. */
final class Templates {
    private final MustacheFactory factory = new DefaultMustacheFactory("dev/protovet/registry/ui");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    String render(String name, Map<String, Object> scope) {
        StringWriter out = new StringWriter();
        compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache")).execute(out, scope);
        return out.toString();
    }
}
