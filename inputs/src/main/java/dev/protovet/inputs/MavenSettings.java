package dev.protovet.inputs;

import dev.protovet.engine.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Profile;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Repository;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.eclipse.aether.RepositorySystemSession.SessionBuilder;
import org.eclipse.aether.repository.Authentication;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/**
 * The user's Maven settings as Maven reads them (the user's {@code settings.xml} over the global one, encrypted
 * passwords decrypted with {@code settings-security.xml}), turned into what Maven's resolver needs: the local
 * repository, the remote repositories (of the active profiles, then Maven Central), mirrors, proxies, server
 * credentials and offline mode. Checksums must match: a repository that does not say otherwise fails on a mismatch,
 * as {@code mvn --strict-checksums} does.
 */
final class MavenSettings {
    static final String CENTRAL = "https://repo.maven.apache.org/maven2";

    private final Settings settings;
    private final Path localRepository;

    private MavenSettings(Settings settings, Path localRepository) {
        this.settings = settings;
        this.localRepository = localRepository;
    }

    /**
     * Reads the settings. The system properties {@code protovet.maven.settings}, {@code maven.repo.local} and
     * {@code maven.home} (else {@code MAVEN_HOME}, for the global settings) point elsewhere, as in Maven.
     */
    static MavenSettings load() {
        String home = System.getProperty("user.home");
        Path userFile = Path.of(System.getProperty("protovet.maven.settings", home + "/.m2/settings.xml"));
        DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest()
                .setUserSettingsFile(userFile.toFile())
                .setSystemProperties(interpolationProperties());
        Path global = globalSettings();
        if (global != null) {
            request.setGlobalSettingsFile(global.toFile());
        }
        Settings settings;
        try {
            settings = new DefaultSettingsBuilderFactory().newInstance().build(request).getEffectiveSettings();
        } catch (SettingsBuildingException e) {
            throw new InputException(userFile.toString(), "cannot read Maven settings: " + describe(e.getProblems()));
        }
        decrypt(settings, userFile, home);
        String local = System.getProperty("maven.repo.local", settings.getLocalRepository());
        return new MavenSettings(settings, local == null || local.isBlank() ? Path.of(home, ".m2", "repository")
                : Path.of(local));
    }

    Path localRepository() {
        return localRepository;
    }

    /** The session's local repository, offline mode, mirrors, proxies and credentials, from the settings. */
    SessionBuilder configure(SessionBuilder session) {
        DefaultMirrorSelector mirrors = new DefaultMirrorSelector();
        for (Mirror m : settings.getMirrors()) {
            mirrors.add(m.getId(), m.getUrl(), m.getLayout(), false, m.isBlocked(), m.getMirrorOf(), m.getMirrorOfLayouts());
        }
        DefaultProxySelector proxies = new DefaultProxySelector();
        for (Proxy p : settings.getProxies()) {
            if (p.isActive()) {
                proxies.add(new org.eclipse.aether.repository.Proxy(p.getProtocol(), p.getHost(), p.getPort(),
                        authentication(p.getUsername(), p.getPassword(), null, null)), p.getNonProxyHosts());
            }
        }
        DefaultAuthenticationSelector credentials = new DefaultAuthenticationSelector();
        for (Server s : settings.getServers()) {
            credentials.add(s.getId(), authentication(s.getUsername(), s.getPassword(), s.getPrivateKey(), s.getPassphrase()));
        }
        return session.withLocalRepositoryBaseDirectories(localRepository)
                .setOffline(settings.isOffline())
                .setMirrorSelector(mirrors)
                .setProxySelector(proxies)
                .setAuthenticationSelector(credentials);
    }

    /** The repositories of the active profiles, then Maven Central (releases only), before mirrors are applied. */
    List<RemoteRepository> repositories() {
        List<String> active = settings.getActiveProfiles();
        List<RemoteRepository> out = new ArrayList<>();
        for (Profile profile : settings.getProfiles()) {
            boolean byDefault = profile.getActivation() != null && profile.getActivation().isActiveByDefault();
            if (active.contains(profile.getId()) || byDefault) {
                for (Repository r : profile.getRepositories()) {
                    out.add(new RemoteRepository.Builder(r.getId(), r.getLayout(), r.getUrl())
                            .setReleasePolicy(policy(r.getReleases()))
                            .setSnapshotPolicy(policy(r.getSnapshots()))
                            .build());
                }
            }
        }
        out.add(new RemoteRepository.Builder("central", "default", CENTRAL)
                .setReleasePolicy(policy(null))
                .setSnapshotPolicy(new RepositoryPolicy(false, RepositoryPolicy.UPDATE_POLICY_DAILY,
                        RepositoryPolicy.CHECKSUM_POLICY_FAIL))
                .build());
        return out;
    }

    private static RepositoryPolicy policy(org.apache.maven.settings.RepositoryPolicy configured) {
        if (configured == null) {
            return new RepositoryPolicy(true, RepositoryPolicy.UPDATE_POLICY_DAILY, RepositoryPolicy.CHECKSUM_POLICY_FAIL);
        }
        return new RepositoryPolicy(configured.isEnabled(),
                orDefault(configured.getUpdatePolicy(), RepositoryPolicy.UPDATE_POLICY_DAILY),
                orDefault(configured.getChecksumPolicy(), RepositoryPolicy.CHECKSUM_POLICY_FAIL));
    }

    private static String orDefault(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static Authentication authentication(String user, String password, String key, String passphrase) {
        if (user == null && password == null && key == null) {
            return null;
        }
        return new AuthenticationBuilder().addUsername(user).addPassword(password).addPrivateKey(key, passphrase).build();
    }

    /** Replaces {@code {...}} passwords of servers and proxies with their plain text, as Maven does. */
    private static void decrypt(Settings settings, Path userFile, String home) {
        String security = System.getProperty(DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION,
                home + "/.m2/settings-security.xml");
        SettingsDecryptionResult decrypted = new DefaultSettingsDecrypter(
                new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(), security))
                .decrypt(new DefaultSettingsDecryptionRequest(settings));
        List<SettingsProblem> errors = decrypted.getProblems().stream()
                .filter(p -> p.getSeverity() != SettingsProblem.Severity.WARNING).toList();
        if (!errors.isEmpty()) {
            throw new InputException(userFile.toString(), "cannot decrypt a password: " + describe(errors));
        }
        settings.setServers(decrypted.getServers());
        settings.setProxies(decrypted.getProxies());
    }

    private static String describe(List<SettingsProblem> problems) {
        SettingsProblem first = problems.stream()
                .filter(p -> p.getSeverity() != SettingsProblem.Severity.WARNING)
                .findFirst().orElse(problems.get(0));
        String where = first.getLineNumber() > 0 ? " (line " + first.getLineNumber() + ")" : "";
        return first.getMessage().replaceAll("\\s+", " ").trim() + where
                + (problems.size() > 1 ? " and " + (problems.size() - 1) + " more" : "");
    }

    /** What {@code ${...}} in settings.xml may name: system properties and {@code env.*}, as in Maven. */
    private static Properties interpolationProperties() {
        Properties properties = new Properties();
        System.getenv().forEach((k, v) -> properties.setProperty("env." + k, v));
        properties.putAll(System.getProperties());
        return properties;
    }

    private static Path globalSettings() {
        String mavenHome = System.getProperty("maven.home", System.getenv("MAVEN_HOME"));
        if (mavenHome == null) {
            return null;
        }
        Path file = Path.of(mavenHome, "conf", "settings.xml");
        return Files.isRegularFile(file) ? file : null;
    }
}
