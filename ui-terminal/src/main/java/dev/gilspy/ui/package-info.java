/** The live GIL view: a view model with no Lanterna types in it, and the Lanterna screen that draws it. */
package dev.gilspy.ui;
