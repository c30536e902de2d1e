package dev.gilspy.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Our own flame graph writer, following flamegraph.pl's conventions: one self-contained SVG,
 * frames sorted by name and merged, click to zoom with Reset Zoom, Ctrl-F regex search with
 * "Matched: x%", and the frame, its time and share shown on hover.
 *
 * <p>Frames narrower than {@code minwidth} are left out with their children: that keeps a
 * profile of 100,000 distinct stacks to a few thousand rectangles. Every name is XML-escaped and
 * never reaches the script as code: the script reads names from the frames' {@code <title>}.
 */
public final class SvgConverter extends ProfileConverter {
    static final int WIDTH = 1200;
    static final int FRAME_HEIGHT = 16;
    static final int FONT_SIZE = 12;
    static final double FONT_WIDTH = 0.59;
    static final int XPAD = 10;

    private FlameTree tree;

    public SvgConverter(RenderOptions render) { super(render); }

    @Override
    protected void begin(Profile profile) { tree = new FlameTree(); }

    @Override
    protected void add(Profile.Stack stack) { tree.add(stack.frames(), stack.weight()); }

    @Override
    protected void end(Profile profile, OutputStream out) throws IOException {
        write(tree, profile.mode(), render, false, out);
    }

    private record Placed(FlameTree.Node node, int depth, long x) {}

    /** Draws {@code tree}; with {@code diff}, widths are the "after" weights and colours the change in share. */
    public static void write(FlameTree tree, Mode mode, RenderOptions render, boolean diff, OutputStream out)
            throws IOException {
        FlameTree.Node root = tree.root();
        long total = root.total();
        double usable = WIDTH - 2.0 * XPAD;
        double minWeight = render.minwidthPercent()
                ? total * render.minwidth() / 100.0 : total * render.minwidth() / usable;
        List<Placed> placed = new ArrayList<>();
        place(root, 0, 0, minWeight, placed);
        int maxDepth = placed.stream().mapToInt(Placed::depth).max().orElse(0);
        int top = FONT_SIZE * 3 + (render.subtitle().isEmpty() ? 0 : 14);
        int bottom = FONT_SIZE * 2 + 10;
        int height = top + (maxDepth + 1) * FRAME_HEIGHT + bottom;
        long baseTotal = root.baseline();
        double maxDelta = 0;
        if (diff) {
            for (Placed p : placed) maxDelta = Math.max(maxDelta, Math.abs(delta(p.node(), total, baseTotal)));
        }

        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        header(w, height, render);
        w.write("<g id=\"frames\">\n");
        double scale = total == 0 ? 0 : usable / total;
        for (Placed p : placed) {
            FlameTree.Node n = p.node();
            double x = XPAD + p.x() * scale;
            double width = n.total() * scale;
            double y = render.inverted() ? top + p.depth() * FRAME_HEIGHT
                    : height - bottom - (p.depth() + 1) * FRAME_HEIGHT;
            String fill = diff ? Palette.diff(delta(n, total, baseTotal), maxDelta)
                    : p.depth() == 0 ? "rgb(200,200,200)" : Palette.color(n.type(), n.name());
            String name = Xml.escape(n.name());
            w.write("<g><title>");
            w.write(name);
            w.write('\n');
            w.write(Xml.escape(info(n, mode, total, baseTotal, diff)));
            w.write("</title><rect x=\"");
            w.write(num(x));
            w.write("\" y=\"");
            w.write(num(y));
            w.write("\" width=\"");
            w.write(num(width));
            w.write("\" height=\"" + (FRAME_HEIGHT - 1) + "\" fill=\"" + fill + "\" rx=\"2\" ry=\"2\"/><text x=\"");
            w.write(num(x + 3));
            w.write("\" y=\"");
            w.write(num(y + FRAME_HEIGHT - 4.5));
            w.write("\">");
            w.write(Xml.escape(label(FrameLabel.shortName(n.name()), width)));
            w.write("</text></g>\n");
        }
        w.write("</g>\n</svg>\n");
        w.flush();
    }

    /** Pre-order, children sorted by name: the same layout flamegraph.pl draws. */
    private static void place(FlameTree.Node root, int depth0, long x0, double minWeight, List<Placed> out) {
        record Todo(FlameTree.Node node, int depth, long x) {}
        java.util.ArrayDeque<Todo> stack = new java.util.ArrayDeque<>();
        stack.push(new Todo(root, depth0, x0));
        while (!stack.isEmpty()) {
            Todo t = stack.pop();
            out.add(new Placed(t.node(), t.depth(), t.x()));
            List<FlameTree.Node> children = t.node().children();
            long x = t.x();
            List<Todo> next = new ArrayList<>(children.size());
            for (FlameTree.Node c : children) {
                if (c.total() > 0 && c.total() >= minWeight) next.add(new Todo(c, t.depth() + 1, x));
                x += c.total();
            }
            for (int i = next.size() - 1; i >= 0; i--) stack.push(next.get(i));
        }
    }

    private static double delta(FlameTree.Node n, long total, long baseTotal) {
        double after = total == 0 ? 0 : (double) n.total() / total;
        double before = baseTotal == 0 ? 0 : (double) n.baseline() / baseTotal;
        return after - before;
    }

    private static String info(FlameTree.Node n, Mode mode, long total, long baseTotal, boolean diff) {
        String share = pct(n.total(), total);
        String s = formatWeight(n.total(), mode) + " (" + share + ")";
        if (diff) {
            s += ", before " + formatWeight(n.baseline(), mode) + " (" + pct(n.baseline(), baseTotal) + ")";
        }
        return s;
    }

    private static String pct(long part, long whole) {
        return whole == 0 ? "0%" : String.format(Locale.ROOT, "%.2f%%", 100.0 * part / whole);
    }

    /** The name cut to what fits in the frame, as the script does after a zoom. */
    static String label(String name, double width) {
        int chars = (int) ((width - 3) / (FONT_SIZE * FONT_WIDTH));
        if (chars < 3) return "";
        if (name.length() <= chars) return name;
        return name.substring(0, chars - 2) + "..";
    }

    private static String num(double v) {
        if (v == Math.rint(v)) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static void header(Writer w, int height, RenderOptions render) throws IOException {
        w.write("<?xml version=\"1.0\" standalone=\"no\"?>\n");
        w.write("<svg version=\"1.1\" width=\"" + WIDTH + "\" height=\"" + height + "\" viewBox=\"0 0 " + WIDTH + " "
                + height + "\" onload=\"init(evt)\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        w.write("<defs><linearGradient id=\"background\" y1=\"0\" y2=\"1\" x1=\"0\" x2=\"0\">"
                + "<stop stop-color=\"#eeeeee\" offset=\"5%\"/><stop stop-color=\"#eeeeb0\" offset=\"95%\"/>"
                + "</linearGradient></defs>\n");
        w.write("<style type=\"text/css\"><![CDATA[\n" + CSS + "]]></style>\n");
        w.write("<script type=\"text/ecmascript\"><![CDATA[\n" + SCRIPT
                .replace("@WIDTH@", Integer.toString(WIDTH)).replace("@XPAD@", Integer.toString(XPAD))
                .replace("@FONT_SIZE@", Integer.toString(FONT_SIZE)).replace("@FONT_WIDTH@", Double.toString(FONT_WIDTH))
                .replace("@INVERTED@", Boolean.toString(render.inverted())) + "]]></script>\n");
        w.write("<rect x=\"0\" y=\"0\" width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"url(#background)\"/>\n");
        w.write("<text id=\"title\" x=\"" + WIDTH / 2 + "\" y=\"" + (FONT_SIZE * 2) + "\">" + Xml.escape(render.title()) + "</text>\n");
        if (!render.subtitle().isEmpty()) {
            w.write("<text id=\"subtitle\" x=\"" + WIDTH / 2 + "\" y=\"" + (FONT_SIZE * 2 + 14) + "\">"
                    + Xml.escape(render.subtitle()) + "</text>\n");
        }
        w.write("<text id=\"details\" x=\"" + XPAD + "\" y=\"" + (height - FONT_SIZE / 2 - 4) + "\"> </text>\n");
        w.write("<text id=\"unzoom\" class=\"hide\" x=\"" + XPAD + "\" y=\"" + (FONT_SIZE * 2) + "\">Reset Zoom</text>\n");
        w.write("<text id=\"search\" x=\"" + (WIDTH - XPAD - 100) + "\" y=\"" + (FONT_SIZE * 2) + "\">Search</text>\n");
        w.write("<text id=\"matched\" x=\"" + (WIDTH - XPAD - 100) + "\" y=\"" + (height - FONT_SIZE / 2 - 4) + "\"> </text>\n");
    }

    private static final String CSS = """
            text { font-family: Verdana, sans-serif; font-size: 12px; fill: rgb(0,0,0); }
            #title { text-anchor: middle; font-size: 17px; }
            #subtitle { text-anchor: middle; font-size: 12px; fill: rgb(90,90,90); }
            #search, #unzoom { cursor: pointer; opacity: 0.6; }
            #search:hover, #unzoom:hover { opacity: 1; }
            #matched { fill: rgb(120,0,120); }
            #frames > g { cursor: pointer; }
            #frames > g:hover > rect { stroke: rgb(0,0,0); stroke-width: 0.5; }
            .hide { display: none; }
            .parent { opacity: 0.5; }
            """;

    /** The only code in the file. It never evaluates a name: names are read as text from titles. */
    private static final String SCRIPT = """
            "use strict";
            var svgwidth = @WIDTH@, xpad = @XPAD@, fontsize = @FONT_SIZE@, fontwidth = @FONT_WIDTH@, inverted = @INVERTED@;
            var frames, details, searchbtn, unzoombtn, matchedtxt, searching = false;
            function init(evt) {
              frames = document.getElementById("frames");
              details = document.getElementById("details").firstChild;
              searchbtn = document.getElementById("search");
              unzoombtn = document.getElementById("unzoom");
              matchedtxt = document.getElementById("matched");
            }
            function group(node) {
              while (node && node.parentNode) {
                if (node.parentNode.id === "frames") return node;
                node = node.parentNode;
              }
              return null;
            }
            function func(g) {
              var t = g.querySelector("title").textContent, i = t.lastIndexOf("\\n");
              return i < 0 ? t : t.substring(0, i);
            }
            function orig(e, attr) {
              var v = e.getAttribute("data-" + attr);
              if (v === null) { v = e.getAttribute(attr); e.setAttribute("data-" + attr, v); }
              return parseFloat(v);
            }
            function short(n) {
              if (n.charAt(n.length - 1) !== ")") return n;
              var open = n.lastIndexOf(" ("), slash = Math.max(n.lastIndexOf("/"), n.lastIndexOf("\\\\"));
              return open >= 0 && slash > open ? n.substring(0, open + 2) + n.substring(slash + 1) : n;
            }
            function fit(g) {
              var r = g.querySelector("rect"), t = g.querySelector("text");
              var x = parseFloat(r.getAttribute("x")), w = parseFloat(r.getAttribute("width"));
              t.setAttribute("x", x + 3);
              var name = short(func(g)), chars = Math.floor((w - 3) / (fontsize * fontwidth));
              t.textContent = chars < 3 ? "" : name.length <= chars ? name : name.substring(0, chars - 2) + "..";
            }
            function place(g, x, w) {
              var r = g.querySelector("rect");
              orig(r, "x"); orig(r, "width");
              r.setAttribute("x", x); r.setAttribute("width", w);
              fit(g);
            }
            function zoom(target) {
              var tr = target.querySelector("rect");
              var xmin = orig(tr, "x"), width = orig(tr, "width"), ymin = parseFloat(tr.getAttribute("y"));
              var xmax = xmin + width, ratio = (svgwidth - 2 * xpad) / width, fudge = 0.02; // x and width are rounded to 0.01
              unzoombtn.classList.remove("hide");
              var gs = frames.children;
              for (var i = 0; i < gs.length; i++) {
                var g = gs[i], r = g.querySelector("rect");
                var ex = orig(r, "x"), ew = orig(r, "width"), ey = parseFloat(r.getAttribute("y"));
                var deeper = inverted ? ey >= ymin : ey <= ymin;
                g.classList.remove("parent");
                if (deeper && ex + fudge >= xmin && ex + ew - fudge <= xmax) {
                  g.classList.remove("hide");
                  place(g, (ex - xmin) * ratio + xpad, ew * ratio);
                } else if (!deeper && ex <= xmin + fudge && ex + ew + fudge >= xmax) {
                  g.classList.remove("hide");
                  g.classList.add("parent");
                  place(g, xpad, svgwidth - 2 * xpad);
                } else {
                  g.classList.add("hide");
                }
              }
            }
            function unzoom() {
              unzoombtn.classList.add("hide");
              var gs = frames.children;
              for (var i = 0; i < gs.length; i++) {
                var g = gs[i], r = g.querySelector("rect");
                g.classList.remove("hide"); g.classList.remove("parent");
                place(g, orig(r, "x"), orig(r, "width"));
              }
            }
            function resetSearch() {
              var gs = frames.children;
              for (var i = 0; i < gs.length; i++) {
                var r = gs[i].querySelector("rect"), f = r.getAttribute("data-fill");
                if (f !== null) { r.setAttribute("fill", f); r.removeAttribute("data-fill"); }
              }
              matchedtxt.textContent = " ";
              searchbtn.textContent = "Search";
              searching = false;
            }
            function search(term) {
              var re;
              try { re = new RegExp(term); } catch (e) { matchedtxt.textContent = "Bad regex"; return; }
              resetSearch();
              var gs = frames.children, hits = [];
              for (var i = 0; i < gs.length; i++) {
                var g = gs[i], r = g.querySelector("rect");
                if (i === 0 || !re.test(func(g))) continue;
                r.setAttribute("data-fill", r.getAttribute("fill"));
                r.setAttribute("fill", "rgb(230,0,230)");
                hits.push([orig(r, "x"), orig(r, "width")]);
              }
              hits.sort(function (a, b) { return a[0] - b[0]; });
              var covered = 0, end = -Infinity;
              for (var j = 0; j < hits.length; j++) {
                var s = hits[j][0], e = hits[j][0] + hits[j][1];
                if (e > end) { covered += e - Math.max(s, end); end = e; }
              }
              var pct = 100 * covered / (svgwidth - 2 * xpad);
              matchedtxt.textContent = "Matched: " + (pct > 99.95 ? "100" : pct.toFixed(1)) + "%";
              searchbtn.textContent = "Reset Search";
              searching = true;
            }
            function searchPrompt() {
              if (searching) { resetSearch(); return; }
              var term = prompt("Search (regular expression, e.g. ^countdown)", "");
              if (term) search(term);
            }
            window.addEventListener("click", function (e) {
              var g = group(e.target);
              if (g) { if (g === frames.children[0]) unzoom(); else zoom(g); }
              else if (e.target.id === "unzoom") unzoom();
              else if (e.target.id === "search") searchPrompt();
            }, false);
            window.addEventListener("mouseover", function (e) {
              var g = group(e.target);
              if (g) details.nodeValue = func(g) + "  " + g.querySelector("title").textContent.substring(func(g).length + 1);
            }, false);
            window.addEventListener("mouseout", function (e) {
              if (group(e.target)) details.nodeValue = " ";
            }, false);
            window.addEventListener("keydown", function (e) {
              if (e.keyCode === 114 || (e.ctrlKey && e.keyCode === 70)) { e.preventDefault(); searchPrompt(); }
              else if (e.keyCode === 27) resetSearch();
            }, false);
            """;
}
