package io.customerlens.analysis.value;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CDNOW sample (2,357 customers, 39-week calibration) of fixtures/value/, with its weeks turned into the days
 * the models work in. Customers without a repeat purchase get a NaN mean, as {@link RepeatSummary#of} gives them.
 */
final class CdnowFixture {

    static final String RESOURCE = "/fixtures/value/cdnow_customers_summary_with_transactions.csv";
    static final double DAYS_PER_WEEK = 7;

    private CdnowFixture() {
    }

    static List<RepeatSummary> customers() {
        try (InputStream in = CdnowFixture.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<RepeatSummary> customers = new ArrayList<>();
            reader.readLine(); // ID,x,t_x,T,zbar
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",");
                int x = Integer.parseInt(cells[1]);
                customers.add(new RepeatSummary(cells[0], x, Double.parseDouble(cells[2]) * DAYS_PER_WEEK,
                        Double.parseDouble(cells[3]) * DAYS_PER_WEEK, x == 0 ? Double.NaN : Double.parseDouble(cells[4])));
            }
            return customers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
