package com.fours.workbench.intake;

record MarkerRow(int number, String carView, double x, double y, String damage, String note) {

    DamageMarker toMarker() {
        return new DamageMarker(number, CarView.valueOf(carView), x, y, DamageType.valueOf(damage), note);
    }
}
