package com.fours.workbench.inspection;

/** The heading an item is grouped under: 整理 整顿 清扫 清洁 素养, and 安全 where the store uses 6S. */
public enum FiveSPillar {
    SEIRI,
    SEITON,
    SEISO,
    SEIKETSU,
    SHITSUKE,
    SAFETY
}
