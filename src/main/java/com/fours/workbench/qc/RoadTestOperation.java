package com.fours.workbench.qc;

/** A labour operation of the catalog that a road-test rule may name. */
public record RoadTestOperation(long id, String code, String nameZh, String nameEn) {
}
