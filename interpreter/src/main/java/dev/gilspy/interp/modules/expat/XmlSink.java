package dev.gilspy.interp.modules.expat;

import java.util.List;

/**
 * What {@link XmlScanner} reports, in document order: expat's callbacks before the pyexpat layer
 * chooses between the specific handler and the default handler. {@code raw} is the markup as it
 * stood in the document (what expat passes to a default handler).
 */
interface XmlSink {
    void xmlDecl(String version, String encoding, int standalone, String raw);

    void startDoctype(String name, String sysid, String pubid, boolean internalSubset, List<String> rawPieces);

    void endDoctype(String raw);

    void entityDecl(String name, boolean parameter, String value, String sysid, String pubid, String notation,
                    List<String> rawPieces);

    /** A DTD declaration the pyexpat layer only passes to the default handler (ELEMENT, ATTLIST, NOTATION). */
    void otherDecl(String raw);

    /** {@code attrs} holds names and values in turn, names as written (namespaces not yet applied). */
    void startElement(String name, List<String> attrs, String raw);

    void endElement(String name, String raw);

    void characters(String text);

    void comment(String text, String raw);

    void pi(String target, String data, String raw);

    void startCdata();

    void endCdata();

    /** Markup with no handler of its own: whitespace in the prolog, a doctype piece. */
    void defaultText(String raw);

    /** A reference to an entity not declared, in a document whose DTD expat could not read whole. */
    void skippedEntity(String name, String raw);

    /** False when a non-expanding DefaultHandler is set: internal entity references go to it raw. */
    boolean expandInternal();

    /** Called before each event with the index in the scanner text where the event starts. */
    void at(int index);
}
