package io.customerlens.app;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for {@link SecondInstanceTest}: opens the store in the folder named by its argument the way the
 * app does, says "held" on stdout, and keeps it open until its stdin closes.
 */
public final class StoreHolder {

    private StoreHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (AppContext context = new AppContext(Path.of(args[0]))) {
            System.out.println("held " + context.customerService().getClass().getSimpleName());
            System.out.flush();
            while (System.in.read() >= 0) {
                // keep the store open until the test closes our stdin
            }
        }
    }
}
