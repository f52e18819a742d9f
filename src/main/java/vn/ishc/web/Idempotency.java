package vn.ishc.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import vn.ishc.shared.CurrentUser;

/**
 * A write is done once per key, however often it is sent. An API write ({@code POST}, {@code PUT}, {@code
 * PATCH}, {@code DELETE} under {@code /api/}) with an {@code Idempotency-Key} header, and a form posted with
 * its one-time token ({@value #FORM_TOKEN}, see {@link OnceTokens}), run in one transaction with the claim of
 * the key; their answer (status, content type, location and body) is kept with the key in that transaction.
 * The same user sending the same key again with the same request (method, path, query and body) gets that
 * answer again, with the header {@code Idempotent-Replayed: true}, and nothing is written twice; with another
 * request, a 422 problem. Two sendings at the same moment: the second waits for the first on the key's
 * primary key, then answers as a retry. Only answers of writes that went through are kept (below 400, and the
 * transaction not marked for rollback): a refused or failed write changed nothing, and may be sent again.
 * Keys are kept for {@code ishc.idempotency.retention} ({@link IdempotencyKeys}). An API write without a key
 * runs in one transaction with its answer all the same ({@link #inOneTransaction}).
 */
@Component
class Idempotency extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(Idempotency.class);

    /** The API's request header. */
    static final String HEADER = "Idempotency-Key";

    /** The hidden field of a form's one-time token. */
    static final String FORM_TOKEN = "_once";

    static final String REPLAYED = "Idempotent-Replayed";

    private static final int MAX_KEY = 255;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final IdempotencyKeys keys;
    private final PlatformTransactionManager transactions;
    private final CurrentUser user;
    private final MessageSource messages;
    private final LocaleResolver locales;

    Idempotency(
            IdempotencyKeys keys,
            PlatformTransactionManager transactions,
            CurrentUser user,
            MessageSource messages,
            LocaleResolver locales) {
        this.keys = keys;
        this.transactions = transactions;
        this.user = user;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String key = api ? apiKey(request) : formKey(request);
        if (!user.loggedIn()) {
            chain.doFilter(request, response);
            return;
        }
        if (key == null) {
            if (api && WRITES.contains(request.getMethod())) inOneTransaction(request, response, chain);
            else chain.doFilter(request, response);
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY) {
            refuse(request, response, api, HttpStatus.BAD_REQUEST, "error.idempotency.badKey");
            return;
        }
        HttpServletRequest sent = request;
        String hash;
        if (api) {
            CachedBody cached = new CachedBody(request);
            sent = cached;
            hash = fingerprint(request, cached.body);
        } else {
            hash = fingerprint(request, formBody(request));
        }
        String name = user.name();
        Optional<IdempotencyKeys.Answer> earlier = keys.answer(name, key);
        if (earlier.isPresent()) {
            replay(request, response, api, earlier.get(), hash);
            return;
        }
        TransactionStatus tx = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            keys.claim(name, key, hash);
        } catch (DataAccessException taken) {
            rollback(tx);
            Optional<IdempotencyKeys.Answer> first = keys.answer(name, key);
            if (first.isPresent()) replay(request, response, api, first.get(), hash);
            else refuse(request, response, api, HttpStatus.CONFLICT, "error.idempotency.inProgress");
            return;
        }
        Captured captured = new Captured(response);
        try {
            chain.doFilter(sent, captured);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            rollback(tx);
            throw e;
        }
        int status = captured.getStatus();
        if (status >= 400 || tx.isRollbackOnly()) {
            rollback(tx);
            captured.release();
            return;
        }
        try {
            keys.complete(name, key, status, captured.getContentType(), captured.location(), captured.text());
            transactions.commit(tx);
        } catch (DataAccessException | TransactionException failed) {
            if (!tx.isCompleted()) rollback(tx);
            captured.reset();
            refuse(request, response, api, HttpStatus.CONFLICT, "error.idempotency.inProgress");
            return;
        }
        captured.release();
    }

    /**
     * An API write without a key: the write and the reading of its answer in one transaction, committed before
     * the answer leaves. So a 2xx is only sent for a write that is committed, and a write whose answer could
     * not be made (the database out of reach half-way, for one) is rolled back and answered as a failure,
     * never a failure answered for a write that went through.
     */
    private void inOneTransaction(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TransactionStatus tx = transactions.getTransaction(new DefaultTransactionDefinition());
        Captured captured = new Captured(response);
        try {
            chain.doFilter(request, captured);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            rollback(tx);
            throw e;
        }
        if (captured.getStatus() >= 400 || tx.isRollbackOnly()) rollback(tx);
        else transactions.commit(tx);
        captured.release();
    }

    /**
     * Rolls the transaction back. A rollback that fails (the connection is already gone: the database
     * discards the transaction by itself) does not replace the answer or the failure that led to it.
     */
    private void rollback(TransactionStatus tx) {
        try {
            transactions.rollback(tx);
        } catch (TransactionException failed) {
            log.warn(
                    "Rolling back a request's transaction failed (the database discards it by itself): {}",
                    failed.toString());
        }
    }

    private static String apiKey(HttpServletRequest request) {
        if (!WRITES.contains(request.getMethod())) return null;
        return request.getHeader(HEADER);
    }

    private static String formKey(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) return null;
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) return null;
        return request.getParameter(FORM_TOKEN);
    }

    /** A form's fields in a stable order, without the CSRF token (masked anew on every page). */
    private static byte[] formBody(HttpServletRequest request) {
        StringBuilder s = new StringBuilder();
        Map<String, String[]> fields = new TreeMap<>(request.getParameterMap());
        fields.remove("_csrf");
        fields.forEach((name, values) -> {
            for (String v : values) s.append(name).append('=').append(v).append('\n');
        });
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            sha.update((request.getMethod() + " " + request.getRequestURI() + query + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void replay(
            HttpServletRequest request,
            HttpServletResponse response,
            boolean api,
            IdempotencyKeys.Answer answer,
            String hash)
            throws IOException {
        if (!answer.requestHash().equals(hash)) {
            refuse(request, response, api, HttpStatus.UNPROCESSABLE_CONTENT, "error.idempotency.otherRequest");
            return;
        }
        response.setHeader(REPLAYED, "true");
        if (answer.location() != null && answer.status() / 100 == 3) {
            response.sendRedirect(answer.location());
            return;
        }
        response.setStatus(answer.status());
        if (answer.location() != null) response.setHeader("Location", answer.location());
        if (answer.contentType() != null) response.setContentType(answer.contentType());
        if (answer.body() != null) {
            Charset charset = Charset.forName(response.getCharacterEncoding());
            response.getOutputStream().write(answer.body().getBytes(charset));
        }
    }

    /** An RFC 9457 problem for the API, the error page of the status for a form. */
    private void refuse(
            HttpServletRequest request, HttpServletResponse response, boolean api, HttpStatus status, String key)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        String detail = messages.getMessage(key, null, locale);
        if (!api) {
            response.sendError(status.value(), detail);
            return;
        }
        String title = messages.getMessage("error.idempotency.title", null, locale);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream()
                .write(("{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":" + status.value()
                                + ",\"detail\":" + json(detail) + ",\"instance\":" + json(request.getRequestURI())
                                + "}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    /** The request with its body read once and given again to whoever reads it. */
    static final class CachedBody extends HttpServletRequestWrapper {
        final byte[] body;

        CachedBody(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readAllBytes();
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }

    /**
     * The answer held back until the transaction has committed: the body is buffered, and a redirect or an
     * error is recorded, then sent by {@link #release()}. Nothing reaches the client before the commit.
     */
    static final class Captured extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;
        private String redirect;
        private Integer error;
        private String errorMessage;

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset()));
            }
            return writer;
        }

        private Charset charset() {
            return Charset.forName(getCharacterEncoding());
        }

        @Override
        public void sendRedirect(String location) {
            redirect = location;
        }

        @Override
        public void sendError(int sc) {
            error = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            error = sc;
            errorMessage = msg;
        }

        @Override
        public int getStatus() {
            if (error != null) return error;
            if (redirect != null) return HttpServletResponse.SC_FOUND;
            return super.getStatus();
        }

        @Override
        public void flushBuffer() {
            if (writer != null) writer.flush();
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void resetBuffer() {
            if (writer != null) writer.flush();
            buffer.reset();
        }

        @Override
        public void reset() {
            super.reset();
            resetBuffer();
            redirect = null;
            error = null;
        }

        @Override
        public void setContentLength(int len) {}

        @Override
        public void setContentLengthLong(long len) {}

        String location() {
            return redirect != null ? redirect : getHeader("Location");
        }

        String text() {
            if (writer != null) writer.flush();
            return buffer.size() == 0 ? null : buffer.toString(charset());
        }

        /** Sends what was held back. */
        void release() throws IOException {
            HttpServletResponse real = (HttpServletResponse) getResponse();
            if (error != null) {
                if (errorMessage == null) real.sendError(error);
                else real.sendError(error, errorMessage);
            } else if (redirect != null) {
                real.sendRedirect(redirect);
            } else {
                if (writer != null) writer.flush();
                buffer.writeTo(real.getOutputStream());
            }
        }
    }
}
