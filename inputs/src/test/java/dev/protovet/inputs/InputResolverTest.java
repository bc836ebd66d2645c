package dev.protovet.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protovet.engine.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs from real git repositories and archives, resolved to the .proto files of the chosen version. */
class InputResolverTest {
    private static final String V1 = "syntax = \"proto3\";\npackage shop.v1;\nmessage Cart { string id = 1; }\n";
    private static final String V2 = "syntax = \"proto3\";\npackage shop.v1;\nmessage Cart { string id = 1; int32 items = 2; }\n";

    @TempDir
    Path tmp;
    GitRepo repo;

    @BeforeEach
    void twoCommitsAndATag() throws Exception {
        repo = new GitRepo(tmp.resolve("repo"));
        repo.write("proto/shop/v1/cart.proto", V1).write("README.md", "not a proto").commit("v1");
        repo.git("tag", "v1.0.0");
        repo.write("proto/shop/v1/cart.proto", V2).commit("v2");
    }

    @Test
    void aBranchTagRefOrCommitPicksThatVersionOfTheProtos() throws Exception {
        String first = repo.git("rev-parse", "HEAD~1");
        assertThat(cart(repo.dir + "/.git#branch=main,subdir=proto")).isEqualTo(V2);
        assertThat(cart(repo.dir + "/.git#tag=v1.0.0,subdir=proto")).isEqualTo(V1);
        assertThat(cart(repo.dir + "/.git#ref=HEAD~1,subdir=proto")).isEqualTo(V1);
        assertThat(cart(repo.dir + "/.git#commit=" + first.substring(0, 10) + ",subdir=proto")).isEqualTo(V1);
        assertThat(cart(repo.dir + "#tag=v1.0.0,subdir=proto")).isEqualTo(V1);
        assertThat(cart("file://" + repo.dir + "#tag=v1.0.0,subdir=proto")).isEqualTo(V1);
    }

    @Test
    void onlyProtoFilesAndBufConfigAreCheckedOut() throws Exception {
        try (ResolvedInput input = InputResolver.resolve(repo.dir + "/.git#branch=main")) {
            assertThat(input.path().resolve("proto/shop/v1/cart.proto")).exists();
            assertThat(input.path().resolve("README.md")).doesNotExist();
        }
    }

    @Test
    void aWorktreeReadsTheSharedRepository() throws Exception {
        repo.git("worktree", "add", "-q", tmp.resolve("wt").toString(), "-b", "feature", "v1.0.0");
        assertThat(cart(tmp.resolve("wt") + "/.git#branch=main,subdir=proto")).isEqualTo(V2);
        assertThat(cart(tmp.resolve("wt") + "/.git#ref=HEAD,subdir=proto")).isEqualTo(V1);
    }

    @Test
    void aMissingRefInAShallowCloneSuggestsFetching() throws Exception {
        GitRepo.run(tmp, "clone", "-q", "--depth", "1", "file://" + repo.dir, "shallow");
        String shallow = tmp.resolve("shallow") + "/.git";
        assertThat(cart(shallow + "#branch=main,subdir=proto")).isEqualTo(V2);
        assertThatThrownBy(() -> InputResolver.resolve(shallow + "#ref=HEAD~1"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no ref \"HEAD~1\"")
                .hasMessageContaining("git fetch --unshallow");
        assertThatThrownBy(() -> InputResolver.resolve(shallow + "#branch=release"))
                .hasMessageContaining("no branch \"release\"").hasMessageContaining("git fetch origin release");
    }

    @Test
    void badGitReferencesAreOneLineErrors() {
        assertThatThrownBy(() -> InputResolver.resolve(tmp + "/nowhere.git#branch=main"))
                .isInstanceOf(InputException.class).hasMessageEndingWith("no such file or directory");
        assertThatThrownBy(() -> InputResolver.resolve(tmp + "#branch=main"))
                .hasMessageContaining("not a git repository");
        assertThatThrownBy(() -> InputResolver.resolve(repo.dir + "/.git#branch=main,tag=v1.0.0"))
                .hasMessageContaining("choose one of branch, tag, commit and ref");
        assertThatThrownBy(() -> InputResolver.resolve(repo.dir + "/.git#branch=main,subdir=nope"))
                .hasMessageContaining("no directory \"nope\"");
        assertThatThrownBy(() -> InputResolver.resolve(repo.dir + "/.git#color=blue"))
                .hasMessageContaining("unknown option \"color\"");
    }

    @Test
    void zipJarAndTarGzArchivesOfARelease() throws Exception {
        Path zip = tmp.resolve("release.zip");
        Path jar = tmp.resolve("release.jar");
        Path tarGz = tmp.resolve("release.tar.gz");
        repo.git("archive", "--format=zip", "-o", zip.toString(), "v1.0.0");
        Files.copy(zip, jar);
        repo.git("archive", "--format=tar.gz", "--prefix=shop-1.0.0/", "-o", tarGz.toString(), "v1.0.0");
        assertThat(cart(zip + "#subdir=proto")).isEqualTo(V1);
        assertThat(cart(jar + "#subdir=proto")).isEqualTo(V1);
        assertThat(cart(tarGz + "#strip_components=1,subdir=proto")).isEqualTo(V1);
    }

    @Test
    void anUnreadableArchiveIsAOneLineError() throws IOException {
        Path bad = tmp.resolve("broken.tar.gz");
        Files.writeString(bad, "not gzip");
        assertThatThrownBy(() -> InputResolver.resolve(bad.toString()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(bad + ": not a readable tar archive");
    }

    @Test
    void temporaryFilesAreRemovedOnClose() throws Exception {
        Path checkedOut;
        try (ResolvedInput input = InputResolver.resolve(repo.dir + "/.git#branch=main")) {
            checkedOut = input.path();
            assertThat(checkedOut).exists();
        }
        assertThat(checkedOut).doesNotExist();
    }

    private static String cart(String spec) throws IOException {
        try (ResolvedInput input = InputResolver.resolve(spec)) {
            return Files.readString(input.path().resolve("shop/v1/cart.proto"));
        }
    }
}
