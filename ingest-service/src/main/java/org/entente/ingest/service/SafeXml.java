package org.entente.ingest.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML into a DOM with DOCTYPE declarations refused outright: no DTD means no external entity
 * (XXE) and no entity expansion (billion laughs) can even be declared, whatever the feed library does later.
 * Nesting is limited too: the DOM and ROME walk elements recursively, and 5,000 levels overflowed a poller
 * thread's stack.
 */
final class SafeXml {

    /** Deepest element nesting read; real feeds (Atom with XHTML content included) stay within a few dozen. */
    static final int MAX_DEPTH = 256;

    /** The JDK parser's own depth limit (jdk.xml.maxElementDepth), checked while parsing, before any recursion. */
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a feed unreadable
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SafeXml() {
    }

    static Document parse(byte[] xml) throws FeedFormatException {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(STRICT);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed (" + systemId + ")");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            String reason = message.contains("DOCTYPE")
                    ? "the feed declares a DOCTYPE, which is refused (it could define external or expanding entities)"
                    : message.contains("JAXP00010006") || message.contains("maxElementDepth")
                            ? "the feed has elements nesting deeper than " + MAX_DEPTH + " levels (at line " + e.getLineNumber()
                                    + "); refused, real feeds nest a few dozen at most"
                            : "malformed XML at line " + e.getLineNumber() + ": " + message;
            throw new FeedFormatException(reason, e);
        } catch (SAXException | IOException e) {
            throw new FeedFormatException("unreadable XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setAttribute(MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }
}
