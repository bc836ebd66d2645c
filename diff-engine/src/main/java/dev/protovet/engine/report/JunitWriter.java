package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import dev.protovet.engine.policy.Judged;
import dev.protovet.engine.policy.Judgement;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML: one test suite per file (named without ".proto"), one failing test case per finding (a skipped one per
 * warning), written by the JDK's {@link XMLStreamWriter}, which escapes the attribute values.
 */
public final class JunitWriter implements FindingWriter {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    @Override
    public String write(Judgement judgement) {
        Map<String, List<Judged>> byFile = new LinkedHashMap<>();
        for (Judged j : judgement.shown()) {
            byFile.computeIfAbsent(TextWriter.path(j.finding()), k -> new ArrayList<>()).add(j);
        }
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartElement("testsuites");
            for (Map.Entry<String, List<Judged>> file : byFile.entrySet()) {
                suite(xml, file.getKey(), file.getValue());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        // buf (Go's encoding/xml) spells an escaped quote &#34;. The writer escapes every '&' of the text itself, so
        // "&quot;" in its output is always its own escape of '"', never text.
        return text.toString().replace("&quot;", "&#34;");
    }

    private static void suite(XMLStreamWriter xml, String path, List<Judged> findings) throws XMLStreamException {
        String suite = path.endsWith(".proto") ? path.substring(0, path.length() - ".proto".length()) : path;
        long warnings = findings.stream().filter(Judged::isWarning).count();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        attribute(xml, "name", suite);
        attribute(xml, "tests", Integer.toString(findings.size()));
        attribute(xml, "failures", Long.toString(findings.size() - warnings));
        attribute(xml, "errors", "0");
        if (warnings > 0) {
            attribute(xml, "skipped", Long.toString(warnings));
        }
        for (Judged j : findings) {
            Finding f = j.finding();
            String name = f.path() == null ? f.ruleId()
                    : f.ruleId() + "_" + f.location().span().startLine() + "_" + f.location().span().startColumn();
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            attribute(xml, "name", name);
            xml.writeCharacters("\n      ");
            xml.writeStartElement(j.isWarning() ? "skipped" : "failure");
            attribute(xml, "message", path + ":" + f.location().span().startLine() + ":"
                    + f.location().span().startColumn() + ":" + (j.isWarning() ? "warning: " : "") + f.message());
            if (!j.isWarning()) {
                attribute(xml, "type", f.ruleId());
            }
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, XmlText.representable(value));
    }
}
