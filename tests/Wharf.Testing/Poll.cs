namespace Wharf.Testing;

/// <summary>
/// Waits on a condition with a deadline (STYLE: no fixed sleeps). The short delay between
/// attempts only paces the polling; the deadline bounds the wait.
/// </summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    /// <summary>Polls <paramref name="condition"/> until it returns true; throws <see cref="TimeoutException"/> at the deadline.</summary>
    /// <param name="condition">The condition; exceptions it throws propagate.</param>
    /// <param name="timeout">Deadline for the whole wait.</param>
    /// <param name="what">Describes the awaited state, for the timeout message.</param>
    /// <param name="describeFailure">Optional extra text (e.g. a server log) appended to the timeout message.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public static async Task UntilAsync(
        Func<Task<bool>> condition,
        TimeSpan timeout,
        string what,
        Func<string>? describeFailure = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await condition())
            {
                return;
            }

            if (DateTime.UtcNow >= deadline)
            {
                var extra = describeFailure is null ? string.Empty : Environment.NewLine + describeFailure();
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.#} s waiting for {what}.{extra}");
            }

            await Task.Delay(Interval, cancellationToken);
        }
    }

    /// <summary>Synchronous-condition overload of <see cref="UntilAsync(Func{Task{bool}}, TimeSpan, string, Func{string}?, CancellationToken)"/>.</summary>
    public static Task UntilAsync(
        Func<bool> condition,
        TimeSpan timeout,
        string what,
        Func<string>? describeFailure = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return UntilAsync(() => Task.FromResult(condition()), timeout, what, describeFailure, cancellationToken);
    }
}
