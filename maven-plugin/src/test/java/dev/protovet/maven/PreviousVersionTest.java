package dev.protovet.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreviousVersionTest {

    @Test
    void picksTheHighestReleaseBelowTheProjectVersion() {
        assertThat(PreviousVersion.select(List.of("0.9", "1.0", "1.0.1", "1.1", "2.0"), "1.1-SNAPSHOT")).contains("1.0.1");
    }

    @Test
    void aReleaseBuildComparesWithTheReleaseBeforeIt() {
        assertThat(PreviousVersion.select(List.of("1.0", "1.1"), "1.1")).contains("1.0");
    }

    @Test
    void snapshotsAreNeverABaseline() {
        assertThat(PreviousVersion.select(List.of("1.0", "1.0.1-SNAPSHOT", "1.0.2-20240101.120000-3"), "1.1-SNAPSHOT"))
                .contains("1.0");
    }

    @Test
    void versionsCompareAsMavenDoesNotAsText() {
        assertThat(PreviousVersion.select(List.of("1.9", "1.10", "1.2"), "1.11")).contains("1.10");
        assertThat(PreviousVersion.select(List.of("1.0-beta-1", "1.0-rc1"), "1.0")).contains("1.0-rc1");
    }

    @Test
    void aFirstReleaseHasNone() {
        assertThat(PreviousVersion.select(List.of(), "1.0-SNAPSHOT")).isEmpty();
        assertThat(PreviousVersion.select(List.of("1.0", "2.0"), "0.5")).isEmpty();
    }
}
