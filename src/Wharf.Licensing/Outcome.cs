using System.Diagnostics.CodeAnalysis;

namespace Wharf.Licensing;

/// <summary>
/// The internal result of one parsing step: a value or a one-line error for the user.
/// Bad licenses are expected input (SPEC §4), so they are values, not exceptions.
/// </summary>
internal readonly record struct Outcome<T>
    where T : class
{
    private Outcome(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsOk => Value is not null;

    public static Outcome<T> Ok(T value) => new(value, null);

    public static Outcome<T> Fail(string error) => new(null, error);
}
