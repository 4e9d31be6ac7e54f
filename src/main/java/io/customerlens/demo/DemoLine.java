package io.customerlens.demo;

import java.time.LocalDate;

/** One line of the demo sales detail; returns carry a negative quantity and amount. */
record DemoLine(LocalDate date, String orderNo, DemoShop shop, DemoProduct product, int quantity,
                long unitPriceFen, long amountFen) {
}
