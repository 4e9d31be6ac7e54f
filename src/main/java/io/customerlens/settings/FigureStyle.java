package io.customerlens.settings;

import java.util.Optional;

/**
 * How figures are shown, for Chinese readers: amounts of 10,000 and more in 万 (12.3万), and rising figures in
 * red, falling in green (红涨绿跌, as Chinese market quotes show them). Both off by default; both apply in
 * Chinese only.
 *
 * @param amountsInWan amounts of 10,000 and more as 万 in Chinese
 * @param risingRed    rising figures red and falling green in Chinese, instead of green and red
 */
public record FigureStyle(boolean amountsInWan, boolean risingRed) {

    public static final FigureStyle PLAIN = new FigureStyle(false, false);

    String write() {
        return "amountsInWan=" + amountsInWan + ";risingRed=" + risingRed;
    }

    static Optional<FigureStyle> read(String text) {
        boolean wan = false;
        boolean red = false;
        for (String part : text.split(";")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length != 2 || !pair[1].equals("true") && !pair[1].equals("false")) {
                return Optional.empty();
            }
            switch (pair[0]) {
                case "amountsInWan" -> wan = Boolean.parseBoolean(pair[1]);
                case "risingRed" -> red = Boolean.parseBoolean(pair[1]);
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new FigureStyle(wan, red));
    }
}
