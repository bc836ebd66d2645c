package dev.protovet.engine.config;

import dev.protovet.engine.InputException;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the YAML files protovet is configured by (buf.yaml, protovet.yaml, accepted changes) the same strict way: a
 * key given twice is an error, not a warning with the last one winning; dates stay the text written (YAML would
 * read {@code 2026-13-01} as a date in the next year), and errors name the file, line and column.
 */
public final class YamlText {
    private YamlText() {
    }

    /** The document's value (null when empty). @throws InputException naming {@code origin} when it is not YAML */
    public static Object load(String text, String origin) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        DumperOptions unused = new DumperOptions();
        try {
            return new Yaml(new SafeConstructor(options), new Representer(unused), unused, options, new DatesAsText())
                    .load(text);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new InputException(List.of(new InputException.Problem(origin, mark.getLine() + 1,
                    mark.getColumn() + 1, "invalid YAML: " + e.getProblem())));
        } catch (YAMLException e) {
            throw new InputException(origin, "invalid YAML: " + e.getMessage());
        }
    }

    /** YAML's implicit types without timestamps. */
    private static final class DatesAsText extends Resolver {
        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first);
            }
        }

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }
}
