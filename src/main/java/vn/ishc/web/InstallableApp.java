package vn.ishc.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What makes the application installable on a phone and usable without signal: the web app manifest
 * ({@code /manifest.webmanifest}, its names in the reader's language) and the service worker ({@code /sw.js},
 * {@code classpath:pwa/sw.js}), served from the root so that its scope is the whole application. Both are open
 * without a login (the security rules permit them): the browser fetches them on its own, as it does the icon at
 * {@code /favicon.ico}.
 */
@RestController
class InstallableApp {
    static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");
    static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

    private final MessageSource messages;

    InstallableApp(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/manifest.webmanifest")
    ResponseEntity<Map<String, Object>> manifest(Locale locale) {
        Map<String, Object> manifest = Map.of(
                "name",
                messages.getMessage("pwa.name", null, locale),
                "short_name",
                messages.getMessage("pwa.shortName", null, locale),
                "description",
                messages.getMessage("pwa.description", null, locale),
                "lang",
                locale.getLanguage(),
                "start_url",
                "/",
                "scope",
                "/",
                "display",
                "standalone",
                "background_color",
                "#ffffff",
                "theme_color",
                "#0d6efd",
                "icons",
                List.of(
                        Map.of("src", "/assets/img/icon.svg", "sizes", "any", "type", "image/svg+xml"),
                        Map.of("src", "/assets/img/icon-192.png", "sizes", "192x192", "type", "image/png"),
                        Map.of("src", "/assets/img/icon-512.png", "sizes", "512x512", "type", "image/png")));
        return ResponseEntity.ok().contentType(MANIFEST).body(manifest);
    }

    /**
     * The icon a browser asks for at {@code /favicon.ico} whatever the page links (a PDF or an Excel file opened
     * in a tab, the API's pages): the application's icon as PNG, so no request for it ends in a 404 and a log line.
     */
    @GetMapping("/favicon.ico")
    ResponseEntity<Resource> favicon() {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)))
                .body(new ClassPathResource("static/img/icon-192.png"));
    }

    /** The service worker, never cached by the browser's HTTP cache, so a new version is found at once. */
    @GetMapping("/sw.js")
    ResponseEntity<Resource> serviceWorker() {
        return ResponseEntity.ok()
                .contentType(JAVASCRIPT)
                .cacheControl(CacheControl.noCache())
                .header("Service-Worker-Allowed", "/")
                .body(new ClassPathResource("pwa/sw.js"));
    }
}
