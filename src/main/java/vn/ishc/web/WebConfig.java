package vn.ishc.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.WriteGuard;

/**
 * Vietnamese unless the person chose English (kept in a cookie, for a year); flash attributes that
 * could not be stored in the database session are dropped rather than fail a saved change; controllers
 * may take an {@link Htmx} parameter; every write that names a record passes its module's guard before its
 * body is bound ({@link RecordWriteGuard}); {@link vn.ishc.shared.Heavy} requests take turns ({@link
 * HeavyRequestGate}).
 */
@Configuration
class WebConfig implements WebMvcConfigurer {
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String LANGUAGE_COOKIE = "ishc-lang";

    private final HeavyRequestGate heavyRequests;
    private final RecordWriteGuard recordWriteGuard;

    WebConfig(HeavyRequestGate heavyRequests, ObjectProvider<WriteGuard> guards, ObjectProvider<CurrentUser> user) {
        this.heavyRequests = heavyRequests;
        this.recordWriteGuard = new RecordWriteGuard(guards, user);
    }

    /** The guard every write naming a record passes before its body is bound (also read by the tests). */
    @Bean
    RecordWriteGuard recordWriteGuard() {
        return recordWriteGuard;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        // People get Vietnamese until they switch; API clients get what their Accept-Language asks for.
        resolver.setDefaultLocaleFunction(
                request -> request.getRequestURI().startsWith("/api/") && request.getHeader("Accept-Language") != null
                        ? request.getLocale()
                        : VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Text and dates in forms and parameters follow {@link InputRules}, ahead of the default conversions. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, String.class, new InputBinding.TextConverter());
        registry.addConverter(new InputBinding.DateConverter());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FlashAttributesGuard());
        registry.addInterceptor(recordWriteGuard);
        registry.addInterceptor(heavyRequests);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HtmxArgumentResolver());
    }
}
