package dev.protovet.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.engine.config.BreakingConfig;
import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.config.ConfigParser;
import dev.protovet.engine.config.ModuleConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleConfigurationTest {

    @Test
    void withoutBufYamlOrParametersEverySourceRootRunsBufsDefaultFileRules() {
        BufConfig config = new RuleConfiguration(null, null, null, null, null).forRoots(List.of("src/main/proto"));

        assertThat(config.roots()).containsExactly("src/main/proto");
        assertThat(config.modules().get(0).breaking().use()).containsExactly("FILE");
    }

    @Test
    void parametersOverrideTheBufYamlEntryByEntry() {
        BufConfig bufYaml = ConfigParser.parse("""
                version: v2
                breaking:
                  use: [PACKAGE]
                  except: [FIELD_SAME_JSON_NAME]
                  ignore: [legacy]
                """, "buf.yaml");

        BreakingConfig rules = new RuleConfiguration(bufYaml, List.of("WIRE_JSON"), null, null, true)
                .forRoots(List.of("src/main/proto")).modules().get(0).breaking();

        assertThat(rules.use()).containsExactly("WIRE_JSON");
        assertThat(rules.except()).containsExactly("FIELD_SAME_JSON_NAME");
        assertThat(rules.ignore()).containsExactly("legacy");
        assertThat(rules.ignoreUnstablePackages()).isTrue();
    }

    @Test
    void aSourceRootTakesTheRulesOfTheBufYamlModuleWithItsPath() {
        BufConfig bufYaml = ConfigParser.parse("""
                version: v2
                modules:
                  - path: src/main/proto
                    breaking: {use: [WIRE]}
                  - path: src/main/protobuf
                    breaking: {use: [WIRE_JSON]}
                """, "buf.yaml");

        List<ModuleConfig> modules = new RuleConfiguration(bufYaml, null, null, null, null)
                .forRoots(List.of("src/main/protobuf", "other")).modules();

        assertThat(modules).extracting(m -> m.path() + "=" + m.breaking().use())
                .containsExactly("src/main/protobuf=[WIRE_JSON]", "other=[WIRE]");
    }
}
