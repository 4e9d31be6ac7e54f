package io.customerlens.service.card;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.analysis.card.CardFigures;
import io.customerlens.analysis.card.CustomerCard;
import io.customerlens.analysis.card.MonthBar;
import io.customerlens.analysis.card.ProductTrend;
import io.customerlens.analysis.card.StoppedProduct;
import io.customerlens.analysis.card.Trend;
import io.customerlens.analysis.lapse.Gap;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.lapse.RiskLevel;
import io.customerlens.domain.CustomerSalesLine;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.i18n.MessageBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The card of the fixture's KH100, figures as {@link CardFixture} works them out by hand. */
@OnEveryStore
class CustomerCardServiceTest {

    @Parameter
    TestStore store;

    private static final LapseWindow N3 = new LapseWindow(3);

    @TempDir
    Path folder;
    private CardFixture fixture;

    @BeforeEach
    void open() throws IOException {
        fixture = new CardFixture(store, folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anImportBetweenTwoCardsShowsTheNewPurchase() throws IOException {
        CustomerCardService cards = fixture.cards(CustomerTasks.NONE);
        assertThat(cards.card(CardFixture.CUSTOMER, Optional.empty(), N3).figures().idleMonths()).isEqualTo(3);
        Path more = folder.resolve("more.csv");
        Files.writeString(more, """
                单据日期,单据编号,客户编码,客户名称,金额
                2025-06-18,XS-NEW,KH100,上海浦东新区张江高科技园区好又多连锁超市有限公司第一分店,300.00
                """);

        fixture.importFile(more);

        CardFigures figures = cards.card(CardFixture.CUSTOMER, Optional.empty(), N3).figures();
        assertThat(figures.lastPurchase()).isEqualTo(LocalDate.of(2025, 6, 18));
        assertThat(figures.idleMonths()).isZero();
        assertThat(figures.orders()).isEqualTo(23);
    }

    @Test
    void figuresAreTheCustomersOwn() {
        CustomerCard card = fixture.cards(CustomerTasks.NONE).card(CardFixture.CUSTOMER, Optional.empty(), N3);
        CardFigures figures = card.figures();

        assertThat(card.asOf()).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(card.displayName()).isEqualTo(CardFixture.NAME);
        assertThat(card.info().salesperson()).isEqualTo("王芳");
        assertThat(figures.firstPurchase()).isEqualTo(LocalDate.of(2023, 1, 10));
        assertThat(figures.lastPurchase()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(figures.daysSinceLast()).isEqualTo(102);
        assertThat(figures.idleMonths()).isEqualTo(3);
        assertThat(figures.orders()).isEqualTo(22);
        assertThat(figures.netAmount()).isEqualByComparingTo("2770");
        assertThat(figures.averageOrder()).isEqualByComparingTo(new BigDecimal("2770").divide(BigDecimal.valueOf(22),
                java.math.MathContext.DECIMAL64));
        assertThat(figures.typicalIntervalDays()).isEqualTo(31.0);
        assertThat(figures.nextDue()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(figures.overdueDays()).isEqualTo(71L);
        assertThat(figures.risk()).isEqualTo(RiskLevel.LAPSED);
        assertThat(figures.returnLines()).isEqualTo(1);
        assertThat(figures.returnAmount()).isEqualByComparingTo("-50");
        assertThat(figures.margin()).isEqualByComparingTo("581");
        assertThat(figures.yearToDate().thisYear()).isEqualByComparingTo("400");
        assertThat(figures.yearToDate().lastYear()).isEqualByComparingTo("660");
        assertThat(figures.yearToDate().change()).hasValueSatisfying(change ->
                assertThat(change).isCloseTo(400.0 / 660 - 1, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void chartGapsProductsAndStoppedBuying() {
        CustomerCard card = fixture.cards(CustomerTasks.NONE).card(CardFixture.CUSTOMER, Optional.empty(), N3);

        assertThat(card.months()).hasSize(24);
        assertThat(card.months().getFirst()).isEqualTo(new MonthBar(YearMonth.of(2023, 7), BigDecimal.ZERO, false, true, true));
        // August 2024: a purchase of 100 + 60 and the return of 50
        assertThat(card.months().get(13)).extracting(MonthBar::month, bar -> bar.net().intValueExact(), MonthBar::gap)
                .containsExactly(YearMonth.of(2024, 8), 110, false);
        assertThat(card.months().get(18)).extracting(MonthBar::month, MonthBar::gap, MonthBar::lapse)
                .containsExactly(YearMonth.of(2025, 1), true, false);
        assertThat(card.months().getLast()).extracting(MonthBar::gap, MonthBar::lapse).containsExactly(true, true);

        assertThat(card.gaps()).extracting(Gap::start, Gap::months, Gap::open).containsExactly(
                org.assertj.core.groups.Tuple.tuple(YearMonth.of(2023, 7), 4, false),
                org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 1), 1, false),
                org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 4), 3, true));
        assertThat(card.episodes()).hasSize(2);

        assertThat(card.topProducts()).extracting(ProductTrend::key, ProductTrend::trend)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P01", Trend.FLAT),
                        org.assertj.core.groups.Tuple.tuple("P02", Trend.UP),
                        org.assertj.core.groups.Tuple.tuple("P03", Trend.NEW));
        assertThat(card.topProducts().getFirst().netAmount()).isEqualByComparingTo("2150");
        assertThat(card.topCategories()).extracting(ProductTrend::key).containsExactly("方便食品", "饮料");
        assertThat(card.stoppedBuying()).extracting(StoppedProduct::key, StoppedProduct::monthsBought)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P01", 11), org.assertj.core.groups.Tuple.tuple("P02", 9));
    }

    @Test
    void badgesExplainThemselvesInBothLanguages() {
        CustomerCard card = fixture.cards(CustomerTasks.NONE).card(CardFixture.CUSTOMER, Optional.empty(), N3);
        MessageBundle english = MessageBundle.forLocale(Locale.ENGLISH);
        MessageBundle chinese = MessageBundle.forLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(card.badges().lifecycle().code()).isEqualTo("lapsed");
        assertThat(card.badges().lifecycle().why(english)).isEqualTo("No purchase for 3 calendar months; lapsed from 3.");
        assertThat(card.badges().lifecycle().label(chinese)).isEqualTo("未进货");
        assertThat(card.badges().valueTier().code()).isEqualTo("a");
        assertThat(card.badges().valueTier().why(english)).startsWith("Net amount 2,770.00; the customers ranked above it bring ");
        assertThat(card.badges().rfm().why(chinese)).contains("R：距最近一次进货 102 天", "F：22 单", "净额 2,770.00");
        assertThat(card.badges().keyAccount().why(english)).startsWith("Key-account score ");
    }

    @Test
    void tasksComeFromTheFollowUps() {
        FollowUpTask task = new FollowUpTask(7, CardFixture.CUSTOMER, FollowUpReason.LAPSED, 3, FollowUpChannel.VISIT,
                LocalDate.of(2025, 6, 21), FollowUpTask.HIGH, FollowUpStatus.OPEN, null, Instant.EPOCH, null,
                BigDecimal.TEN, "带新品目录", null, null, null);
        CustomerCard card = fixture.cards(key -> key.equals(CardFixture.CUSTOMER) ? List.of(task) : List.of())
                .card(CardFixture.CUSTOMER, Optional.empty(), N3);

        assertThat(card.tasks()).containsExactly(task);
    }

    @Test
    void anUnknownKeyOrAnAsOfBeforeTheFirstPurchaseIsNamed() {
        CustomerCardService cards = fixture.cards(CustomerTasks.NONE);

        assertThatThrownBy(() -> cards.card("KH999", Optional.empty(), N3))
                .isInstanceOfSatisfying(UnknownCustomerException.class, e -> {
                    assertThat(e.customerKey()).isEqualTo("KH999");
                    assertThat(e.asOf()).isNull();
                });
        assertThatThrownBy(() -> cards.card("KH300", Optional.of(LocalDate.of(2024, 12, 31)), N3))
                .isInstanceOfSatisfying(UnknownCustomerException.class,
                        e -> assertThat(e.asOf()).isEqualTo(LocalDate.of(2024, 12, 31)));
        assertThat(cards.exists("KH300")).isTrue();
        assertThat(cards.exists("KH999")).isFalse();
    }

    @Test
    void rawLinesComePagedNewestFirstWithTheirProduct() {
        CustomerCardService cards = fixture.cards(CustomerTasks.NONE);

        SalesLinePage first = cards.lines(CardFixture.CUSTOMER, 0, 5);
        SalesLinePage last = cards.lines(CardFixture.CUSTOMER, 30, 5);

        // 22 orders with P01, 9 with P02, 2 with P03, and the return: 34 lines
        assertThat(first.total()).isEqualTo(34);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.lines()).extracting(CustomerSalesLine::date).containsOnly(LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 2, 10));
        assertThat(first.lines().getFirst().productName()).isNotNull();
        assertThat(last.lines()).hasSize(4);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.lines().getLast()).extracting(CustomerSalesLine::date, CustomerSalesLine::productName,
                CustomerSalesLine::category).containsExactly(LocalDate.of(2023, 1, 10), "康师傅红烧牛肉面 24袋装", "方便食品");
        assertThat(cards.lines(CardFixture.CUSTOMER, 0, 100).lines()).filteredOn(CustomerSalesLine::isReturn)
                .singleElement().extracting(CustomerSalesLine::amount).isEqualTo(new BigDecimal("-50"));
    }
}
