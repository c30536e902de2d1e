package dev.gilspy.interp.modules.localtime;

/** One local time type of a zone (tzfile(5)'s ttinfo): UTC offset in seconds (east positive), DST flag, abbreviation. */
public record ZoneType(int offset, boolean dst, String abbr) {}
