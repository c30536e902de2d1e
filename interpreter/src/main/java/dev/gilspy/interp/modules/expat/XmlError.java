package dev.gilspy.interp.modules.expat;

/**
 * A well-formedness error found by {@link XmlScanner}: expat's error code ({@code XML_ERROR_*}) and
 * the index in the scanner's text where expat reports it.
 */
final class XmlError extends RuntimeException {
    static final int SYNTAX = 2;
    static final int NO_ELEMENTS = 3;
    static final int INVALID_TOKEN = 4;
    static final int UNCLOSED_TOKEN = 5;
    static final int PARTIAL_CHAR = 6;
    static final int TAG_MISMATCH = 7;
    static final int DUPLICATE_ATTRIBUTE = 8;
    static final int JUNK_AFTER_DOC_ELEMENT = 9;
    static final int UNDEFINED_ENTITY = 11;
    static final int RECURSIVE_ENTITY_REF = 12;
    static final int BAD_CHAR_REF = 14;
    static final int ATTRIBUTE_EXTERNAL_ENTITY_REF = 16;
    static final int MISPLACED_XML_PI = 17;
    static final int UNKNOWN_ENCODING = 18;
    static final int INCORRECT_ENCODING = 19;
    static final int UNCLOSED_CDATA_SECTION = 20;
    static final int UNBOUND_PREFIX = 27;
    static final int UNDECLARING_PREFIX = 28;
    static final int XML_DECL = 30;
    static final int FINISHED = 36;
    static final int RESERVED_PREFIX_XML = 38;
    static final int RESERVED_PREFIX_XMLNS = 39;
    static final int RESERVED_NAMESPACE_URI = 40;

    final int code;
    final int index;

    XmlError(int code, int index) {
        super(null, null, false, false);
        this.code = code;
        this.index = index;
    }
}
