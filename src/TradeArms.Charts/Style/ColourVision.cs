namespace TradeArms.Charts;

/// <summary>
/// How colours look under the common colour-vision deficiencies, and how far apart two colours are: the full-severity
/// simulations of Machado, Oliveira and Fernandes (2009, "A physiologically-based model for simulation of color vision
/// deficiency", IEEE TVCG 15(6)) in linear RGB, and the CIEDE2000 colour difference (Sharma, Wu and Dalal 2005) in
/// CIELAB under D65.
/// </summary>
internal static class ColourVision
{
    /// <summary>A way of seeing colour.</summary>
    internal enum Vision
    {
        /// <summary>Normal colour vision.</summary>
        Normal,

        /// <summary>No long-wavelength (red) cones.</summary>
        Protanopia,

        /// <summary>No medium-wavelength (green) cones, the most common deficiency.</summary>
        Deuteranopia,

        /// <summary>No short-wavelength (blue) cones.</summary>
        Tritanopia,
    }

    internal static readonly Vision[] All = [Vision.Normal, Vision.Protanopia, Vision.Deuteranopia, Vision.Tritanopia];

    private static readonly double[,] s_protanopia = { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } };
    private static readonly double[,] s_deuteranopia = { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } };
    private static readonly double[,] s_tritanopia = { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 }, { 0.004733, 0.691367, 0.303900 } };

    /// <summary>The colour as seen with <paramref name="vision"/>, as sRGB 0-255.</summary>
    internal static (double R, double G, double B) Simulate(ScottPlot.Color color, Vision vision)
    {
        var rgb = new[] { Linear(color.Red), Linear(color.Green), Linear(color.Blue) };
        var m = vision switch
        {
            Vision.Protanopia => s_protanopia,
            Vision.Deuteranopia => s_deuteranopia,
            Vision.Tritanopia => s_tritanopia,
            _ => null,
        };
        if (m is not null)
        {
            rgb = [.. Enumerable.Range(0, 3).Select(i => Math.Clamp((m[i, 0] * rgb[0]) + (m[i, 1] * rgb[1]) + (m[i, 2] * rgb[2]), 0, 1))];
        }
        return (Gamma(rgb[0]), Gamma(rgb[1]), Gamma(rgb[2]));
    }

    /// <summary>The CIEDE2000 difference of two colours as seen with <paramref name="vision"/>.</summary>
    internal static double Difference(ScottPlot.Color a, ScottPlot.Color b, Vision vision) =>
        Ciede2000(Lab(Simulate(a, vision)), Lab(Simulate(b, vision)));

    /// <summary>The smallest CIEDE2000 difference of two colours over normal vision and the three deficiencies.</summary>
    internal static double WorstDifference(ScottPlot.Color a, ScottPlot.Color b) => All.Min(v => Difference(a, b, v));

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static double Gamma(double c) => 255 * (c <= 0.0031308 ? 12.92 * c : (1.055 * Math.Pow(c, 1 / 2.4)) - 0.055);

    /// <summary>sRGB 0-255 to CIELAB (D65).</summary>
    internal static (double L, double A, double B) Lab((double R, double G, double B) rgb)
    {
        double Lin(double v)
        {
            var c = v / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var (r, g, b) = (Lin(rgb.R), Lin(rgb.G), Lin(rgb.B));
        var x = ((0.4124564 * r) + (0.3575761 * g) + (0.1804375 * b)) / 0.95047;
        var y = (0.2126729 * r) + (0.7151522 * g) + (0.0721750 * b);
        var z = ((0.0193339 * r) + (0.1191920 * g) + (0.9503041 * b)) / 1.08883;
        static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : ((24389.0 / 27 * t) + 16) / 116;
        var (fx, fy, fz) = (F(x), F(y), F(z));
        return ((116 * fy) - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    /// <summary>CIEDE2000 (kL = kC = kH = 1).</summary>
    internal static double Ciede2000((double L, double A, double B) one, (double L, double A, double B) two)
    {
        static double Rad(double d) => d * Math.PI / 180;
        static double Deg(double r) => r * 180 / Math.PI;
        var c1 = Math.Sqrt((one.A * one.A) + (one.B * one.B));
        var c2 = Math.Sqrt((two.A * two.A) + (two.B * two.B));
        var cBar = (c1 + c2) / 2;
        var g = 0.5 * (1 - Math.Sqrt(Math.Pow(cBar, 7) / (Math.Pow(cBar, 7) + Math.Pow(25, 7))));
        var a1 = (1 + g) * one.A;
        var a2 = (1 + g) * two.A;
        var cp1 = Math.Sqrt((a1 * a1) + (one.B * one.B));
        var cp2 = Math.Sqrt((a2 * a2) + (two.B * two.B));
        double Hue(double b, double a) => a == 0 && b == 0 ? 0 : (Deg(Math.Atan2(b, a)) + 360) % 360;
        var h1 = Hue(one.B, a1);
        var h2 = Hue(two.B, a2);
        var dL = two.L - one.L;
        var dC = cp2 - cp1;
        double dh;
        if (cp1 * cp2 == 0)
        {
            dh = 0;
        }
        else
        {
            dh = h2 - h1;
            if (dh > 180)
            {
                dh -= 360;
            }
            else if (dh < -180)
            {
                dh += 360;
            }
        }
        var dH = 2 * Math.Sqrt(cp1 * cp2) * Math.Sin(Rad(dh / 2));
        var lBar = (one.L + two.L) / 2;
        var cpBar = (cp1 + cp2) / 2;
        double hBar;
        if (cp1 * cp2 == 0)
        {
            hBar = h1 + h2;
        }
        else if (Math.Abs(h1 - h2) <= 180)
        {
            hBar = (h1 + h2) / 2;
        }
        else
        {
            hBar = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        }
        var t = 1 - (0.17 * Math.Cos(Rad(hBar - 30))) + (0.24 * Math.Cos(Rad(2 * hBar))) + (0.32 * Math.Cos(Rad((3 * hBar) + 6))) - (0.20 * Math.Cos(Rad((4 * hBar) - 63)));
        var dTheta = 30 * Math.Exp(-Math.Pow((hBar - 275) / 25, 2));
        var rc = 2 * Math.Sqrt(Math.Pow(cpBar, 7) / (Math.Pow(cpBar, 7) + Math.Pow(25, 7)));
        var sl = 1 + (0.015 * Math.Pow(lBar - 50, 2) / Math.Sqrt(20 + Math.Pow(lBar - 50, 2)));
        var sc = 1 + (0.045 * cpBar);
        var sh = 1 + (0.015 * cpBar * t);
        var rt = -Math.Sin(Rad(2 * dTheta)) * rc;
        return Math.Sqrt(Math.Pow(dL / sl, 2) + Math.Pow(dC / sc, 2) + Math.Pow(dH / sh, 2) + (rt * (dC / sc) * (dH / sh)));
    }
}
