package dev.protovet.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protovet.engine.config.BreakingConfig;
import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.config.ConfigParser;
import dev.protovet.engine.config.ModuleConfig;
import dev.protovet.engine.config.RuleSelector;
import dev.protovet.engine.config.UnstablePackages;
import dev.protovet.engine.rules.ConfigVersion;
import dev.protovet.engine.rules.RuleSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void noBreakingBlockMeansTheFileCategory() {
        BufConfig config = ConfigParser.parse("version: v2\n", "buf.yaml");
        assertThat(RuleSelector.select(config.modules().get(0).breaking()))
                .extracting(RuleSpec::id).contains("FIELD_NO_DELETE", "FILE_NO_DELETE").doesNotContain("PACKAGE_NO_DELETE");
    }

    @Test
    void categoriesExpandAndExceptRemoves() {
        BufConfig config = ConfigParser.parse("""
                {"version":"v2","breaking":{"use":["WIRE"],"except":["FIELD_WIRE_COMPATIBLE_TYPE"]}}""", "--config");
        assertThat(RuleSelector.select(config.modules().get(0).breaking())).extracting(RuleSpec::id)
                .contains("FIELD_WIRE_COMPATIBLE_CARDINALITY", "RESERVED_MESSAGE_NO_DELETE")
                .doesNotContain("FIELD_WIRE_COMPATIBLE_TYPE", "FIELD_SAME_NAME");
    }

    @Test
    void v1ReplacesDeprecatedIds() {
        BufConfig config = ConfigParser.parse("""
                version: v1
                breaking:
                  use: [FIELD_SAME_LABEL, FILE_SAME_JAVA_STRING_CHECK_UTF8]
                """, "buf.yaml");
        assertThat(config.version()).isEqualTo(ConfigVersion.V1);
        assertThat(RuleSelector.select(config.modules().get(0).breaking())).extracting(RuleSpec::id)
                .containsExactly("FIELD_SAME_CARDINALITY", "FIELD_SAME_JAVA_UTF8_VALIDATION",
                        "FIELD_WIRE_COMPATIBLE_CARDINALITY", "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY");
    }

    @Test
    void csrIsAV2CategoryOnly() {
        assertThatThrownBy(() -> ConfigParser.parse("version: v1\nbreaking:\n  use: [CSR]\n", "buf.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("CSR");
    }

    @Test
    void anUnknownRuleIdUnderIgnoreOnlyIsAnErrorToo() {
        assertThatThrownBy(() -> ConfigParser.parse("version: v1\nbreaking:\n  ignore_only:\n    FIELD_NO_DELET: [a.proto]\n",
                "buf.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessage("buf.yaml: breaking.ignore_only: unknown rule or category ID FIELD_NO_DELET (config version v1; run `protovet rules` to list them)");
        BufConfig category = ConfigParser.parse("version: v1\nbreaking:\n  ignore_only:\n    WIRE: [a.proto]\n", "buf.yaml");
        assertThat(RuleSelector.select(category.modules().get(0).breaking())).isNotEmpty();
    }

    @Test
    void aKeyGivenTwiceIsAnErrorNamingItsLine() {
        assertThatThrownBy(() -> ConfigParser.parse("version: v1\nbreaking:\n  use: [FILE]\n  use: [WIRE]\n", "buf.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("buf.yaml:4:")
                .hasMessageContaining("duplicate key use");
    }

    @Test
    void v1BuildRootsAndExcludesMustBeListsOfRelativePaths() {
        assertThatThrownBy(() -> ConfigParser.parse("version: v1\nbuild:\n  roots: 7\n", "buf.yaml"))
                .isInstanceOf(InputException.class).hasMessage("buf.yaml: \"build.roots\" must be a list");
        assertThatThrownBy(() -> ConfigParser.parse("version: v1\nbuild:\n  excludes: [/abs]\n", "buf.yaml"))
                .isInstanceOf(InputException.class).hasMessage("buf.yaml: build.excludes: /abs must be relative to the module");
        assertThat(ConfigParser.parse("version: v1\nbuild:\n  excludes: [vendor]\n", "buf.yaml").modules())
                .containsExactly(new ModuleConfig(".", List.of("vendor"), BreakingConfig.defaults(ConfigVersion.V1)));
    }

    @Test
    void v1beta1RootsAreModulesSharingTheExcludesWhichMustLieInARoot() {
        BufConfig config = ConfigParser.parse("version: v1beta1\nbuild:\n  roots: [proto, ./vendor/]\n  excludes: [proto/gen]\n",
                "buf.yaml");
        assertThat(config.modules()).extracting(ModuleConfig::path).containsExactly("proto", "vendor");
        assertThat(config.modules()).allSatisfy(m -> assertThat(m.excludes()).containsExactly("proto/gen"));
        assertThatThrownBy(() -> ConfigParser.parse("version: v1beta1\nbuild:\n  roots: [proto]\n  excludes: [gen]\n", "buf.yaml"))
                .hasMessage("buf.yaml: exclude \"gen\" is not contained in any root, which is not valid");
        assertThatThrownBy(() -> ConfigParser.parse("version: v1\nbuild:\n  roots: [proto]\n", "buf.yaml"))
                .hasMessage("buf.yaml: build.roots cannot be set on version v1: [proto]");
    }

    @Test
    void aConfigWithoutAVersionIsRefusedAsBufDoes() {
        for (String text : List.of("", "breaking:\n  use: [WIRE]\n", "{}")) {
            assertThatThrownBy(() -> ConfigParser.parse(text, "buf.yaml")).as(text)
                    .isInstanceOf(InputException.class)
                    .hasMessage("buf.yaml: \"version\" is not set. Please add \"version: v2\"");
        }
    }

    @Test
    void anUnknownRuleIdIsAnErrorNamingIt() {
        assertThatThrownBy(() -> ConfigParser.parse("version: v2\nbreaking:\n  use: [FIELD_SAME_TYPO, FILE]\n", "buf.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessage("buf.yaml: breaking.use: unknown rule or category ID FIELD_SAME_TYPO (config version v2; run `protovet rules` to list them)");
    }

    @Test
    void v2ModulesHaveRootsAndTheirOwnBreakingBlocks() {
        BufConfig config = ConfigParser.parse("""
                version: v2
                modules:
                  - path: proto/
                  - path: ./vendor
                    breaking:
                      use: [WIRE]
                      ignore_only:
                        FIELD_SAME_NAME: [legacy]
                breaking:
                  use: [PACKAGE]
                  ignore: [tmp/]
                  ignore_unstable_packages: true
                """, "buf.yaml");
        assertThat(config.roots()).containsExactly("proto", "vendor");
        assertThat(config.modules().get(0).breaking().use()).containsExactly("PACKAGE");
        assertThat(config.modules().get(0).breaking().ignore()).containsExactly("tmp");
        assertThat(config.modules().get(0).breaking().ignoreUnstablePackages()).isTrue();
        assertThat(config.modules().get(1).breaking().use()).containsExactly("WIRE");
        assertThat(config.modules().get(1).breaking().ignoreOnly()).containsEntry("FIELD_SAME_NAME", java.util.List.of("legacy"));
    }

    @Test
    void brokenYamlNamesTheLineAndAnUnknownKeyNamesTheKey() {
        assertThatThrownBy(() -> ConfigParser.parse("version: v2\nbreaking: [unclosed\n", "buf.yaml"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("buf.yaml:3:");
        assertThatThrownBy(() -> ConfigParser.parse("version: v2\nbreaking:\n  uses: [FILE]\n", "buf.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("unknown key \"uses\"");
        assertThatThrownBy(() -> ConfigParser.parse("version: v9\n", "buf.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("v9");
    }

    @Test
    void unstablePackagesAreAlphaBetaAndTestVersions() {
        assertThat(UnstablePackages.isUnstable("acme.orders.v1alpha1")).isTrue();
        assertThat(UnstablePackages.isUnstable("acme.orders.v2beta")).isTrue();
        assertThat(UnstablePackages.isUnstable("acme.orders.v1test")).isTrue();
        assertThat(UnstablePackages.isUnstable("acme.orders.v1p1beta1")).isTrue();
        assertThat(UnstablePackages.isUnstable("acme.orders.v1")).isFalse();
        assertThat(UnstablePackages.isUnstable("acme.alpha")).isFalse();
        assertThat(UnstablePackages.isUnstable("")).isFalse();
    }
}
