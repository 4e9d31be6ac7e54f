package io.customerlens.demo;

/** A product in the demo catalogue; the list price is per selling unit (case, bag, bottle) in fen. */
record DemoProduct(String code, String name, String category, long listPriceFen) {
}
