package io.customerlens.importer;

/** The order of day, month and year in text dates such as 03/01/19. */
public enum DateOrder {
    YMD, MDY, DMY
}
