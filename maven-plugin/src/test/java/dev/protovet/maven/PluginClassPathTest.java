package dev.protovet.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The plugin runs inside Maven, whose own resolver (1.x in Maven 3.8 and 3.9) its classes must use: the standalone
 * resolver that {@code inputs} brings for the CLI would clash with it, so the plugin's class path leaves it out.
 */
class PluginClassPathTest {
    @Test
    void theStandaloneResolverOfInputsIsLeftOut() {
        assertThatThrownBy(() -> Class.forName("org.eclipse.aether.supplier.RepositorySystemSupplier"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.eclipse.aether.transport.apache.ApacheTransporterFactory"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
