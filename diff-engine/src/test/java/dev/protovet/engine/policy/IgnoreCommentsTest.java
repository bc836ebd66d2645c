package dev.protovet.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protovet.engine.BreakingCheck;
import dev.protovet.engine.Finding;
import dev.protovet.engine.Fixtures;
import dev.protovet.engine.InputException;
import dev.protovet.engine.config.BreakingConfig;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.rules.ConfigVersion;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ignore comments read from files compiled by the real protoc, and the findings they silence. */
class IgnoreCommentsTest {
    private static final String PREVIOUS = """
            syntax = "proto3";
            package acme.v1;

            message Person {
              string name = 1;
              string email = 2;
            }

            message Legacy {
            }

            enum Color {
              COLOR_UNSPECIFIED = 0;
              RED = 1;
            }
            """;

    @TempDir
    Path dir;

    @Test
    void commentsOnParentsNameTheDeletedChildrenTheyCover() throws Exception {
        List<Finding> findings = check("""
                syntax = "proto3";
                // protovet:breaking:ignore MESSAGE_NO_DELETE Legacy: nothing sent it since 2024
                package acme.v1;

                /*
                 * A person.
                 * buf:breaking:ignore FIELD_NO_DELETE email: moved to Contact
                 */
                message Person {
                  string name = 1;
                }

                // protovet:breaking:ignore ENUM_VALUE_NO_DELETE,ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED RED: gone
                enum Color {
                  COLOR_UNSPECIFIED = 0;
                }
                """);
        assertThat(findings).extracting(Finding::ruleId)
                .contains("MESSAGE_NO_DELETE", "FIELD_NO_DELETE", "ENUM_VALUE_NO_DELETE");
        List<IgnoreComment> comments = IgnoreComments.in(current(), Function.identity());
        assertThat(comments).extracting(IgnoreComment::where)
                .containsExactly("p.proto:3", "p.proto:9", "p.proto:14");

        Judgement judgement = new BreakingPolicy(WarnRules.none(), AcceptedChanges.none(), comments, LocalDate.now())
                .judge(findings, ConfigVersion.V2);
        assertThat(judgement.shown()).isEmpty();
    }

    @Test
    void aCommentWithoutJustificationOrWithAnUnknownRuleIsAnErrorAtItsLine() throws Exception {
        Fixtures.write(dir, "now/p.proto", """
                syntax = "proto3";
                package acme.v1;

                message Person {
                  // protovet:breaking:ignore FIELD_SAME_TYPE
                  string name = 1;
                  // Some words first.
                  // protovet:breaking:ignore FIELD_SAME_TYPO typo
                  string email = 2;
                }
                """);
        assertThatThrownBy(() -> IgnoreComments.in(current(), p -> "shown/" + p))
                .isInstanceOf(InputException.class)
                .hasMessage("shown/p.proto:6:3: protovet:breaking:ignore FIELD_SAME_TYPE (in the comment above) needs a"
                        + " justification: say why after the rule IDs\n"
                        + "shown/p.proto:9:3: protovet:breaking:ignore (in the comment above) names an unknown rule"
                        + " \"FIELD_SAME_TYPO\"");
    }

    private List<Finding> check(String current) throws Exception {
        Fixtures.write(dir, "before/p.proto", PREVIOUS);
        Fixtures.write(dir, "now/p.proto", current);
        Image previous = Fixtures.compile(dir.resolve("before"));
        return BreakingCheck.run(previous, current(), BreakingConfig.defaults(ConfigVersion.V2));
    }

    private Image current() {
        return Fixtures.compile(dir.resolve("now"));
    }
}
