package dev.protovet.inputs;

import dev.protovet.engine.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What protovet needs from the user's {@code ~/.m2/settings.xml}: the local repository, the remote repositories
 * (of active profiles, Maven Central otherwise, each behind its mirror if one matches) and server credentials.
 */
record MavenSettings(Path localRepository, List<Repository> repositories) {

    static final String CENTRAL = "https://repo.maven.apache.org/maven2";

    /** A remote repository with the credentials of its server entry (null when none). */
    record Repository(String id, String url, String username, String password) {
    }

    /**
     * Reads {@code settings} (may not exist). The system properties {@code maven.repo.local} and
     * {@code protovet.maven.settings} override the local repository and the settings file, as in Maven.
     */
    static MavenSettings load() {
        String home = System.getProperty("user.home");
        Path file = Path.of(System.getProperty("protovet.maven.settings", home + "/.m2/settings.xml"));
        Path local = Path.of(home, ".m2", "repository");
        List<Repository> repositories = new ArrayList<>();
        Map<String, String[]> servers = new LinkedHashMap<>();
        List<String[]> mirrors = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            Element root = parse(file).getDocumentElement();
            String configured = text(root, "localRepository");
            if (configured != null) {
                local = Path.of(configured.replace("${user.home}", home));
            }
            for (Element server : children(child(root, "servers"), "server")) {
                servers.put(text(server, "id"), new String[] {text(server, "username"), text(server, "password")});
            }
            for (Element mirror : children(child(root, "mirrors"), "mirror")) {
                mirrors.add(new String[] {text(mirror, "id"), text(mirror, "url"), text(mirror, "mirrorOf")});
            }
            List<String> active = children(child(root, "activeProfiles"), "activeProfile").stream()
                    .map(Node::getTextContent).map(String::trim).toList();
            for (Element profile : children(child(root, "profiles"), "profile")) {
                Element activation = child(profile, "activation");
                boolean byDefault = activation != null && "true".equals(text(activation, "activeByDefault"));
                if (active.contains(text(profile, "id")) || byDefault) {
                    for (Element repository : children(child(profile, "repositories"), "repository")) {
                        repositories.add(new Repository(text(repository, "id"), text(repository, "url"), null, null));
                    }
                }
            }
        }
        repositories.add(new Repository("central", CENTRAL, null, null));
        if (System.getProperty("maven.repo.local") != null) {
            local = Path.of(System.getProperty("maven.repo.local"));
        }
        List<Repository> effective = new ArrayList<>();
        for (Repository repository : repositories) {
            Repository mirrored = mirror(repository, mirrors);
            String[] credentials = servers.get(mirrored.id());
            Repository withCredentials = credentials == null ? mirrored
                    : new Repository(mirrored.id(), mirrored.url(), credentials[0], credentials[1]);
            if (effective.stream().noneMatch(r -> r.url().equals(withCredentials.url()))) {
                effective.add(withCredentials);
            }
        }
        return new MavenSettings(local, List.copyOf(effective));
    }

    private static Repository mirror(Repository repository, List<String[]> mirrors) {
        for (String[] mirror : mirrors) {
            for (String pattern : mirror[2] == null ? new String[0] : mirror[2].split(",")) {
                String p = pattern.trim();
                boolean excluded = mirror[2].contains("!" + repository.id());
                if (!excluded && (p.equals("*") || p.equals(repository.id())
                        || p.equals("external:*") && !repository.url().startsWith("file:"))) {
                    return new Repository(mirror[0], mirror[1], null, null);
                }
            }
        }
        return repository;
    }

    private static Document parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new InputException(file.toString(), "cannot read Maven settings: " + e.getMessage());
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals(name)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }
}
