package com.fours.workbench.parts;

/** A: the parts making the first 80% of issue value; B: the next 15%; C: the rest. */
public enum AbcClass {
    A,
    B,
    C
}
