namespace Wharf.Yaml;

/// <summary>
/// What the YAML 1.2 core schema makes of a plain scalar, before a reader picks a value for it
/// (see <see cref="CoreScalars.Classify"/>).
/// </summary>
public enum CoreScalar
{
    /// <summary>Not one of the forms below: a string.</summary>
    String,

    /// <summary>Empty, <c>~</c>, <c>null</c>, <c>Null</c> or <c>NULL</c>.</summary>
    Null,

    /// <summary><c>true</c>, <c>True</c> or <c>TRUE</c>.</summary>
    True,

    /// <summary><c>false</c>, <c>False</c> or <c>FALSE</c>.</summary>
    False,

    /// <summary>Optional sign and decimal digits (leading zeros allowed: <c>007</c>).</summary>
    DecimalInt,

    /// <summary><c>0o</c> and octal digits.</summary>
    OctalInt,

    /// <summary><c>0x</c> and hexadecimal digits.</summary>
    HexInt,

    /// <summary>A finite float: <c>1.5</c>, <c>.5</c>, <c>1.</c>, <c>1e3</c>.</summary>
    Float,

    /// <summary><c>.inf</c> or <c>+.inf</c> in three casings.</summary>
    Infinity,

    /// <summary><c>-.inf</c> in three casings.</summary>
    NegativeInfinity,

    /// <summary><c>.nan</c> in three casings.</summary>
    NaN,
}
