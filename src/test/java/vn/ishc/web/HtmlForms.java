package vn.ishc.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of a rendered page, read the way a browser submits them: each form's action, method and
 * encoding, and its controls with their names, types, constraints ({@code required}, {@code maxlength},
 * {@code min}, {@code step}) and current values. A small reader of the HTML the application's templates
 * write (no HTML library on the test classpath); used by {@link FormBadInputTest}.
 */
final class HtmlForms {
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile(
            "<input\\b([^>]*)>|<select\\b([^>]*)>(.*?)</select>|<textarea\\b([^>]*)>(.*?)</textarea>|<button\\b([^>]*)>",
            Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>(.*?)</option>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s=/>]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private HtmlForms() {}

    /** A control of a form: an input, a select, a textarea (a submit button is one with type submit). */
    record Control(
            String name,
            String tag,
            String type,
            Map<String, String> attributes,
            List<String> options,
            List<String> selected,
            String value) {
        boolean has(String attribute) {
            return attributes.containsKey(attribute);
        }

        String attribute(String attribute) {
            return attributes.get(attribute);
        }

        boolean required() {
            return has("required");
        }

        Integer maxLength() {
            String max = attributes.get("maxlength");
            return max == null ? null : Integer.valueOf(max);
        }
    }

    /** A form: where it posts, how, and its controls in document order. */
    record Form(String action, String method, String enctype, List<Control> controls) {
        boolean multipart() {
            return enctype != null && enctype.startsWith("multipart/");
        }
    }

    /** Every form of the page, plus one per submit button that posts elsewhere ({@code formaction}). */
    static List<Form> of(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher f = FORM.matcher(html);
        while (f.find()) {
            Map<String, String> attributes = attributes(f.group(1));
            List<Control> controls = controls(f.group(2));
            String method = attributes.getOrDefault("method", "get").toLowerCase(java.util.Locale.ROOT);
            String enctype = attributes.get("enctype");
            forms.add(new Form(path(attributes.getOrDefault("action", "")), method, enctype, controls));
            for (Control c : controls) {
                if (c.has("formaction")) {
                    List<Control> others = controls.stream()
                            .filter(o -> o == c || !"submit".equals(o.type()))
                            .toList();
                    forms.add(new Form(path(c.attribute("formaction")), method, enctype, others));
                }
            }
        }
        return forms;
    }

    /** The action without its query and fragment. */
    static String path(String action) {
        int cut = action.length();
        for (char c : new char[] {'?', '#'}) {
            int i = action.indexOf(c);
            if (i >= 0) cut = Math.min(cut, i);
        }
        return action.substring(0, cut);
    }

    static List<Control> controls(String body) {
        List<Control> controls = new ArrayList<>();
        Matcher m = CONTROL.matcher(body);
        while (m.find()) {
            if (m.group(1) != null) {
                Map<String, String> a = attributes(m.group(1));
                String type = a.getOrDefault("type", "text").toLowerCase(java.util.Locale.ROOT);
                List<String> selected = a.containsKey("checked") ? List.of(a.getOrDefault("value", "on")) : List.of();
                controls.add(
                        new Control(a.get("name"), "input", type, a, List.of(), selected, a.getOrDefault("value", "")));
            } else if (m.group(2) != null) {
                Map<String, String> a = attributes(m.group(2));
                List<String> options = new ArrayList<>();
                List<String> selected = new ArrayList<>();
                Matcher o = OPTION.matcher(m.group(3));
                while (o.find()) {
                    Map<String, String> oa = attributes(o.group(1));
                    String value = oa.containsKey("value")
                            ? oa.get("value")
                            : text(o.group(2)).strip();
                    if (oa.containsKey("disabled")) continue;
                    options.add(value);
                    if (oa.containsKey("selected")) selected.add(value);
                }
                String type = a.containsKey("multiple") ? "select-multiple" : "select";
                controls.add(new Control(a.get("name"), "select", type, a, options, selected, null));
            } else if (m.group(4) != null) {
                Map<String, String> a = attributes(m.group(4));
                String value = unescape(m.group(5));
                if (value.startsWith("\r\n")) value = value.substring(2);
                else if (value.startsWith("\n")) value = value.substring(1);
                controls.add(new Control(a.get("name"), "textarea", "textarea", a, List.of(), List.of(), value));
            } else {
                Map<String, String> a = attributes(m.group(6));
                String type = a.getOrDefault("type", "submit").toLowerCase(java.util.Locale.ROOT);
                controls.add(new Control(
                        a.get("name"), "button", type, a, List.of(), List.of(), a.getOrDefault("value", "")));
            }
        }
        return controls;
    }

    static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(text);
        while (a.find()) {
            String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
            attributes.put(a.group(1).toLowerCase(java.util.Locale.ROOT), value == null ? "" : unescape(value));
        }
        return attributes;
    }

    /** The text of an HTML fragment: tags taken out, entities read. */
    static String text(String html) {
        return unescape(TAG.matcher(html).replaceAll(" "))
                .replaceAll("\\s+", " ")
                .strip();
    }

    static String unescape(String text) {
        return org.unbescape.html.HtmlEscape.unescapeHtml(text);
    }
}
