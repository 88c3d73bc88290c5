using System.Diagnostics.CodeAnalysis;
using Wharf.Kots.Yaml;

namespace Wharf.Kots;

/// <summary>
/// The vendor's <c>kots.io/v1beta1</c> Config document as <c>ConfigOption</c> sees it: KOTS answers an item the
/// customer left unset with the item's <c>value</c>, else its <c>default</c>, both rendered as templates (a default
/// may be <c>repl{{ RandomString 32 }}</c> or refer to an earlier item). Items are resolved in document order, each
/// in a context that holds the customer's values and the items before it, as KOTS renders its config screen.
/// The customer's ConfigValues always win; the item's rendered default stays behind them. A <c>required</c> item
/// that is shown (its and its group's <c>when</c> not false) and has no value at all is an error, as KOTS refuses
/// to install then.
/// </summary>
public static class KotsConfigDefaults
{
    /// <summary>
    /// Adds the items of the Config document <paramref name="documentText"/> (the text of one document, padded so
    /// its lines are the file's) to <paramref name="context"/>'s config values; false with a located one-line error.
    /// </summary>
    /// <param name="documentText">One <c>kots.io/v1beta1</c> Config document.</param>
    /// <param name="fileName">The release file, for error locations.</param>
    /// <param name="context">The context items are rendered in; its <see cref="KotsContext.ConfigValues"/> are the customer's.</param>
    /// <param name="resolved">The context with every item's value or default added.</param>
    /// <param name="error">The error, naming the file, line and item.</param>
    /// <param name="generated">Items whose value came from a default that calls <c>RandomString</c> or <c>RandomBytes</c>:
    /// such values change on every render unless the customer pins them in ConfigValues.</param>
    public static bool TryApply(
        string documentText, string fileName, KotsContext context,
        [NotNullWhen(true)] out KotsContext? resolved, [NotNullWhen(false)] out string? error, out IReadOnlyList<string> generated)
    {
        ArgumentNullException.ThrowIfNull(documentText);
        ArgumentNullException.ThrowIfNull(context);
        resolved = null;
        var random = new List<string>();
        generated = random;
        if (!YamlReader.TryRead(documentText, fileName, out var documents, out error))
        {
            return false;
        }

        var values = new Dictionary<string, ConfigValue>(context.ConfigValues, StringComparer.Ordinal);
        foreach (var (group, item) in Items(documents))
        {
            var name = item.GetText("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            var current = context with { ConfigValues = values };
            var where = $"{fileName}:{item.Line}: config item {name}";
            if (!TryRender(item.GetText("value"), where, current, out var value, out error)
                || !TryRender(item.GetText("default"), where, current, out var @default, out error))
            {
                return false;
            }

            if (values.TryGetValue(name, out var given))
            {
                // The customer's value wins; the vendor's default is kept for an empty one.
                values[name] = given with { Default = given.Default ?? @default };
            }
            else
            {
                values[name] = new ConfigValue(value, @default);
                if (IsRandom(item.GetText("value")) || (string.IsNullOrEmpty(value) && IsRandom(item.GetText("default"))))
                {
                    random.Add(name);
                }
            }

            // KOTS refuses to install while a required item that is shown has no value; so does render.
            if (Helm.GoBool.Parse(item.GetText("required") ?? "false") == true && values[name].Effective.Length == 0)
            {
                if (!TryIsShown(group, where, current, out var groupShown, out error) || !TryIsShown(item, where, current, out var itemShown, out error))
                {
                    return false;
                }

                if (groupShown && itemShown)
                {
                    error = $"{where} is required: give it a value in --config-values";
                    return false;
                }
            }
        }

        resolved = context with { ConfigValues = values };
        return true;
    }

    /// <summary>Every item of every group (<c>spec.groups[].items[]</c>) with its group, in document order.</summary>
    private static IEnumerable<(YMap Group, YMap Item)> Items(IReadOnlyList<YamlDocument> documents)
    {
        var root = documents.FirstOrDefault(d => d.Root is not null)?.Root as YMap;
        if ((root?.Get("spec") as YMap)?.Get("groups") is not YSeq groups)
        {
            yield break;
        }

        foreach (var group in groups.Items.OfType<YMap>())
        {
            if (group.Get("items") is YSeq items)
            {
                foreach (var item in items.Items.OfType<YMap>())
                {
                    yield return (group, item);
                }
            }
        }
    }

    private static bool TryRender(string? text, string where, KotsContext context, out string? rendered, [NotNullWhen(false)] out string? error)
    {
        error = null;
        rendered = text;
        if (text is null || !KotsDocuments.HasTemplates(text))
        {
            return true;
        }

        if (KotsTemplate.TryRender(text, "value", context, out var output, out var templateError))
        {
            rendered = output;
            return true;
        }

        error = $"{where}: {templateError.Message}";
        return false;
    }

    /// <summary>A group or item is shown unless its rendered <c>when</c> reads as false (KOTS hides it then).</summary>
    private static bool TryIsShown(YMap node, string where, KotsContext context, out bool shown, [NotNullWhen(false)] out string? error)
    {
        shown = true;
        if (!TryRender(node.GetText("when"), where, context, out var when, out error))
        {
            return false;
        }

        shown = when is null || Helm.GoBool.Parse(when.Trim()) != false;
        return true;
    }

    private static bool IsRandom(string? text) =>
        text is not null && (text.Contains("RandomString", StringComparison.Ordinal) || text.Contains("RandomBytes", StringComparison.Ordinal));
}
