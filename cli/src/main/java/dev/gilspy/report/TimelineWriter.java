package dev.gilspy.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The GIL timeline as one self-contained HTML page (no network, no libraries): a lane per thread,
 * holding in green, waiting in red, released in grey (blue for I/O, purple for native work), drop
 * requests as orange ticks and forced switches as black ones; hover for the function and the time.
 * The wheel zooms around the pointer, dragging pans, double-click resets. This is the picture that
 * shows a convoy at a glance: red lanes taking turns with one green.
 */
public final class TimelineWriter {
    private static final int LANE = 18;
    private static final int GAP = 6;
    private static final int TOP = 24;

    private TimelineWriter() {}

    public static void write(GilTimeline timeline, String title, String subtitle, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        double width = Math.max(1, (timeline.end() - timeline.start()) / 1000.0); // microseconds
        int height = TOP + timeline.lanes().size() * (LANE + GAP) + 4;
        w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Xml.escape(title) + "</title>\n<style>\n"
                + "body{font:13px sans-serif;margin:12px;color:#222}h1{font-size:17px;margin:0 0 4px}p{margin:2px 0 8px;color:#555}\n"
                + "#tl{display:flex;border:1px solid #ccc;user-select:none}#names{flex:none;background:#f6f6f6}"
                + "#view{flex:1;overflow:hidden;cursor:grab}svg text{font:12px sans-serif}\n"
                + ".HOLD{fill:#3a9d3a}.WAIT{fill:#d9473d}.RELEASED{fill:#d8d8d8}.IO{fill:#4a7fd6}.NATIVE{fill:#9b59b6}\n"
                + ".drop{stroke:#f39c12}.forced{stroke:#111}.k{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:-2px}\n"
                + "#info{min-height:1.4em;margin-top:6px;font-family:monospace;white-space:pre}\n</style></head><body>\n");
        w.write("<h1>" + Xml.escape(title) + "</h1>\n<p>" + Xml.escape(subtitle) + "</p>\n<p>"
                + key("HOLD", "holding") + key("WAIT", "waiting") + key("RELEASED", "released") + key("IO", "I/O")
                + key("NATIVE", "native") + "<span class=\"k\" style=\"background:#f39c12;width:3px\"></span>drop request"
                + "<span class=\"k\" style=\"background:#111;width:3px\"></span>forced switch"
                + " &#8212; wheel: zoom, drag: pan, double-click: reset</p>\n");
        w.write("<div id=\"tl\"><svg id=\"names\" width=\"220\" height=\"" + height + "\">\n");
        for (GilTimeline.Lane lane : timeline.lanes()) {
            // several processes: the lane's name says whose thread it is ("[1234] MainThread")
            String label = lane.name() + (!timeline.namedGils() && lane.interpreterId() != 0 ? " [interp " + lane.interpreterId() + "]" : "");
            w.write("<text x=\"6\" y=\"" + (y(lane) + 13) + "\">" + Xml.escape(cut(label, 30)) + "<title>"
                    + Xml.escape(label + (lane.javaId() >= 0 ? " (Java thread " + lane.javaId() + ")" : "")
                    + (timeline.namedGils() ? ", " + timeline.gilName(lane.interpreterId()) : "")) + "</title></text>\n");
        }
        w.write("</svg><div id=\"view\"><svg id=\"axis\" width=\"100%\" height=\"" + TOP + "\" style=\"position:absolute\"></svg>"
                + "<svg id=\"lanes\" width=\"100%\" height=\"" + height + "\" viewBox=\"0 0 " + fmt(width) + " " + height
                + "\" preserveAspectRatio=\"none\">\n");
        for (GilTimeline.Lane lane : timeline.lanes()) {
            int y = y(lane);
            for (GilTimeline.Span s : lane.spans()) {
                double x = (s.start() - timeline.start()) / 1000.0;
                String tip = lane.name() + ": " + s.state().label() + " " + ProfileConverter.formatNanos(s.duration())
                        + " at " + ProfileConverter.formatNanos(s.start() - timeline.start())
                        + (s.stack().depth() > 0 ? " in " + s.stack().innermost() : "") + (s.forced() ? " (forced drop)" : "");
                w.write("<rect class=\"" + s.state().name() + "\" x=\"" + fmt(x) + "\" y=\"" + y + "\" width=\""
                        + fmt(Math.max(s.duration() / 1000.0, 0.001)) + "\" height=\"" + LANE + "\"><title>" + Xml.escape(tip)
                        + "</title></rect>\n");
            }
            for (GilTimeline.Mark m : lane.marks()) {
                double x = (m.time() - timeline.start()) / 1000.0;
                w.write("<line class=\"" + (m.name().startsWith("drop") ? "drop" : "forced") + "\" x1=\"" + fmt(x) + "\" x2=\""
                        + fmt(x) + "\" y1=\"" + (y - 2) + "\" y2=\"" + (y + LANE + 2) + "\" stroke-width=\"2\" "
                        + "vector-effect=\"non-scaling-stroke\"><title>" + Xml.escape(lane.name() + ": " + m.name() + " at "
                        + ProfileConverter.formatNanos(m.time() - timeline.start()) + ", " + m.detail()) + "</title></line>\n");
            }
        }
        w.write("</svg></div></div>\n<div id=\"info\"></div>\n<script>\n");
        w.write("const full=" + fmt(width) + ",H=" + height + ",lanes=document.getElementById('lanes'),axis=document.getElementById('axis'),"
                + "view=document.getElementById('view');view.style.position='relative';let x0=0,w=full;\n"
                + "function fmt(us){return us>=1e6?(us/1e6).toFixed(2)+' s':us>=1e3?(us/1e3).toFixed(2)+' ms':us.toFixed(1)+' µs'}\n"
                + "function draw(){w=Math.min(full,Math.max(w,0.01));x0=Math.min(Math.max(x0,0),full-w);"
                + "lanes.setAttribute('viewBox',x0+' 0 '+w+' '+H);const px=view.clientWidth;let step=Math.pow(10,Math.floor(Math.log10(w/5)));"
                + "if(w/step>10)step*=2;if(w/step>10)step*=2.5;let s='';for(let t=Math.ceil(x0/step)*step;t<=x0+w;t+=step){"
                + "const x=(t-x0)/w*px;s+='<line x1=\"'+x+'\" x2=\"'+x+'\" y1=\"14\" y2=\""+ TOP + "\" stroke=\"#888\"/>"
                + "<text x=\"'+(x+2)+'\" y=\"12\" fill=\"#555\">'+fmt(t)+'</text>'}axis.innerHTML=s}\n"
                + "view.addEventListener('wheel',e=>{e.preventDefault();const r=view.getBoundingClientRect(),f=(e.clientX-r.left)/r.width,"
                + "at=x0+f*w;w*=e.deltaY<0?0.8:1.25;x0=at-f*w;draw()},{passive:false});\n"
                + "let drag=null;view.addEventListener('mousedown',e=>{drag={x:e.clientX,x0:x0};view.style.cursor='grabbing'});"
                + "window.addEventListener('mouseup',()=>{drag=null;view.style.cursor='grab'});"
                + "window.addEventListener('mousemove',e=>{if(drag){x0=drag.x0-(e.clientX-drag.x)/view.clientWidth*w;draw()}});\n"
                + "view.addEventListener('dblclick',()=>{x0=0;w=full;draw()});window.addEventListener('resize',draw);\n"
                + "lanes.addEventListener('mouseover',e=>{const t=e.target.querySelector&&e.target.querySelector('title');"
                + "document.getElementById('info').textContent=t?t.textContent:''});draw();\n</script>\n</body></html>\n");
        w.flush();
    }

    private static int y(GilTimeline.Lane lane) { return TOP + (lane.index() - 1) * (LANE + GAP); }

    private static String key(String cls, String label) {
        return "<svg class=\"k\" width=\"12\" height=\"12\"><rect class=\"" + cls + "\" width=\"12\" height=\"12\"/></svg>" + label;
    }

    private static String cut(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.3f", v); }
}
