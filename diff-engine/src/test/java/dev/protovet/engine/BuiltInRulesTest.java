package dev.protovet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.engine.config.BreakingConfig;
import dev.protovet.engine.confluent.DifferenceType;
import dev.protovet.engine.config.RuleSelector;
import dev.protovet.engine.rules.BuiltInRules;
import dev.protovet.engine.rules.Category;
import dev.protovet.engine.rules.ConfigVersion;
import dev.protovet.engine.rules.Rule;
import dev.protovet.engine.rules.RuleSpec;
import dev.protovet.engine.rules.builtin.ConfluentIncompatibleChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuiltInRulesTest {

    @Test
    void listsBufsSixtyFiveV2RulesAndElevenConfluentOnesOnceEachInIdOrder() {
        assertThat(BuiltInRules.bufRules()).hasSize(65);
        assertThat(BuiltInRules.inCategory(Category.CONFLUENT, ConfigVersion.V2)).hasSize(11);
        assertThat(BuiltInRules.all()).hasSize(76);
        assertThat(List.copyOf(BuiltInRules.all().keySet())).isSorted().doesNotHaveDuplicates();
        assertThat(BuiltInRules.all().values()).allSatisfy(spec -> assertThat(spec.purpose()).endsWith("."));
    }

    @Test
    void everyRuleClassInTheBuiltinPackageIsRegistered() throws IOException {
        Set<String> registered = BuiltInRules.all().values().stream()
                .map(spec -> spec.rule().getClass().getSimpleName()).collect(Collectors.toSet());
        Path classes = Path.of("target/classes/dev/protovet/engine/rules/builtin");
        try (Stream<Path> files = Files.list(classes)) {
            Set<String> ruleClasses = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .filter(BuiltInRulesTest::isRule)
                    .collect(Collectors.toSet());
            assertThat(registered).containsExactlyInAnyOrderElementsOf(ruleClasses);
        }
    }

    @Test
    void everyRuleHasAGoldenCase() throws IOException {
        Set<String> cases;
        try (Stream<Path> dirs = GoldenCasesTest.caseDirectories()) {
            cases = dirs.map(d -> d.getFileName().toString()).collect(Collectors.toSet());
        }
        assertThat(cases).containsAll(BuiltInRules.all().keySet().stream()
                .map(id -> id.toLowerCase(Locale.ROOT)).toList());
    }

    @Test
    void theRulesMarkedDefaultAreTheOnesThatRunWhenAConfigNamesNone() {
        for (ConfigVersion version : ConfigVersion.values()) {
            assertThat(RuleSelector.select(BreakingConfig.defaults(version))).as(version.name())
                    .containsExactlyElementsOf(BuiltInRules.all().values().stream()
                            .filter(spec -> spec.isDefault(version)).toList())
                    .isNotEmpty()
                    .allSatisfy(spec -> assertThat(spec.categories(version)).contains(Category.FILE));
        }
    }

    @Test
    void v1beta1DiffersFromV1WhereBufsV1beta1Did() {
        var rules = BuiltInRules.all();
        assertThat(rules.get("FILE_SAME_PACKAGE").categories(ConfigVersion.V1BETA1)).containsExactly(Category.FILE);
        assertThat(rules.get("FIELD_SAME_TYPE").categories(ConfigVersion.V1BETA1))
                .containsExactly(Category.FILE, Category.PACKAGE, Category.WIRE_JSON, Category.WIRE);
        assertThat(rules.get("FIELD_SAME_TYPE").categories(ConfigVersion.V1)).containsExactly(Category.FILE, Category.PACKAGE);
        assertThat(rules.get("FIELD_WIRE_COMPATIBLE_TYPE").existsIn(ConfigVersion.V1BETA1)).isFalse();
        assertThat(rules.get("FIELD_WIRE_COMPATIBLE_TYPE").existsIn(ConfigVersion.V1)).isTrue();
        assertThat(BuiltInRules.bufRules().stream().filter(r -> r.existsIn(ConfigVersion.V1BETA1))).hasSize(59);
        assertThat(BuiltInRules.bufRules().stream().filter(r -> r.existsIn(ConfigVersion.V1))).hasSize(61);
    }

    @Test
    void deprecatedV1IdsPointAtExistingRules() {
        BuiltInRules.deprecated().values().forEach(replacements ->
                assertThat(BuiltInRules.all().keySet()).containsAll(replacements));
        assertThat(BuiltInRules.replacements("FIELD_SAME_LABEL")).containsExactly("FIELD_SAME_CARDINALITY",
                "FIELD_WIRE_COMPATIBLE_CARDINALITY", "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY");
    }

    @Test
    void everyDifferenceConfluentCallsIncompatibleIsAConfluentRuleOfItsName() {
        List<String> incompatible = Arrays.stream(DifferenceType.values()).filter(t -> !t.compatible())
                .map(DifferenceType::name).sorted().toList();
        assertThat(BuiltInRules.inCategory(Category.CONFLUENT, ConfigVersion.V2)).extracting(RuleSpec::id)
                .containsExactlyElementsOf(incompatible);
        assertThat(BuiltInRules.inCategory(Category.CONFLUENT, ConfigVersion.V2))
                .allSatisfy(spec -> assertThat(((ConfluentIncompatibleChange) spec.rule()).type().name()).isEqualTo(spec.id()))
                .allSatisfy(spec -> assertThat(spec.categories(ConfigVersion.V2)).containsExactly(Category.CONFLUENT))
                .allSatisfy(spec -> assertThat(spec.existsIn(ConfigVersion.V1)).isTrue());
    }

    private static boolean isRule(String simpleName) {
        try {
            Class<?> type = Class.forName("dev.protovet.engine.rules.builtin." + simpleName);
            return Rule.class.isAssignableFrom(type) && !type.isInterface();
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
