namespace Wharf.Templating.Values;

/// <summary>The flags, width and precision of one <c>fmt</c> verb (Go's <c>fmt.fmtFlags</c> plus wid/prec).</summary>
internal struct FormatFlags
{
    public bool Plus;
    public bool Minus;
    public bool Sharp;
    public bool Space;
    public bool Zero;
    public bool PlusV;
    public bool SharpV;
    public bool WidthPresent;
    public bool PrecisionPresent;
    public int Width;
    public int Precision;
}
