package dev.gilspy.interp.parse;

/** The value the lexer gives an imaginary literal ({@code 2j}): the parser makes the complex constant. */
record Imaginary(double value) {}
