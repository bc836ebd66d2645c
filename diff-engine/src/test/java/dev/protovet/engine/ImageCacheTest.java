package dev.protovet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.load.ImageCache;
import dev.protovet.engine.load.InputLoader;
import dev.protovet.engine.load.ProtocCompiler;
import dev.protovet.engine.model.Image;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline compiled once: the second load of the same files comes from the cache without running protoc, and any
 * change that could change the compile (a file's content, an imported file outside the input, a damaged entry)
 * compiles again. protoc here is the real one behind a script that counts its runs.
 */
class ImageCacheTest {
    @TempDir
    Path work;

    private Path input;
    private Path runs;
    private ImageCache cache;
    private InputLoader loader;

    @BeforeEach
    void setUp() throws IOException {
        input = work.resolve("input");
        Fixtures.write(input, "orders/v1/order.proto", """
                syntax = "proto3";
                package orders.v1;
                message Order {
                  string id = 1;
                  int64 total = 2 [json_name = "sum"];
                }
                """);
        runs = work.resolve("runs.txt");
        Path real = Fixtures.protoc().executable().toAbsolutePath();
        // protoc from Maven Central arrives without its executable bit, which protovet gives it when it runs it
        real.toFile().setExecutable(true);
        Path counting = work.resolve("protoc");
        Files.writeString(counting, "#!/bin/sh\necho run >> '" + runs + "'\nexec '"
                + real + "' \"$@\"\n");
        counting.toFile().setExecutable(true);
        cache = new ImageCache(work.resolve("cache"), ImageCache.DEFAULT_MAX_BYTES);
        loader = new InputLoader(new ProtocCompiler(counting), List.of()).cachedIn(cache);
    }

    // images are compared by their text, which shows every declaration with its span (Image has no value equality)

    private int protocRuns() throws IOException {
        return Files.exists(runs) ? Files.readAllLines(runs).size() : 0;
    }

    private Image load(Path dir) {
        return loader.load(dir, BufConfig.defaults()).image();
    }

    @Test
    void theSameFilesAreCompiledOnceAndTheKeptImageIsTheSame() throws IOException {
        Image first = load(input);
        Image second = load(input);
        assertThat(protocRuns()).isEqualTo(1);
        assertThat(second).hasToString(first.toString());
        assertThat(second).hasToString(Fixtures.compile(input).toString());
    }

    @Test
    void theSameContentInAnotherDirectoryIsReused() throws IOException {
        load(input);
        // a baseline checked out again into a fresh scratch directory
        Path copy = work.resolve("checkout-2");
        Fixtures.write(copy, "orders/v1/order.proto", Files.readString(input.resolve("orders/v1/order.proto")));
        load(copy);
        assertThat(protocRuns()).isEqualTo(1);
    }

    @Test
    void aChangedFileIsCompiledAgain() throws IOException {
        load(input);
        Fixtures.write(input, "orders/v1/order.proto", """
                syntax = "proto3";
                package orders.v1;
                message Order {
                  string id = 1;
                }
                """);
        Image changed = load(input);
        assertThat(protocRuns()).isEqualTo(2);
        assertThat(changed.files().get(0).messages().get(0).fields()).hasSize(1);
    }

    @Test
    void aChangedImportOutsideTheInputIsCompiledAgain() throws IOException {
        Path shared = work.resolve("shared");
        Fixtures.write(shared, "common/money.proto", "syntax = \"proto3\";\npackage common;\nmessage Money { int64 units = 1; }\n");
        Fixtures.write(input, "orders/v1/price.proto", """
                syntax = "proto3";
                package orders.v1;
                import "common/money.proto";
                message Price { common.Money amount = 1; }
                """);
        InputLoader withShared = new InputLoader(new ProtocCompiler(work.resolve("protoc")), List.of(shared))
                .cachedIn(cache);
        withShared.load(input, BufConfig.defaults());
        withShared.load(input, BufConfig.defaults());
        assertThat(protocRuns()).isEqualTo(1);
        Fixtures.write(shared, "common/money.proto", "syntax = \"proto3\";\npackage common;\nmessage Money { int64 cents = 1; }\n");
        Image changed = withShared.load(input, BufConfig.defaults()).image();
        assertThat(protocRuns()).isEqualTo(2);
        assertThat(changed.files()).anySatisfy(f -> assertThat(f.path()).isEqualTo("common/money.proto"));
    }

    @Test
    void aTruncatedOrDamagedEntryIsRebuiltNeverTrusted() throws IOException {
        Image first = load(input);
        Path entry = onlyEntry();
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(load(input)).hasToString(first.toString());
        assertThat(protocRuns()).isEqualTo(2);

        bytes = Files.readAllBytes(onlyEntry());
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(onlyEntry(), bytes);
        assertThat(load(input)).hasToString(first.toString());
        assertThat(protocRuns()).isEqualTo(3);
        // rebuilt: the next run uses it again
        load(input);
        assertThat(protocRuns()).isEqualTo(3);
    }

    @Test
    void concurrentRunsEachGetAWholeImageAndLeaveNoPartialFiles() throws Exception {
        Image expected = Fixtures.compile(input);
        List<CompletableFuture<Image>> runsAtOnce = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            runsAtOnce.add(CompletableFuture.supplyAsync(() -> load(input)));
        }
        for (CompletableFuture<Image> run : runsAtOnce) {
            assertThat(run.get()).hasToString(expected.toString());
        }
        try (Stream<Path> files = Files.list(cache.directory())) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().satisfies(
                    name -> assertThat(name).endsWith(".image"));
        }
    }

    @Test
    void theCacheStaysWithinItsBoundDroppingTheLeastRecentlyUsed() throws IOException {
        InputLoader small = new InputLoader(new ProtocCompiler(work.resolve("protoc")), List.of())
                .cachedIn(new ImageCache(cache.directory(), 1));
        small.load(input, BufConfig.defaults());
        Path other = work.resolve("other");
        Fixtures.write(other, "a.proto", "syntax = \"proto3\";\nmessage A {}\n");
        small.load(other, BufConfig.defaults());
        // one entry is over the bound already: only the newest is kept
        assertThat(onlyEntry()).isNotNull();
        small.load(other, BufConfig.defaults());
        assertThat(protocRuns()).isEqualTo(2);
    }

    @Test
    void anUnwritableCacheOnlyMeansCompilingEachTime() throws IOException {
        Path notADirectory = work.resolve("file");
        Files.writeString(notADirectory, "");
        InputLoader broken = new InputLoader(new ProtocCompiler(work.resolve("protoc")), List.of())
                .cachedIn(new ImageCache(notADirectory.resolve("images"), ImageCache.DEFAULT_MAX_BYTES));
        assertThat(broken.load(input, BufConfig.defaults()).image()).hasToString(Fixtures.compile(input).toString());
        broken.load(input, BufConfig.defaults());
        assertThat(protocRuns()).isEqualTo(2);
    }

    private Path onlyEntry() throws IOException {
        try (Stream<Path> files = Files.list(cache.directory())) {
            List<Path> entries = files.filter(p -> p.toString().endsWith(".image")).toList();
            assertThat(entries).hasSize(1);
            return entries.get(0);
        }
    }
}
