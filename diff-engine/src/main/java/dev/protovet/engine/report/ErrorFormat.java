package dev.protovet.engine.report;

import java.util.Arrays;
import java.util.Locale;

/** The output formats, by the names buf's {@code --error-format} uses (plus sarif, and pretty for people). */
public enum ErrorFormat {
    TEXT("text", new TextWriter()),
    JSON("json", new JsonLinesWriter()),
    MSVS("msvs", new MsvsWriter()),
    JUNIT("junit", new JunitWriter()),
    GITHUB_ACTIONS("github-actions", new GithubActionsWriter()),
    GITLAB_CODE_QUALITY("gitlab-code-quality", new GitlabCodeQualityWriter()),
    SARIF("sarif", new SarifWriter()),
    PRETTY("pretty", new PrettyWriter(path -> null));

    private final String id;
    private final FindingWriter writer;

    ErrorFormat(String id, FindingWriter writer) {
        this.id = id;
        this.writer = writer;
    }

    public String id() {
        return id;
    }

    public FindingWriter writer() {
        return writer;
    }

    /** The writer, showing source lines where the format does (pretty), read through {@code sourceLines}. */
    public FindingWriter writer(java.util.function.Function<String, java.util.List<String>> sourceLines) {
        return writer(sourceLines, false);
    }

    /** As {@link #writer(java.util.function.Function)}, in ANSI colour where the format has colour (pretty). */
    public FindingWriter writer(java.util.function.Function<String, java.util.List<String>> sourceLines, boolean colour) {
        return this == PRETTY ? new PrettyWriter(sourceLines, colour) : writer;
    }

    /** Every format's name, in the order {@code --error-format} lists them. */
    public static java.util.List<String> ids() {
        return Arrays.stream(values()).map(ErrorFormat::id).toList();
    }

    public static ErrorFormat parse(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown error format \"" + text + "\"; expected one of "
                        + String.join(", ", ids())));
    }

    @Override
    public String toString() {
        return id;
    }
}
