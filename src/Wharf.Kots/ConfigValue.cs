namespace Wharf.Kots;

/// <summary>
/// One item of a <c>kots.io/v1beta1</c> ConfigValues file (<c>spec.values.NAME</c>). Scalars keep the text
/// they were written with, so <c>value: 1</c> reads as <c>"1"</c>, as KOTS reads it.
/// </summary>
/// <param name="Value"><c>value</c>, or <see langword="null"/>.</param>
/// <param name="Default"><c>default</c>, or <see langword="null"/>.</param>
/// <param name="ValuePlaintext"><c>valuePlaintext</c> (password items), or <see langword="null"/>.</param>
/// <param name="Filename"><c>filename</c> (file items), or <see langword="null"/>.</param>
public sealed record ConfigValue(string? Value, string? Default = null, string? ValuePlaintext = null, string? Filename = null)
{
    /// <summary>
    /// What <c>ConfigOption</c> returns: <c>valuePlaintext</c>, else <c>value</c>, else <c>default</c>
    /// (the first that is non-empty), else <c>""</c>. A password's <c>value</c> is encrypted in KOTS exports,
    /// which is why the plain text wins.
    /// </summary>
    public string Effective =>
        !string.IsNullOrEmpty(ValuePlaintext) ? ValuePlaintext
        : !string.IsNullOrEmpty(Value) ? Value
        : Default ?? string.Empty;
}
