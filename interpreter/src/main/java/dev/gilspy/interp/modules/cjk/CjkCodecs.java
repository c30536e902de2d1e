package dev.gilspy.interp.modules.cjk;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.Types;
import dev.gilspy.interp.runtime.codec.Multibyte;
import dev.gilspy.interp.runtime.codec.Multibyte.Kind;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code _codecs_jp}, {@code _codecs_cn}, {@code _codecs_kr}, {@code _codecs_tw}, {@code _codecs_hk}
 * and {@code _codecs_iso2022} (Modules/cjkcodecs): each module's {@code getcodec(name)} answers a
 * {@code _multibytecodec.MultibyteCodec} over the Java charset of the same repertoire; HZ is
 * written here over GB2312. The JIS X 0213 codecs (shift_jis_2004, euc_jis_2004, ...) and the seven
 * ISO-2022 codecs have no Java charset of the same bytes: they are {@code JisCodecs}, on CPython's
 * algorithms and tables derived from the JDK's charsets.
 */
public final class CjkCodecs {
    private CjkCodecs() {}

    public static final Set<String> MODULES = Set.of("_codecs_jp", "_codecs_cn", "_codecs_kr", "_codecs_tw",
        "_codecs_hk", "_codecs_iso2022");

    private static Map<String, String[]> table(String module) {
        Map<String, String[]> m = new LinkedHashMap<>();
        switch (module) {
            case "_codecs_jp" -> {
                m.put("shift_jis", new String[] {"Shift_JIS", "S"});
                m.put("cp932", new String[] {"windows-31j", "S"});
                m.put("euc_jp", new String[] {"EUC-JP", "S"});
                for (String n : new String[] {"shift_jis_2004", "shift_jisx0213", "euc_jis_2004", "euc_jisx0213"}) {
                    m.put(n, new String[] {null, "J"});
                }
            }
            case "_codecs_cn" -> {
                m.put("gb2312", new String[] {"GB2312", "S"});
                m.put("gbk", new String[] {"GBK", "S"});
                m.put("gb18030", new String[] {"GB18030", "S"});
                m.put("hz", new String[] {"GB2312", "H"});
            }
            case "_codecs_kr" -> {
                m.put("euc_kr", new String[] {"EUC-KR", "S"});
                m.put("cp949", new String[] {"x-windows-949", "S"});
                m.put("johab", new String[] {"x-Johab", "S"});
            }
            case "_codecs_tw" -> {
                m.put("big5", new String[] {"Big5", "S"});
                m.put("cp950", new String[] {"x-windows-950", "S"});
            }
            case "_codecs_hk" -> m.put("big5hkscs", new String[] {"Big5-HKSCS", "S"});
            case "_codecs_iso2022" -> {
                for (String n : new String[] {"iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3",
                    "iso2022_jp_ext", "iso2022_kr"}) {
                    m.put(n, new String[] {null, "J"});
                }
            }
            default -> { }
        }
        return m;
    }

    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        Map<String, String[]> t = table(name);
        m.def("getcodec", (th, a, k) -> {
            if (a.length < 1 || !(a[0] instanceof String s)) {
                throw Err.type("encoding name must be a string.");
            }
            String[] e = t.get(s);
            Charset cs = null;
            if (e != null && e[0] == null) {
                return new MbCodec(new Multibyte.Codec(s, null, Kind.JIS));
            }
            if (e != null) {
                try {
                    cs = Charset.forName(e[0]);
                } catch (RuntimeException ex) {
                    cs = null;
                }
            }
            if (cs == null) {
                throw Err.make(Types.LookupError, "no such codec is supported.");
            }
            Kind kind = switch (e[1]) {
                case "H" -> Kind.HZ;
                default -> Kind.STATELESS;
            };
            return new MbCodec(new Multibyte.Codec(s, cs, kind));
        });
        return m;
    }
}
