package dev.gilspy.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A flame graph as one self-contained HTML page drawn on a canvas, in the manner of async-profiler's
 * {@code .html} output: it stays fast with tens of thousands of frames where an SVG slows a browser
 * down. Click a frame to zoom into it (click the root to go back), type a regex to highlight and
 * total the matching frames, hover for the weight. Frames are written once, pre-order, as
 * {@code [depth, left, width, name, colour]} with names shared.
 */
public final class HtmlFlameConverter extends ProfileConverter {
    private static final double WIDTH = 1200;
    private final FlameTree tree = new FlameTree();

    public HtmlFlameConverter(RenderOptions render) { super(render); }

    @Override
    protected void add(Profile.Stack stack) { tree.add(stack.frames(), stack.weight()); }

    @Override
    protected void end(Profile profile, OutputStream out) throws IOException {
        long total = tree.root().total();
        double min = render.minwidthPercent() ? total * render.minwidth() / 100 : total * render.minwidth() / WIDTH;
        StringBuilder frames = new StringBuilder();
        Map<String, Integer> names = new HashMap<>();
        StringBuilder nameList = new StringBuilder();
        int[] depth = {0};
        emit(tree.root(), 0, 0, min, frames, names, nameList, depth);
        String unit = profile.mode().isTime() ? "ns" : "samples";
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Xml.escape(render.title()) + "</title>\n"
                + "<style>body{font:12px sans-serif;margin:10px;background:#fff}h1{font-size:16px;margin:0}p{margin:2px 0 6px;color:#555}"
                + "#c{width:100%;display:block;cursor:pointer}#bar{display:flex;gap:12px;align-items:center;margin:4px 0}"
                + "#hover{font-family:monospace;min-height:1.3em;white-space:pre}</style></head><body>\n");
        w.write("<h1>" + Xml.escape(render.title()) + "</h1><p>" + Xml.escape(render.subtitle()) + "</p>\n"
                + "<div id=\"bar\"><input id=\"search\" placeholder=\"search (regex)\" size=\"30\"><span id=\"matched\"></span>"
                + "<span>click: zoom &#183; click the bottom frame: back</span></div>\n<canvas id=\"c\"></canvas><div id=\"hover\"></div>\n");
        w.write("<script>\nconst names=[" + nameList + "];\nconst F=[" + frames + "];\nconst total=" + total + ",unit="
                + SpeedscopeConverter.str(unit) + ",inverted=" + render.inverted() + ",maxDepth=" + depth[0] + ";\n");
        w.write("""
                const H=16,c=document.getElementById('c'),g=c.getContext('2d');let root=F[0],re=null;
                function fmt(v){if(unit!=='ns')return v+' samples';return v>=1e9?(v/1e9).toFixed(2)+' s':v>=1e6?(v/1e6).toFixed(2)+' ms':v>=1e3?(v/1e3).toFixed(1)+' µs':v+' ns'}
                function y(d){return inverted?d*H:(maxDepth-d)*H}
                function draw(){const W=c.clientWidth;c.width=W*devicePixelRatio;c.height=(maxDepth+1)*H*devicePixelRatio;
                 c.style.height=((maxDepth+1)*H)+'px';g.setTransform(devicePixelRatio,0,0,devicePixelRatio,0,0);g.font='11px sans-serif';
                 const s=W/root[2];let matched=0;
                 for(const f of F){if(f[0]<root[0]&&!(f[1]<=root[1]&&f[1]+f[2]>=root[1]+root[2]))continue;
                  if(f[0]>=root[0]&&(f[1]<root[1]||f[1]>=root[1]+root[2]))continue;
                  const x=f[0]<root[0]?0:(f[1]-root[1])*s,w=f[0]<root[0]?W:f[2]*s;if(w<0.5)continue;
                  const hit=re&&re.test(names[f[3]]);g.fillStyle=hit?'#ee00ee':f[4];g.fillRect(x,y(f[0]),w-0.5,H-1);
                  if(w>30){g.fillStyle='#000';g.save();g.beginPath();g.rect(x,y(f[0]),w-3,H);g.clip();g.fillText(names[f[3]],x+3,y(f[0])+12);g.restore()}}
                 if(re){let m=0,last=-1;for(const f of F){if(f[1]>=last&&re.test(names[f[3]])){m+=f[2];last=f[1]+f[2]}}
                  document.getElementById('matched').textContent='matched '+(100*m/total).toFixed(2)+'%'}else document.getElementById('matched').textContent=''}
                function at(e){const r=c.getBoundingClientRect(),W=c.clientWidth,s=W/root[2],px=e.clientX-r.left,py=e.clientY-r.top;
                 for(const f of F){if(py<y(f[0])||py>=y(f[0])+H)continue;if(f[0]<root[0]){if(f[1]<=root[1]&&f[1]+f[2]>=root[1]+root[2])return f;continue}
                  const x=(f[1]-root[1])*s;if(px>=x&&px<x+f[2]*s&&f[1]>=root[1]&&f[1]<root[1]+root[2])return f}return null}
                c.addEventListener('click',e=>{const f=at(e);if(f){root=f===root?F[0]:f;draw()}});
                c.addEventListener('mousemove',e=>{const f=at(e);document.getElementById('hover').textContent=f?names[f[3]]+'  '+fmt(f[2])+' ('+(100*f[2]/total).toFixed(2)+'%)':''});
                document.getElementById('search').addEventListener('input',e=>{try{re=e.target.value?new RegExp(e.target.value):null}catch(x){re=null}draw()});
                window.addEventListener('resize',draw);draw();
                </script></body></html>
                """);
        w.flush();
    }

    /** Pre-order: [depth, left, width, name index, colour]; children narrower than {@code min} are left out. */
    private static void emit(FlameTree.Node n, int d, long left, double min, StringBuilder out, Map<String, Integer> names,
                             StringBuilder nameList, int[] maxDepth) {
        Integer idx = names.get(n.name());
        if (idx == null) {
            idx = names.size();
            names.put(n.name(), idx);
            if (nameList.length() > 0) nameList.append(',');
            nameList.append(SpeedscopeConverter.str(n.name()));
        }
        if (out.length() > 0) out.append(",\n");
        String color = d == 0 ? "rgb(200,200,200)" : Palette.color(n.type(), n.name());
        out.append('[').append(d).append(',').append(left).append(',').append(n.total()).append(',').append(idx)
                .append(",\"").append(color).append("\"]");
        maxDepth[0] = Math.max(maxDepth[0], d);
        long x = left;
        List<FlameTree.Node> children = n.children();
        for (FlameTree.Node child : children) {
            if (child.total() >= min) emit(child, d + 1, x, min, out, names, nameList, maxDepth);
            x += child.total();
        }
    }
}
