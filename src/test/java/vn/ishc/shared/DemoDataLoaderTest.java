package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Demo data loads only when ISHC_DEMO=true, and in the contributors' order. */
class DemoDataLoaderTest {
    static final List<String> loaded = new ArrayList<>();

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(DemoDataLoader.class)
            .withBean("second", DemoData.class, () -> contributor(20, "second"))
            .withBean("first", DemoData.class, () -> contributor(10, "first"));

    static DemoData contributor(int order, String name) {
        return new DemoData() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public void load() {
                loaded.add(name);
            }
        };
    }

    @Test
    void withoutTheSwitchNothingLoads() {
        runner.run(context -> assertThat(context).doesNotHaveBean(DemoDataLoader.class));
        runner.withPropertyValues("ishc.demo=false")
                .run(context -> assertThat(context).doesNotHaveBean(DemoDataLoader.class));
    }

    @Test
    void withTheSwitchContributorsLoadInOrder() throws Exception {
        loaded.clear();
        runner.withPropertyValues("ishc.demo=true").run(context -> {
            assertThat(context).hasSingleBean(DemoDataLoader.class);
            context.getBean(DemoDataLoader.class).run(null);
        });
        assertThat(loaded).containsExactly("first", "second");
    }
}
